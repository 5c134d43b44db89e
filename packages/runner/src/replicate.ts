/**
 * @ccsim/runner/replicate: one replication of a job, all a worker (thread or Web Worker) runs. It imports only the
 * model, not Effect or the scenario schema, so a worker has little code to load before it starts simulating.
 */
import { simulateCentre, type CentreParams, type Fidelity, type MonthKpis, type ParamsChange } from "@ccsim/model";

/** One replication to simulate: everything a worker needs, as plain data. */
export interface ReplicationJob {
  readonly params: CentreParams;
  readonly changes: readonly ParamsChange[];
  readonly fidelity: Fidelity;
  readonly seed: number;
  readonly replication: number;
}

/** The monthly KPIs of one replication. */
export function simulateJob(job: ReplicationJob): MonthKpis[] {
  return simulateCentre(job.params, job.fidelity, job.seed, job.replication, { changes: job.changes }).months as MonthKpis[];
}
