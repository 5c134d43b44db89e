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

/** What one replication returns: its monthly KPIs, its run-level KPIs and its hires' survival curve. */
export interface ReplicationResult {
  readonly months: MonthKpis[];
  /** KPIs of the whole run (hire survival at 90, 180, 365 days); empty without the people layer. */
  readonly run: Readonly<Record<string, number>>;
  /** Kaplan-Meier survival of the run's hires by day since hire (NaN where not followed); empty without people. */
  readonly hireSurvival: readonly number[];
}

/** One replication of a job. */
export function simulateJob(job: ReplicationJob): ReplicationResult {
  const run = simulateCentre(job.params, job.fidelity, job.seed, job.replication, { changes: job.changes });
  return {
    months: run.months as MonthKpis[],
    run: run.run ?? {},
    hireSurvival: run.hireSurvival === undefined ? [] : [...run.hireSurvival],
  };
}
