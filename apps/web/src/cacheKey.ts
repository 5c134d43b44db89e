/** The worker pool's cache key of a replication: variant (by its whole set), fidelity, seed, replication number. */
import type { PlannedRun } from "./runRequest.js";

export function cacheKey(request: PlannedRun): (variant: number, replication: number) => string {
  const { seed, fidelity } = request.scenario;
  return (variant, replication) => `${request.variantKeys[variant]}|${fidelity}|${seed}|${replication}`;
}
