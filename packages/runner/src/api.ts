/**
 * The plain library API: a scenario in (path, text or data), a result document or a list of located problems out.
 * It is the one path from a scenario to results (read -> decode and check -> resolve the variants and check their
 * overrides and interventions -> run -> summarise) that the CLI, the playground and library users share. Effect
 * stays inside: the signatures use only plain data, promises and functions.
 */
import { loadScenario, locatedWarnings, type Provenance, type ResultDocument, type Scenario } from "@ccsim/scenario";
import { applyNamedDemandFiles } from "./demandFiles.js";
import { Either } from "effect";
import { fileProblem, readSource, type Problem, type ScenarioSource } from "./source.js";
import {
  resolveVariants,
  runScenario,
  type ReplicationExecutor,
  type ResolvedVariant,
  type IntervalRequest,
  type ScenarioRun,
} from "./runScenario.js";
import { resultDocument } from "./resultDocument.js";
import { sweepPoints, type SweepAxis } from "./sweep.js";
import { CCSIM_VERSION } from "./version.js";

/** Success with its fields, or the located problems that stopped it (input problems are returned, never thrown). */
export type Outcome<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly problems: readonly Problem[] };

/** A checked scenario, ready to run: pass it to `simulate`, `compareVariants` or `sweep` to skip reading it again. */
export interface PreparedScenario {
  readonly kind: "prepared";
  /** The name used in messages and the provenance (the path, or the `file` given with text or data). */
  readonly file: string;
  /** SHA-256 of the source text (hex), for the provenance; "unknown" where Web Crypto is missing. */
  readonly sha256: string;
  /** The source text as read: carried into the result document so a report can be made from it later. */
  readonly text: string;
  /** The decoded scenario, defaults filled in. */
  readonly scenario: Scenario;
  /** The baseline ("baseline") and each variant, with overrides applied and compiled. */
  readonly variants: readonly ResolvedVariant[];
  /** Settings that are legal but implausible (e.g. minutes typed as seconds), located: worth a look, not an error. */
  readonly warnings: readonly Problem[];
  /** What demand files named by the scenario gave (one line each); empty without demand files. */
  readonly notes: readonly string[];
}

export interface SimulateOptions {
  /** Replications per variant (default: the scenario's `replications`). */
  readonly replications?: number;
  /** Master seed (default: the scenario's `seed`). */
  readonly seed?: number;
  /** "contact" (every contact simulated) or "interval" (exact Erlang A per interval; fast). Default: the scenario's. */
  readonly fidelity?: "contact" | "interval";
  /** Called after each finished replication. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Runs the replications; default one after another in this thread. On Node.js, `new WorkerPool().execute`
   * from `@ccsim/runner/node` runs them on all cores (stop the pool when done).
   */
  readonly execute?: ReplicationExecutor;
  /** Provenance fields to record instead of the defaults (e.g. the command line of a tool built on this). */
  readonly provenance?: Partial<Provenance>;
  /** Record days interval by interval for one variant (see `exportDays` and the `intervals` of the run). */
  readonly intervals?: IntervalRequest;
}

/** A finished run: the result document (what `ccsim run --format json` prints), the scenario and the raw run. */
export interface Simulation {
  readonly result: ResultDocument;
  readonly scenario: Scenario;
  /** Per variant the estimates and every replication's monthly KPIs (for paired analyses of your own). */
  readonly run: ScenarioRun;
}

export interface SweepOptions extends SimulateOptions {
  /** The name problems with the axes are reported under, e.g. "--set" (default "sweep"). */
  readonly axesName?: string;
}

/** A finished sweep: one variant per point of the grid, in grid order, and the values each point sets. */
export interface SweepSimulation extends Simulation {
  readonly points: readonly Readonly<Record<string, unknown>>[];
}

/** Reads and checks a scenario and its variants: every problem at once, each with file, line, column and path. */
export async function checkScenario(source: ScenarioSource | PreparedScenario): Promise<Outcome<PreparedScenario>> {
  if (typeof source === "object" && source !== null && "kind" in source && source.kind === "prepared")
    return { ok: true, ...source };
  const read = await readSource(source);
  if ("problems" in read) return { ok: false, problems: read.problems };
  const decoded = loadScenario(read.text, read.file);
  if (Either.isLeft(decoded)) return { ok: false, problems: decoded.left.issues };
  const demand = await applyNamedDemandFiles(decoded.right, read.file, read.text);
  if ("problems" in demand) return { ok: false, problems: demand.problems };
  const variants = resolveVariants(demand.scenario, read.file);
  if (Either.isLeft(variants)) return { ok: false, problems: variants.left.issues };
  const warnings = locatedWarnings(read.text, read.file, demand.scenario);
  return {
    ok: true,
    kind: "prepared",
    text: read.text,
    file: read.file,
    sha256: read.sha256,
    scenario: demand.scenario,
    variants: variants.right,
    warnings,
    notes: demand.notes,
  };
}

