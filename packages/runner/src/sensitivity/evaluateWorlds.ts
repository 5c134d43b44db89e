/**
 * Runs a scenario in many "worlds" (settings of its uncertain parameters) and returns, per world, each variant's
 * KPIs as the mean over the reported months and across replications. Every world runs the same replications with
 * the same seed, so worlds differ only by their parameters (common random numbers), as variants of one run do.
 */
import { applyOverrides, uncertainName, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { resolveVariants, runScenario, type ResolvedVariant, type RunOptions } from "../runScenario.js";

/**
 * Settings of one world: entry name -> value, where the name is a dotted path (the baseline's value) or, for an
 * `uncertain` entry that names a variant, its `uncertainName` (the value that variant sets). The empty world is the
 * scenario as declared.
 */
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

/**
 * The scenario with a variant's own values replaced by the world's, for the `uncertain` entries that name a variant:
 * every place the variant sets the path (its `set`, its interventions' `set`) takes the sampled value.
 */
function withVariantValues(scenario: Scenario, world: World): { scenario: Scenario; baseline: World } {
  const scoped = new Map(scenario.uncertain.flatMap((u) => (u.variant === undefined ? [] : [[uncertainName(u), u]])));
  const baseline = Object.fromEntries(Object.entries(world).filter(([name]) => !scoped.has(name)));
  if (scoped.size === 0) return { scenario, baseline };
  const variants = scenario.variants.map((variant) => {
    // This variant's sampled values by path.
    const own = new Map<string, number>();
    for (const [name, value] of Object.entries(world)) {
      const u = scoped.get(name);
      if (u?.variant === variant.name) own.set(u.path, value);
    }
    if (own.size === 0) return variant;
    const replace = (set: Readonly<Record<string, unknown>>): Record<string, unknown> =>
      Object.fromEntries(Object.entries(set).map(([key, v]) => [key, own.get(key) ?? v]));
    const set = replace(variant.set);
    const interventions = variant.set["interventions"];
    if (Array.isArray(interventions))
      set["interventions"] = interventions.map((x: unknown) => (isSetHolder(x) ? { ...x, set: replace(x.set) } : x));
    return { ...variant, set };
  });
  return { scenario: { ...scenario, variants }, baseline };
}

/** An intervention as the file gives it: anything with a `set` mapping. */
const isSetHolder = (x: unknown): x is { readonly set: Readonly<Record<string, unknown>> } =>
  typeof x === "object" && x !== null && "set" in x && typeof x.set === "object" && x.set !== null;

function resolveWorld(declared: Scenario, world: World): ResolvedVariant[] {
  const { scenario, baseline } = withVariantValues(declared, world);
  const applied =
    Object.keys(baseline).length === 0
      ? Either.right(scenario)
      : applyOverrides(scenario, baseline, { file: "uncertain", kind: "variant" });
  const resolved = Either.flatMap(applied, (s) => resolveVariants(s, "uncertain"));
  if (Either.isLeft(resolved)) throw new WorldError(world, resolved.left.format());
  return resolved.right;
}

/**
 * Resolves `worlds` a few at a time, letting the event loop turn between them: the previous batch's replications
 * are running meanwhile, and a worker that finishes one must be handed the next without waiting for all of them.
 */
async function resolveInTurns(scenario: Scenario, worlds: readonly World[]): Promise<ResolvedVariant[]> {
  const variants: ResolvedVariant[] = [];
  for (const world of worlds) {
    variants.push(...resolveWorld(scenario, world));
    await new Promise((turn) => setTimeout(turn, 0));
  }
  return variants;
}

/**
 * Evaluates every world; the result has one entry per world, in order.
 *
 * NOTE: resolving a world (applying its settings, checking and compiling the scenario) takes 25-30 ms on this
 * thread for the MTS case; the next batch is resolved while the current one runs, so the workers do not wait for
 * it (a Morris study of MTS resolves 221 worlds), and starts as soon as the current one ends, which keeps a
 * `WorkerPool`'s workers warm from one batch to the next.
 */
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
  const { onProgress, batchWorlds: _, ...runOptions } = options;
  let variants = worlds.slice(0, batch).flatMap((world) => resolveWorld(scenario, world));
  for (let start = 0; start < worlds.length; start += batch) {
    const running = runScenario(scenario, variants, { ...runOptions, onProgress: () => onProgress?.(++done, total) });
    // Its failure is awaited below, after the next batch is resolved; until then it must not count as unhandled.
    running.catch(() => undefined);
    const following = worlds.slice(start + batch, start + 2 * batch);
    // A world the scenario refuses is reported once the batch running has ended, so no replication is left running.
    const resolved = await resolveInTurns(scenario, following).then(
      (next) => ({ next }),
      (error: unknown) => ({ error }),
    );
    const run = await running;
    if ("error" in resolved) throw resolved.error;
    variants = resolved.next;
    for (let w = 0; w < run.variants.length / variantsPerWorld; w++) {
      outputs.push(
        run.variants
          .slice(w * variantsPerWorld, (w + 1) * variantsPerWorld)
          .map((v) => Object.fromEntries(Object.entries(v.overall).map(([kpi, e]) => [kpi, e.mean]))),
      );
    }
  }
  return outputs;
}
