/**
 * A sensitivity study of a scenario: which of its declared `uncertain` parameters its KPIs depend on (Morris
 * screening or Sobol indices), and whether each variant's headline differences keep their sign across the ranges.
 *
 * Each output is analysed twice: the baseline's level of the KPI ("level"), and each variant's difference from the
 * baseline ("difference"), which is what a decision rests on. Every world runs on common random numbers.
 */
import type { Fidelity } from "@ccsim/model";
import { numericParameterKind, uncertainName, type Scenario, type SensitivityRowJson } from "@ccsim/scenario";
import { morrisDesign, saltelliDesign, saltelliPoints } from "./design.js";
import { evaluateWorlds, type EvaluateOptions, type World, type WorldOutputs } from "./evaluateWorlds.js";
import { valuesAt, type UncertainInput } from "./inputs.js";
import { morrisEffects } from "./morrisEffects.js";
import { robustness, type Robustness } from "./robustness.js";
import { sobolIndices } from "./sobolIndices.js";

export type SensitivityMethod = "morris" | "sobol";

/** KPIs analysed when none are named: the headline KPIs, among those the scenario produces. */
export const DEFAULT_SENSITIVITY_KPIS = [
  "voice.serviceLevel",
  "chat.serviceLevel",
  "staffingSufficiency",
  "monthlyAttrition",
  "enps",
  "tnps",
  "costPerContact",
];

export interface SensitivityOptions extends EvaluateOptions {
  readonly method: SensitivityMethod;
  /** Morris: trajectories r (default 20); Sobol: base sample N (default 256). */
  readonly samples?: number;
  /** KPI names (as in `ccsim run --format json`); default DEFAULT_SENSITIVITY_KPIS present in the result. */
  readonly kpis?: readonly string[];
  /** Seeds the design and the bootstrap; default the run's seed. */
  readonly designSeed?: number;
  /** Bootstrap resamples of the Sobol intervals; default 1,000. */
  readonly resamples?: number;
  /** Called once the design is known, with the number of worlds and model runs (replications) it needs. */
  readonly onPlan?: (plan: { worlds: number; runs: number }) => void;
}

/** One (output, parameter) row. `first`/`total` for Sobol, `muStar`/`mu`/`sigma` for Morris. */
export type SensitivityRow = SensitivityRowJson;

export interface SensitivityStudy {
  readonly method: SensitivityMethod;
  readonly samples: number;
  readonly worlds: number;
  /** Model runs: worlds x variants x replications (the nominal world included). */
  readonly runs: number;
  readonly seed: number;
  readonly replications: number;
  readonly fidelity: Fidelity;
  readonly parameters: readonly Scenario["uncertain"][number][];
  readonly kpis: readonly string[];
  readonly sensitivity: readonly SensitivityRow[];
  readonly robustness: readonly Robustness[];
}

/**
 * The scenario's `uncertain` list as estimator inputs, named by `uncertainName` (the path, with the variant in
 * brackets for a variant's own value); whole-number fields are sampled as whole numbers.
 */
export function uncertainInputs(scenario: Scenario): UncertainInput[] {
  return scenario.uncertain.map((u) => ({
    name: uncertainName(u),
    min: u.min,
    max: u.max,
    distribution: u.distribution,
    ...(u.mode === undefined ? {} : { mode: u.mode }),
    integer: numericParameterKind(u.path) === "integer",
  }));
}

/** A study's problem that the user can fix (no uncertain parameters, unknown KPI names). */
export class SensitivityInputError extends Error {}

/** Outputs analysed: per KPI, the baseline level and each variant's difference, over every world. */
function outputSeries(
  outputs: readonly WorldOutputs[],
  variantNames: readonly string[],
  kpi: string,
): { variant: string; measure: "level" | "difference"; values: number[] }[] {
  const level = outputs.map((w) => w[0]![kpi]!);
  return [
    { variant: "baseline", measure: "level", values: level },
    ...variantNames.slice(1).map((variant, v) => ({
      variant,
      measure: "difference" as const,
      values: outputs.map((w, i) => w[v + 1]![kpi]! - level[i]!),
    })),
  ];
}