/**
 * Runs the baseline and every variant on common random numbers: per variant, each KPI per month and over the
 * reported months with 95% confidence intervals, each variant's paired difference from the baseline, and the
 * case card when the scenario reports outcomes.
 */
export async function simulate(
  source: ScenarioSource | PreparedScenario,
  options: SimulateOptions = {},
): Promise<Outcome<Simulation>> {
  const prepared = await checkScenario(source);
  if (!prepared.ok) return prepared;
  return runPrepared(prepared, prepared.variants, prepared.scenario.reported, "run", options);
}

/** `simulate` for a scenario that must have variants: without any, a problem at `variants`. */
export async function compareVariants(
  source: ScenarioSource | PreparedScenario,
  options: SimulateOptions = {},
): Promise<Outcome<Simulation>> {
  const prepared = await checkScenario(source);
  if (!prepared.ok) return prepared;
  if (prepared.variants.length < 2)
    return {
      ok: false,
      problems: [
        fileProblem(prepared.file, "the scenario has no variants to compare; add a variants: list", "variants"),
      ],
    };
  return runPrepared(prepared, prepared.variants, prepared.scenario.reported, "compare", options);
}

/**
 * Runs the baseline (its variants are ignored) at every combination of the axes' values, on common random
 * numbers, so neighbouring points differ only by the parameters. A bad path or value is a located problem.
 */
export async function sweep(
  source: ScenarioSource | PreparedScenario,
  axes: readonly SweepAxis[],
  options: SweepOptions = {},
): Promise<Outcome<SweepSimulation>> {
  const prepared = await checkScenario(source);
  if (!prepared.ok) return prepared;
  const points = sweepPoints(prepared.scenario, axes, options.axesName ?? "sweep");
  if (Either.isLeft(points)) return { ok: false, problems: points.left.issues };
  const sets = axes.map((a) => `--set ${a.path}=${a.values.map((v) => JSON.stringify(v)).join(",")}`).join(" ");
  // The points are not the file's variants, so the file's reported outcomes are not compared with them.
  const ran = await runPrepared(
    prepared,
    points.right.map((p) => p.variant),
    [],
    `sweep`,
    options,
    sets,
  );
  return ran.ok ? { ...ran, points: points.right.map((p) => p.settings) } : ran;
}

async function runPrepared(
  prepared: PreparedScenario,
  variants: readonly ResolvedVariant[],
  reported: Scenario["reported"],
  command: string,
  options: SimulateOptions,
  extra = "",
): Promise<Outcome<Simulation>> {
  const problems = optionProblems(options);
  if (problems.length > 0) return { ok: false, problems };
  const run = await runScenario(prepared.scenario, variants, options);
  const provenance: Provenance = {
    ccsimVersion: CCSIM_VERSION,
    gitCommit: "unknown",
    scenarioFile: prepared.file,
    scenarioSha256: prepared.sha256,
    seed: run.seed,
    replications: run.replications,
    fidelity: run.fidelity,
    // The CLI command that reproduces this result (every setting that changes it is spelled out).
    command: `ccsim ${command} ${prepared.file}${extra === "" ? "" : ` ${extra}`} --replications ${run.replications} --seed ${run.seed} --fidelity ${run.fidelity}`,
    ...options.provenance,
  };
  return {
    ok: true,
    result: resultDocument(run, provenance, reported, prepared.text),
    scenario: prepared.scenario,
    run,
  };
}

/** Options that would make a meaningless run are problems too, located at the option's name. */
function optionProblems(options: SimulateOptions): Problem[] {
  const problems: Problem[] = [];
  const { replications, seed, fidelity } = options;
  if (replications !== undefined && !(Number.isInteger(replications) && replications >= 1))
    problems.push(fileProblem("options", `expected a whole number >= 1, found ${replications}`, "replications"));
  if (seed !== undefined && !Number.isSafeInteger(seed))
    problems.push(fileProblem("options", `expected a whole number, found ${seed}`, "seed"));
  if (fidelity !== undefined && fidelity !== "contact" && fidelity !== "interval")
    problems.push(
      fileProblem("options", `expected "contact" or "interval", found ${JSON.stringify(fidelity)}`, "fidelity"),
    );
  return problems;
}
