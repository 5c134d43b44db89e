import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { mean, sampleStandardDeviation } from "simple-statistics";

/** A mean across replications with a Student-t confidence interval. */
export interface Estimate {
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Half-width of the interval; 0 when there is a single replication (no spread can be estimated). */
  readonly halfWidth: number;
  readonly stdDev: number;
  readonly replications: number;
  /** Confidence level of [ciLow, ciHigh], e.g. 0.95. */
  readonly confidence: number;
}

/** Mean and Student-t interval of independent replication values at the given confidence (default 0.95). */
export function estimate(values: readonly number[], confidence = 0.95): Estimate {
  if (values.length === 0) throw new RangeError("estimate needs at least one value");
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const m = mean(values as number[]);
  if (values.length === 1) {
    return { mean: m, ciLow: m, ciHigh: m, halfWidth: 0, stdDev: 0, replications: 1, confidence };
  }
  const sd = sampleStandardDeviation(values as number[]);
  const halfWidth = tQuantile(1 - (1 - confidence) / 2, values.length - 1) * (sd / Math.sqrt(values.length));
  return { mean: m, ciLow: m - halfWidth, ciHigh: m + halfWidth, halfWidth, stdDev: sd, replications: values.length, confidence };
}
