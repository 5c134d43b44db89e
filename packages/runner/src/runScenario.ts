import type { CentreParams, Fidelity, IntervalRange, IntervalRecords, MonthKpis, ParamsChange } from "@ccsim/model";
import { applyOverrides, type Scenario, type ScenarioError } from "@ccsim/scenario";
import { Either } from "effect";
import { compileChanges, compileScenario } from "./compileScenario.js";
import { estimate, type Estimate } from "./Estimate.js";
import { simulateJob, type ClassStarts, type ReplicationJob, type ReplicationResult } from "./replicate.js";

export interface RunOptions {
  /** Overrides of the scenario's own settings. */
  readonly replications?: number;
  readonly seed?: number;
  readonly fidelity?: Fidelity;
  /** Called after each finished replication. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Runs the replications; default: one after another in this thread (see `WorkerPool` for parallel runs). */
  readonly execute?: ReplicationExecutor;
  /** Record these days interval by interval for one variant (the interval, requirement and roster exports). */
  readonly intervals?: IntervalRequest;
}

/** Which days to record interval by interval, of which variant; the roster comes from `rosterReplication`. */
export interface IntervalRequest {
  /** Day indices from the first simulated day, `[fromDay, toDay)`; see `exportDays`. */
  readonly fromDay: number;
  readonly toDay: number;
  /** Variant name (default "baseline"). */
  readonly variant?: string;
  /** Record only this replication (default: all, for means); the roster is this one's, or the first's. */
  readonly replication?: number;
}

/**
 * Runs jobs and returns each job's result, in job order, whatever order they finish in. `scenarios[i]` is the
 * decoded scenario job i was compiled from: an executor that sends jobs to other machines (`@ccsim/queue`) sends
 * that, so a worker runs only data that passes the scenario schema; local executors ignore it.
 */
export type ReplicationExecutor = (
  jobs: readonly ReplicationJob[],
  onDone: () => void,
  scenarios?: readonly Scenario[],
) => Promise<ReplicationResult[]>;

/** The baseline and each variant, resolved to full scenarios and compiled. */
export interface ResolvedVariant {
  readonly name: string;
  readonly description?: string | undefined;
  readonly scenario: Scenario;
  readonly params: CentreParams;
  /** The scenario's dated interventions, compiled. */
  readonly changes: readonly ParamsChange[];
}

export interface MonthEstimates {
  readonly month: string;
  readonly kpis: Readonly<Record<string, Estimate>>;
}

export interface VariantResult {
  readonly name: string;
  readonly description?: string | undefined;
  /** Mean and 95% CI across replications, per reported month. */
  readonly months: readonly MonthEstimates[];
  /**
   * Per KPI, the mean over the reported months (months where it is missing left out), estimated across
   * replications; and the run-level KPIs (hire survival), estimated across replications.
   */
  readonly overall: Readonly<Record<string, Estimate>>;
  /** Raw monthly KPIs per replication (index = replication), for paired comparisons and exports. */
  readonly replications: readonly (readonly MonthKpis[])[];
  /** Run-level KPIs per replication. */
  readonly runs: readonly Readonly<Record<string, number>>[];
  /** Kaplan-Meier survival of the hires by day since hire, estimated across replications (empty without people). */
  readonly hireSurvival: readonly Estimate[];
  /** Training classes started per replication (empty without the people layer), for the capacity plan. */
  readonly classes?: readonly ClassStarts[];
}

export interface ScenarioRun {
  readonly seed: number;
  readonly replications: number;
  readonly fidelity: Fidelity;
  readonly variants: readonly VariantResult[];
  /** The interval records asked for with `intervals`: the variant and one record per replication recorded. */
  readonly intervals?: { readonly variant: string; readonly records: readonly IntervalRecords[] };
}

/** The baseline ("baseline") and the scenario's variants with their overrides applied and checked. */
export function resolveVariants(
  scenario: Scenario,
  fileName = "<scenario>",
): Either.Either<ResolvedVariant[], ScenarioError> {
  const resolve = (
    name: string,
    description: string | undefined,
    s: Scenario,
  ): Either.Either<ResolvedVariant, ScenarioError> =>
    Either.map(compileChanges(s, fileName), (changes) => ({
      name,
      description,
      scenario: s,
      params: compileScenario(s),
      changes,
    }));
  const baseline = resolve("baseline", scenario.description, scenario);
  if (Either.isLeft(baseline)) return Either.left(baseline.left);
  const resolved: ResolvedVariant[] = [baseline.right];
  for (const variant of scenario.variants) {
    const applied = Either.flatMap(applyOverrides(scenario, variant.set, { file: fileName, kind: "variant" }), (s) =>
      resolve(variant.name, variant.description, s),
    );
    if (Either.isLeft(applied)) return Either.left(applied.left);
    resolved.push(applied.right);
  }
  return Either.right(resolved);
}

