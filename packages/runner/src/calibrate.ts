import { applyOverrides, encodeScenario, type CalibrationFact, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { factRows, misfit, type FactRow } from "./calibrationFacts.js";
import { caseCard, type CaseCardRow } from "./caseCard.js";
import { resolveVariants, runScenario, type RunOptions } from "./runScenario.js";

export interface CalibrationInput {
  readonly scenario: Scenario;
  readonly fileName: string;
  /** Dotted paths of the numeric parameters to fit (e.g. recruiting.remoteCatchmentMultiplier). */
  readonly parameters: readonly string[];
  /** Reported KPI names to fit to (every `reported` figure with that kpi). */
  readonly targets: readonly string[];
  /**
   * Facts to fit to, each on the variant and months it names (the `calibration.facts` of a file): facts about the
   * time before a change keep every reported figure after it a prediction. Used beside `targets`.
   */
  readonly facts?: readonly CalibrationFact[];
  readonly run: RunOptions;
  /** Most simulation runs (each: every variant, all replications). Default 40. */
  readonly maxEvaluations?: number;
  readonly onEvaluation?: (evaluation: number, values: Readonly<Record<string, number>>, loss: number) => void;
}

export interface CalibrationResult {
  readonly start: Readonly<Record<string, number>>;
  readonly fitted: Readonly<Record<string, number>>;
  /** Sum over the targets and facts of ((simulated - reported) / tolerance)^2, before and after. */
  readonly lossBefore: number;
  readonly lossAfter: number;
  readonly evaluations: number;
  /** The targeted reported figures, before and after. */
  readonly cardBefore: readonly CaseCardRow[];
  readonly cardAfter: readonly CaseCardRow[];
  /** The facts, before and after (empty without facts). */
  readonly factsBefore: readonly FactRow[];
  readonly factsAfter: readonly FactRow[];
  /** Every reported figure at the fitted values: what the fit predicts for the figures it was not told. */
  readonly reportedAfter: readonly CaseCardRow[];
}

/** A problem with what was asked to calibrate (unknown path, non-numeric field, no such reported figure). */
export class CalibrationError extends Error {
  override readonly name = "CalibrationError";
}

interface Evaluation {
  readonly loss: number;
  readonly card: CaseCardRow[];
  readonly facts: FactRow[];
  readonly reported: CaseCardRow[];
}

/**
 * Fits the parameters to the targeted reported figures and facts by a derivative-free pattern search (Hooke and
 * Jeeves style, in multiplicative steps, since these parameters are positive and act on ratios): each parameter in
 * turn is multiplied and divided by the step factor and kept where the misfit falls; when no move helps the factor
 * shrinks (1.5, then its square root, down to 1%). Every evaluation runs on the same random numbers (the
 * scenario's seed), so the misfit is a smooth function of the parameters rather than of the noise.
 */
export async function calibrate(input: CalibrationInput): Promise<CalibrationResult> {
  const start = Object.fromEntries(input.parameters.map((path) => [path, readNumber(input.scenario, path)]));
  const reported = input.scenario.reported.filter((r) => input.targets.includes(r.kpi));
  const missing = input.targets.filter((t) => !reported.some((r) => r.kpi === t));
  if (missing.length > 0)
    throw new CalibrationError(`no reported figure for ${missing.join(", ")} in ${input.fileName}`);
  if (reported.length === 0 && (input.facts ?? []).length === 0)
    throw new CalibrationError(`nothing to fit to: give reported KPIs or calibration facts for ${input.fileName}`);
  let evaluations = 0;
  const evaluate = async (values: Record<string, number>): Promise<Evaluation> => {
    evaluations++;
    const result = await evaluateAt(input, values, reported, false);
    input.onEvaluation?.(evaluations, values, result.loss);
    return result;
  };
  const before = await evaluate(start);
  let best = { values: start, ...before };
  const limit = input.maxEvaluations ?? 40;
  for (let factor = 1.5; factor > 1.01 && evaluations < limit; factor = Math.sqrt(factor)) {
    let improved = true;
    while (improved && evaluations < limit) {
      improved = false;
      for (const path of input.parameters) {
        for (const move of [factor, 1 / factor]) {
          if (evaluations >= limit) break;
          const current = best.values[path];
          if (current === undefined) throw new RangeError(`no start value for ${path}`);
          const values = { ...best.values, [path]: current * move };
          const trial = await evaluate(values);
          if (trial.loss < best.loss) {
            best = { values, ...trial };
            improved = true;
            break;
          }
        }
      }
    }
  }
  // The whole case card at the fitted values, every variant run: what the fit predicts for what it was not told.
  const final = await evaluateAt(input, best.values, reported, true);
  return {
    start,
    fitted: best.values,
    lossBefore: before.loss,
    lossAfter: best.loss,
    evaluations,
    cardBefore: before.card,
    cardAfter: best.card,
    factsBefore: before.facts,
    factsAfter: best.facts,
    reportedAfter: final.reported,
  };
}

async function evaluateAt(
  input: CalibrationInput,
  values: Record<string, number>,
  reported: Scenario["reported"],
  full: boolean,
): Promise<Evaluation> {
  const nothing: Evaluation = { loss: Infinity, card: [], facts: [], reported: [] };
  const applied = applyOverrides(input.scenario, values, { file: input.fileName, kind: "variant" });
  // A value outside the field's range is not a candidate: infinitely bad, so the search steps back.
  if (Either.isLeft(applied)) return nothing;
  const variants = resolveVariants(applied.right, input.fileName);
  if (Either.isLeft(variants)) return nothing;
  // While searching, only the variants the misfit reads are run (facts about the baseline need no variant run).
  const replayedName = variants.right[variants.right.length - 1]!.name;
  const needed = new Set(["baseline", ...(input.facts ?? []).map((f) => f.variant)]);
  if (full || reported.length > 0) needed.add(replayedName);
  const run = await runScenario(
    applied.right,
    variants.right.filter((v) => needed.has(v.name)),
    input.run,
  );
  const replayed = run.variants.find((v) => v.name === replayedName);
  const all = replayed === undefined ? [] : caseCard(replayed, input.scenario.reported, run.variants[0]);
  const card = all.filter((row) => reported.includes(row.figure));
  const facts = factRows(input.facts ?? [], run.variants);
  const loss =
    misfit(
      card.map((row) => ({ simulated: row.simulated, value: row.figure.value, tolerance: row.figure.tolerance })),
    ) +
    misfit(facts.map((row) => ({ simulated: row.simulated, value: row.fact.value, tolerance: row.fact.tolerance })));
  return { loss, card, facts, reported: all };
}

/** The numeric value at a dotted path of the scenario (defaults applied). */
function readNumber(scenario: Scenario, path: string): number {
  let node: unknown = encodeScenario(scenario);
  for (const key of path.split("."))
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  if (typeof node !== "number")
    throw new CalibrationError(
      `${path} is not a numeric parameter of this scenario (found ${node === undefined ? "nothing" : JSON.stringify(node)})`,
    );
  if (!(node > 0)) throw new CalibrationError(`${path} is ${node}; calibration searches positive values`);
  return node;
}
