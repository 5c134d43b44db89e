/**
 * @ccsim/runner/replicate: one replication of a job, all a worker (thread or Web Worker) runs. It imports only the
 * model, not Effect or the scenario schema, so a worker has little code to load before it starts simulating.
 */
import {
  simulateCentre,
  type AgentPool,
  type CentreParams,
  type Fidelity,
  type IntervalRange,
  type IntervalRecords,
  type MonthKpis,
  type ParamsChange,
} from "@ccsim/model";

/** One replication to simulate: everything a worker needs, as plain data. */
export interface ReplicationJob {
  readonly params: CentreParams;
  readonly changes: readonly ParamsChange[];
  readonly fidelity: Fidelity;
  readonly seed: number;
  readonly replication: number;
  /** Days to record interval by interval (for the interval and roster exports); absent: none. */
  readonly recordIntervals?: IntervalRange;
}

/** Training classes started in one replication: start day (from the first simulated day) and trainees, by start. */
export interface ClassStarts {
  readonly startDay: readonly number[];
  readonly size: readonly number[];
}

/** What one replication returns: its monthly KPIs, its run-level KPIs and its hires' survival curve. */
export interface ReplicationResult {
  readonly months: MonthKpis[];
  /** KPIs of the whole run (hire survival at 90, 180, 365 days); empty without the people layer. */
  readonly run: Readonly<Record<string, number>>;
  /** Kaplan-Meier survival of the run's hires by day since hire (NaN where not followed); empty without people. */
  readonly hireSurvival: readonly number[];
  /** The interval records, when the job asked for them. */
  readonly intervals?: IntervalRecords;
  /** The training classes started (for the capacity plan); absent without the people layer. */
  readonly classes?: ClassStarts;
}

/** One replication of a job. */
export function simulateJob(job: ReplicationJob): ReplicationResult {
  let classes: ClassStarts | undefined;
  const trainingDays = job.params.people?.training.trainingDays ?? 0;
  const run = simulateCentre(job.params, job.fidelity, job.seed, job.replication, {
    changes: job.changes,
    ...(job.recordIntervals === undefined ? {} : { recordIntervals: job.recordIntervals }),
    onFinish: (pool, people) => {
      if (people !== undefined) classes = classStarts(pool, trainingDays);
    },
  });
  return {
    months: run.months as MonthKpis[],
    run: run.run ?? {},
    hireSurvival: run.hireSurvival === undefined ? [] : [...run.hireSurvival],
    ...(run.intervals === undefined ? {} : { intervals: run.intervals }),
    ...(classes === undefined ? {} : { classes }),
  };
}

/**
 * The classes a run started, read back from its agents: the hires of one class share the day they leave the
 * classroom (`productionDay`, set when the class starts, kept when a trainee drops out), so a class is a group of
 * agents hired in the run with the same such day, starting `trainingDays` before it.
 */
export function classStarts(pool: AgentPool, trainingDays: number): ClassStarts {
  const byEnd = new Map<number, number>();
  for (let a = 0; a < pool.count; a++) {
    const end = pool.productionDay[a]!;
    if (pool.hireDay[a]! < 0 || end < 0 || end <= pool.hireDay[a]! || trainingDays <= 0) continue;
    byEnd.set(end, (byEnd.get(end) ?? 0) + 1);
  }
  const ends = [...byEnd.keys()].sort((x, y) => x - y);
  return { startDay: ends.map((e) => e - Math.round(trainingDays)), size: ends.map((e) => byEnd.get(e) ?? 0) };
}