/**
 * Runs every variant for the same replications: replication r of every variant draws from streams seeded by
 * (seed, stream name, r), so variants see the same arrivals, handle times and people draws wherever their
 * parameters allow (common random numbers), and differences between them are paired.
 */
export async function runScenario(
  scenario: Scenario,
  variants: readonly ResolvedVariant[],
  options: RunOptions = {},
): Promise<ScenarioRun> {
  const seed = options.seed ?? scenario.seed;
  const replications = options.replications ?? scenario.replications;
  const fidelity = options.fidelity ?? scenario.fidelity;
  const wanted = options.intervals;
  const recorded = wanted === undefined ? -1 : variants.findIndex((v) => v.name === (wanted.variant ?? "baseline"));
  if (wanted !== undefined && recorded < 0) throw new RangeError(`no variant named ${wanted.variant}`);
  const record = (variant: number, replication: number): IntervalRange | undefined =>
    wanted === undefined ||
    variant !== recorded ||
    (wanted.replication !== undefined && wanted.replication !== replication)
      ? undefined
      : {
          fromDay: wanted.fromDay,
          toDay: wanted.toDay,
          roster: replication === (wanted.replication ?? 0),
        };
  const jobs = variants.flatMap((v, i) =>
    Array.from({ length: replications }, (_, replication): ReplicationJob => {
      const range = record(i, replication);
      return {
        params: v.params,
        changes: v.changes,
        fidelity,
        seed,
        replication,
        ...(range === undefined ? {} : { recordIntervals: range }),
      };
    }),
  );
  const scenarios = variants.flatMap((v) => Array.from({ length: replications }, () => v.scenario));
  let done = 0;
  const execute = options.execute ?? runInThisThread;
  const results = await execute(jobs, () => options.onProgress?.(++done, jobs.length), scenarios);
  const records = results.flatMap((r) => (r.intervals === undefined ? [] : [r.intervals]));
  return {
    seed,
    replications,
    fidelity,
    variants: variants.map((v, i) => summariseVariant(v, results.slice(i * replications, (i + 1) * replications))),
    ...(recorded < 0 ? {} : { intervals: { variant: variants[recorded]!.name, records } }),
  };
}

/** Default executor: one replication after another, in this thread. */
export const runInThisThread: ReplicationExecutor = (jobs, onDone) =>
  Promise.resolve(
    jobs.map((job) => {
      const result = simulateJob(job);
      onDone();
      return result;
    }),
  );

function summariseVariant(variant: ResolvedVariant, results: readonly ReplicationResult[]): VariantResult {
  const replications = results.map((r) => r.months);
  const runs = results.map((r) => r.run);
  const first = replications[0] ?? [];
  const names = Object.keys(first[0]?.values ?? {});
  const months = first.map((m, i) => ({
    month: m.month,
    kpis: Object.fromEntries(names.map((name) => [name, estimate(replications.map((r) => r[i]?.values[name] ?? NaN))])),
  }));
  const runNames = Object.keys(runs[0] ?? {});
  const overall = Object.fromEntries([
    ...names.map((name): [string, Estimate] => [name, estimate(replications.map((r) => meanOverMonths(r, name)))]),
    ...runNames.map((name): [string, Estimate] => [name, estimate(runs.map((r) => r[name] ?? NaN))]),
  ]);
  const days = Math.min(...results.map((r) => r.hireSurvival.length));
  const hireSurvival: Estimate[] = Number.isFinite(days)
    ? Array.from({ length: days }, (_, d) => estimate(results.map((r) => r.hireSurvival[d] ?? NaN)))
    : [];
  const classes = results.flatMap((r) => (r.classes === undefined ? [] : [r.classes]));
  return {
    name: variant.name,
    description: variant.description,
    months,
    overall,
    replications,
    runs,
    hireSurvival,
    ...(classes.length === 0 ? {} : { classes }),
  };
}

/** Mean of a KPI over the reported months of one replication, leaving out months where it is missing (NaN if all are). */
export function meanOverMonths(months: readonly MonthKpis[], name: string): number {
  let sum = 0,
    n = 0;
  for (const m of months) {
    const x = m.values[name];
    if (x === undefined || Number.isNaN(x)) continue;
    sum += x;
    n++;
  }
  return n > 0 ? sum / n : NaN;
}

/** A replication's value of a KPI for the whole run: its run-level value, or its mean over the reported months. */
export function replicationValue(variant: VariantResult, replication: number, name: string): number {
  return variant.runs[replication]?.[name] ?? meanOverMonths(variant.replications[replication] ?? [], name);
}
