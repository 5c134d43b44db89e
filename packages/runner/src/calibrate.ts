import { applyOverrides, encodeScenario, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { runCaseCard, type CaseCardRow } from "./caseCard.js";
import { resolveVariants, runScenario, type RunOptions } from "./runScenario.js";

export interface CalibrationInput {
  readonly scenario: Scenario;
  readonly fileName: string;
  /** Dotted paths of the numeric parameters to fit (e.g. recruiting.remoteCatchmentMultiplier). */
  readonly parameters: readonly string[];
  /** Reported KPI names to fit to (every `reported` figure with that kpi). */
  readonly targets: readonly string[];
  readonly run: RunOptions;
  /** Most simulation runs (each: every variant, all replications). Default 40. */
  readonly maxEvaluations?: number;
  readonly onEvaluation?: (evaluation: number, values: Readonly<Record<string, number>>, loss: number) => void;
}

export interface CalibrationResult {
  readonly start: Readonly<Record<string, number>>;
  readonly fitted: Readonly<Record<string, number>>;
  /** Sum over the targets of ((simulated - reported) / tolerance)^2, before and after. */
  readonly lossBefore: number;
  readonly lossAfter: number;
  readonly evaluations: number;
  readonly cardBefore: readonly CaseCardRow[];
  readonly cardAfter: readonly CaseCardRow[];
}

/** A problem with what was asked to calibrate (unknown path, non-numeric field, no such reported figure). */
export class CalibrationError extends Error {
  override readonly name = "CalibrationError";
}

/**
 * Fits the parameters to the targeted reported figures by a derivative-free pattern search (Hooke and Jeeves
 * style, in multiplicative steps, since these parameters are positive and act on ratios): each parameter in turn
 * is multiplied and divided by the step factor and kept where the misfit falls; when no move helps the factor
 * shrinks (1.5, then its square root, down to 1%). Every evaluation runs on the same random numbers (the
 * scenario's seed), so the misfit is a smooth function of the parameters rather than of the noise.
 */
export async function calibrate(input: CalibrationInput): Promise<CalibrationResult> {
  const start = Object.fromEntries(input.parameters.map((path) => [path, readNumber(input.scenario, path)]));
  const reported = input.scenario.reported.filter((r) => input.targets.includes(r.kpi));
  const missing = input.targets.filter((t) => !reported.some((r) => r.kpi === t));
  if (missing.length > 0)
    throw new CalibrationError(`no reported figure for ${missing.join(", ")} in ${input.fileName}`);
  let evaluations = 0;
  const evaluate = async (values: Record<string, number>): Promise<{ loss: number; card: CaseCardRow[] }> => {
    evaluations++;
    const result = await cardFor(input, values, reported);
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
  return {
    start,
    fitted: best.values,
    lossBefore: before.loss,
    lossAfter: best.loss,
    evaluations,
    cardBefore: before.card,
    cardAfter: best.card,
  };
}

async function cardFor(
  input: CalibrationInput,
  values: Record<string, number>,
  reported: Scenario["reported"],
): Promise<{ loss: number; card: CaseCardRow[] }> {
  const applied = applyOverrides(input.scenario, values, { file: input.fileName, kind: "variant" });
  // A value outside the field's range is not a candidate: infinitely bad, so the search steps back.
  if (Either.isLeft(applied)) return { loss: Infinity, card: [] };
  const variants = resolveVariants(applied.right, input.fileName);
  if (Either.isLeft(variants)) return { loss: Infinity, card: [] };
  const run = await runScenario(applied.right, variants.right, input.run);
  const card = runCaseCard(run, reported);
  const loss = card.reduce(
    (sum, row) => sum + ((row.simulated.mean - row.figure.value) / Math.max(row.figure.tolerance, 1e-12)) ** 2,
    0,
  );
  return { loss, card };
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
