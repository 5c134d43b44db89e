/**
 * Runs a scenario in many "worlds" (settings of its uncertain parameters) and returns, per world, each variant's
 * KPIs as the mean over the reported months and across replications. Every world runs the same replications with
 * the same seed, so worlds differ only by their parameters (common random numbers), as variants of one run do.
 */
import { applyOverrides, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { resolveVariants, runScenario, type ResolvedVariant, type RunOptions } from "../runScenario.js";

/** Settings of one world: dotted path -> value. The empty world is the scenario as declared. */
export type World = Readonly<Record<string, number>>;

/** Per variant (in scenario order, baseline first), per KPI, the mean over the reported months across replications. */
export type WorldOutputs = readonly Readonly<Record<string, number>>[];

export interface EvaluateOptions extends Omit<RunOptions, "onProgress"> {
  /** Worlds run together in one call of the executor, so a worker pool stays busy; default 32. */
  readonly batchWorlds?: number;
  /** Called after each finished replication, counted over the whole study. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A world whose settings break a check of the scenario (the ranges allow a combination the scenario refuses). */
export class WorldError extends Error {
  constructor(
    readonly world: World,
    readonly detail: string,
  ) {
    super(`the sampled world ${JSON.stringify(world)} is not a valid scenario:\n${detail}`);
  }
}

function resolveWorld(scenario: Scenario, world: World): ResolvedVariant[] {
  const applied =
    Object.keys(world).length === 0
      ? Either.right(scenario)
      : applyOverrides(scenario, world, { file: "uncertain", kind: "variant" });
  const resolved = Either.flatMap(applied, (s) => resolveVariants(s, "uncertain"));
  if (Either.isLeft(resolved)) throw new WorldError(world, resolved.left.format());
  return resolved.right;
}

/** Evaluates every world; the result has one entry per world, in order. */
export async function evaluateWorlds(
  scenario: Scenario,
  worlds: readonly World[],
  options: EvaluateOptions = {},
): Promise<WorldOutputs[]> {
  const batch = Math.max(1, options.batchWorlds ?? 32);
  const variantsPerWorld = 1 + scenario.variants.length;
  const replications = options.replications ?? scenario.replications;
  const total = worlds.length * variantsPerWorld * replications;
  let done = 0;
  const outputs: WorldOutputs[] = [];
  for (let start = 0; start < worlds.length; start += batch) {
    const slice = worlds.slice(start, start + batch);
    const variants = slice.flatMap((world) => resolveWorld(scenario, world));
    const { onProgress, batchWorlds: _, ...runOptions } = options;
    const run = await runScenario(scenario, variants, { ...runOptions, onProgress: () => onProgress?.(++done, total) });
    for (let w = 0; w < slice.length; w++) {
      outputs.push(
        run.variants
          .slice(w * variantsPerWorld, (w + 1) * variantsPerWorld)
          .map((v) => Object.fromEntries(Object.entries(v.overall).map(([kpi, e]) => [kpi, e.mean]))),
      );
    }
  }
  return outputs;
}