export async function sensitivityStudy(scenario: Scenario, options: SensitivityOptions): Promise<SensitivityStudy> {
  const inputs = uncertainInputs(scenario);
  if (inputs.length === 0)
    throw new SensitivityInputError(
      "the scenario declares no uncertain parameters: add an `uncertain:` list (see docs/scenarios.md)",
    );
  const seed = options.seed ?? scenario.seed;
  const designSeed = options.designSeed ?? seed;
  const k = inputs.length;
  const samples = options.samples ?? (options.method === "morris" ? 20 : 256);
  if (options.method === "sobol" && samples < 2)
    throw new SensitivityInputError("a Sobol study needs at least 2 samples (N); a few hundred give useful intervals");
  const morris = options.method === "morris" ? morrisDesign(k, samples, designSeed) : undefined;
  const saltelli = options.method === "sobol" ? saltelliDesign(k, samples, designSeed) : undefined;
  const unitPoints = morris?.points ?? saltelliPoints(saltelli!);
  const worlds: World[] = [
    {},
    ...unitPoints.map((unit) => Object.fromEntries(valuesAt(inputs, unit).map((v, i) => [inputs[i]!.name, v]))),
  ];
  const replications = options.replications ?? scenario.replications;
  const runs = worlds.length * (1 + scenario.variants.length) * replications;
  options.onPlan?.({ worlds: worlds.length, runs });

  // The scenario as declared runs first, so a wrong KPI name is reported before the long part of the study.
  const perWorld = runs / worlds.length;
  const progress =
    (offset: number) =>
    (done: number): void =>
      options.onProgress?.(offset + done, runs);
  const [nominal] = await evaluateWorlds(scenario, worlds.slice(0, 1), { ...options, seed, onProgress: progress(0) });
  const available = Object.keys(nominal![0]!);
  const unknown = (options.kpis ?? []).filter((kpi) => !available.includes(kpi));
  if (unknown.length > 0)
    throw new SensitivityInputError(`unknown KPI ${unknown.join(", ")}; this scenario has: ${available.join(", ")}`);
  const kpis = options.kpis ?? DEFAULT_SENSITIVITY_KPIS.filter((kpi) => available.includes(kpi));
  const variantNames = ["baseline", ...scenario.variants.map((v) => v.name)];
  const sampled = await evaluateWorlds(scenario, worlds.slice(1), { ...options, seed, onProgress: progress(perWorld) });

  const rows: SensitivityRow[] = [];
  const robust: Robustness[] = [];
  const n = samples;
  for (const kpi of kpis) {
    for (const series of outputSeries(sampled, variantNames, kpi)) {
      const head = { kpi, variant: series.variant, measure: series.measure };
      if (morris !== undefined) {
        morrisEffects(morris, series.values, k).forEach((e, i) =>
          rows.push({ ...head, parameter: inputs[i]!.name, muStar: e.muStar, mu: e.mu, sigma: e.sigma }),
        );
      } else {
        const y = series.values;
        const fAB = Array.from({ length: k }, (_, i) => y.slice((2 + i) * n, (3 + i) * n));
        sobolIndices({ fA: y.slice(0, n), fB: y.slice(n, 2 * n), fAB }, designSeed, options.resamples).forEach(
          (index, i) => rows.push({ ...head, parameter: inputs[i]!.name, first: index.first, total: index.total }),
        );
      }
      if (series.measure === "difference") {
        // Sobol's AB_i rows mix A and B: only A and B are independent draws of worlds, so only they count here.
        const worldsForShare = morris === undefined ? series.values.slice(0, 2 * n) : series.values;
        const v = variantNames.indexOf(series.variant);
        robust.push(robustness(kpi, series.variant, nominal![v]![kpi]! - nominal![0]![kpi]!, worldsForShare));
      }
    }
  }
  return {
    method: options.method,
    samples,
    worlds: worlds.length,
    runs,
    seed,
    replications,
    fidelity: options.fidelity ?? scenario.fidelity,
    parameters: scenario.uncertain,
    kpis,
    sensitivity: rows,
    robustness: robust,
  };
}
