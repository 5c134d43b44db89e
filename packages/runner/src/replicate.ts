/**
 * @ccsim/runner/replicate: one replication of a job, all a worker (thread or Web Worker) runs. It imports only the
 * model, not Effect or the scenario schema, so a worker has little code to load before it starts simulating.
 */
import { simulateCentre, type MonthKpis } from "@ccsim/model";
import type { ReplicationJob } from "./runScenario.js";

/** The monthly KPIs of one replication. */
export function simulateJob(job: ReplicationJob): MonthKpis[] {
  return simulateCentre(job.params, job.fidelity, job.seed, job.replication, { changes: job.changes }).months as MonthKpis[];
}
