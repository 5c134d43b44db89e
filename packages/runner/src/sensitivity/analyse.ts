/**
 * Sensitivity analysis of any function of a parameter vector: the estimators without the simulation, for tests
 * against closed forms (Ishigami, linear models) and for callers with cheap models.
 */
import { morrisDesign, saltelliDesign } from "./design.js";
import { valuesAt, type UncertainInput } from "./inputs.js";
import { morrisEffects, type MorrisEffect } from "./morrisEffects.js";
import { sobolIndices, type SobolIndex } from "./sobolIndices.js";

export interface SobolOptions {
  /** Base sample size N: the function is evaluated N (k + 2) times. */
  readonly samples: number;
  readonly seed: number;
  /** Bootstrap resamples for the intervals; default 1,000. */
  readonly resamples?: number;
}

/** First-order and total Sobol indices of `f` over the inputs' distributions, Saltelli sampling and Jansen estimators. */
export function sobolOf(
  f: (x: readonly number[]) => number,
  inputs: readonly UncertainInput[],
  options: SobolOptions,
): SobolIndex[] {
  const design = saltelliDesign(inputs.length, options.samples, options.seed);
  const at = (unit: readonly number[]): number => f(valuesAt(inputs, unit));
  return sobolIndices(
    { fA: design.a.map(at), fB: design.b.map(at), fAB: design.ab.map((m) => m.map(at)) },
    options.seed,
    options.resamples,
  );
}

export interface MorrisOptions {
  /** Trajectories r: the function is evaluated r (k + 1) times. */
  readonly trajectories: number;
  readonly seed: number;
  /** Grid levels (even); default 4. */
  readonly levels?: number;
}

/** Morris elementary effects (mu*, mu, sigma) of `f`, on the scale of each input's whole range. */
export function morrisOf(
  f: (x: readonly number[]) => number,
  inputs: readonly UncertainInput[],
  options: MorrisOptions,
): MorrisEffect[] {
  const design = morrisDesign(inputs.length, options.trajectories, options.seed, options.levels);
  return morrisEffects(
    design,
    design.points.map((unit) => f(valuesAt(inputs, unit))),
    inputs.length,
  );
}
