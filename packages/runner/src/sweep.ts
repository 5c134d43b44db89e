import { applyOverrides, ScenarioError, sharedRunSettingIssue, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { compileChanges, compileScenario } from "./compileScenario.js";
import type { ResolvedVariant } from "./runScenario.js";

/** One swept parameter: a dotted scenario path and the values it takes. */
export interface SweepAxis {
  readonly path: string;
  readonly values: readonly unknown[];
}

/** A point of the sweep: the values it sets, and the scenario with them applied, ready to run as a variant. */
export interface SweepPoint {
  readonly settings: Readonly<Record<string, unknown>>;
  readonly variant: ResolvedVariant;
}

/** Most points a sweep grid may have: each point is a full run, so 1000 x 1000 is refused before anything starts. */
export const MAX_SWEEP_POINTS = 1000;

/** Points of the grid the axes span (the product of their lengths), computed without building it. */
export const sweepGridSize = (axes: readonly SweepAxis[]): number => axes.reduce((n, a) => n * a.values.length, 1);

/**
 * Every combination of the axes' values (a grid; one axis is a one-parameter sweep), each applied to the
 * baseline with `applyOverrides`, so a bad path or value is reported like a variant's. Run the points' variants
 * with `runScenario`: they share their random numbers, so neighbouring points differ only by the parameter.
 */
export function sweepPoints(
  scenario: Scenario,
  axes: readonly SweepAxis[],
  fileName = "<sweep>",
): Either.Either<SweepPoint[], ScenarioError> {
  // Every point runs on the file's seed, replications and fidelity: an axis of them would give one result.
  const shared = axes.flatMap((a) => {
    const issue = sharedRunSettingIssue(a.path, "sweep axis");
    return issue === undefined ? [] : [{ file: fileName, line: 1, column: 1, path: a.path, message: issue.message }];
  });
  if (shared.length > 0) return Either.left(new ScenarioError({ issues: shared }));
  let grid: Record<string, unknown>[] = [{}];
  for (const axis of axes)
    grid = grid.flatMap((point) => axis.values.map((value) => ({ ...point, [axis.path]: value })));
  const points: SweepPoint[] = [];
  for (const settings of grid) {
    const applied = applyOverrides(scenario, settings, { file: fileName, kind: "variant" });
    if (Either.isLeft(applied)) return Either.left(applied.left);
    const changes = compileChanges(applied.right, fileName);
    if (Either.isLeft(changes)) return Either.left(changes.left);
    const name = Object.entries(settings)
      .map(([path, value]) => `${path}=${JSON.stringify(value)}`)
      .join(", ");
    points.push({
      settings,
      variant: { name, scenario: applied.right, params: compileScenario(applied.right), changes: changes.right },
    });
  }
  return Either.right(points);
}
