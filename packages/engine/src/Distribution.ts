import type { RandomStream } from "./RandomStream.js";
import { buildAliasTable } from "./internal/aliasTable.js";
import { makeGammaSampler } from "./internal/gammaSampler.js";
import { makeNormalSampler } from "./internal/normalSampler.js";

/**
 * A probability distribution as tagged data that knows its mean and variance, so moment tests and
 * "input versus realised" reports need no sampling. Units are whatever the caller uses (seconds in ccsim).
 *
 * - `constant`: always `value`.
 * - `exponential`: by its mean.
 * - `lognormal`: by its mean and coefficient of variation (standard deviation / mean), the way durations are
 *   usually reported, rather than by the parameters mu and sigma of the underlying normal.
 * - `gamma`: by shape k and scale theta (mean k * theta).
 * - `erlang`: Erlang-k (k = `phases`, a positive integer) by its mean; a gamma with integer shape.
 * - `empirical`: discrete on `values`, with probabilities proportional to `weights` (default all equal).
 */
export type Distribution =
  | { readonly kind: "constant"; readonly value: number }
  | { readonly kind: "exponential"; readonly mean: number }
  | { readonly kind: "lognormal"; readonly mean: number; readonly cv: number }
  | { readonly kind: "gamma"; readonly shape: number; readonly scale: number }
  | { readonly kind: "erlang"; readonly phases: number; readonly mean: number }
  | { readonly kind: "empirical"; readonly values: readonly number[]; readonly weights?: readonly number[] };

/**
 * Up to this many phases an Erlang variate is -(mean/k) * log(U1 * ... * Uk): exact and cheap. The product of
 * 8 uniforms is at least 2^-264, far from underflow. More phases use the gamma sampler, whose cost does not
 * grow with k.
 */
const ERLANG_PRODUCT_MAX_PHASES = 8;

/** Mean of `d`. */
export function distributionMean(d: Distribution): number {
  switch (d.kind) {
    case "constant":
      return d.value;
    case "exponential":
    case "lognormal":
    case "erlang":
      return d.mean;
    case "gamma":
      return d.shape * d.scale;
    case "empirical":
      return empiricalMoments(d.values, d.weights).mean;
  }
}

/** Variance of `d` (population variance for `empirical`). */
export function distributionVariance(d: Distribution): number {
  switch (d.kind) {
    case "constant":
      return 0;
    case "exponential":
      return d.mean * d.mean;
    case "lognormal":
      return (d.cv * d.mean) ** 2;
    case "gamma":
      return d.shape * d.scale * d.scale;
    case "erlang":
      return (d.mean * d.mean) / d.phases;
    case "empirical":
      return empiricalMoments(d.values, d.weights).variance;
  }
}

/**
 * Throws RangeError with a plain message when `d` is not a usable distribution: unknown kind, non-finite
 * numbers, non-positive means, scales or shapes, cv < 0, non-integer phases, empty values, or weights that are
 * negative, of the wrong length or sum to zero. Degenerate durations are written as `constant`.
 */
export function validateDistribution(d: Distribution): void {
  switch (d.kind) {
    case "constant":
      return requireFinite(d.value, "constant value");
    case "exponential":
      return requirePositive(d.mean, "exponential mean");
    case "lognormal":
      requirePositive(d.mean, "lognormal mean");
      requireFinite(d.cv, "lognormal cv");
      if (d.cv < 0) throw new RangeError(`lognormal cv must be >= 0, got ${d.cv}`);
      return;
    case "gamma":
      requirePositive(d.shape, "gamma shape");
      return requirePositive(d.scale, "gamma scale");
    case "erlang":
      if (!Number.isSafeInteger(d.phases) || d.phases < 1) {
        throw new RangeError(`erlang phases must be an integer >= 1, got ${d.phases}`);
      }
      return requirePositive(d.mean, "erlang mean");
    case "empirical":
      return validateEmpirical(d.values, d.weights);
    default:
      throw new RangeError(`unknown distribution kind ${JSON.stringify((d as { kind?: unknown }).kind)}`);
  }
}

/**
 * Validates `d` and returns a sampler that draws from `rng`, with every constant precomputed (lognormal mu and
 * sigma, gamma's Marsaglia-Tsang constants, the empirical alias table). Build samplers once, call them in
 * hot loops. Samplers that need normal variates cache the second of each pair, so a sampler is stateful.
 */
export function makeSampler(d: Distribution, rng: RandomStream): () => number {
  validateDistribution(d);
  switch (d.kind) {
    case "constant": {
      const value = d.value;
      return () => value;
    }
    case "exponential": {
      const mean = d.mean;
      return () => -mean * Math.log(rng.next());
    }
    case "lognormal":
      return makeLognormalSampler(d.mean, d.cv, rng);
    case "gamma":
      return makeGammaSampler(d.shape, d.scale, rng);
    case "erlang":
      return makeErlangSampler(d.phases, d.mean, rng);
    case "empirical":
      return makeEmpiricalSampler(d.values, d.weights, rng);
  }
}

/** One draw from `d`. Validates and precomputes on every call: use `makeSampler` in loops. */
export function sample(d: Distribution, rng: RandomStream): number {
  return makeSampler(d, rng)();
}

function makeLognormalSampler(mean: number, cv: number, rng: RandomStream): () => number {
  // If log X ~ N(mu, sigma^2) then E X = exp(mu + sigma^2/2) and CV^2 = exp(sigma^2) - 1.
  const sigmaSquared = Math.log1p(cv * cv);
  const mu = Math.log(mean) - sigmaSquared / 2;
  const sigma = Math.sqrt(sigmaSquared);
  const normal = makeNormalSampler(rng);
  return () => Math.exp(mu + sigma * normal());
}

function makeErlangSampler(phases: number, mean: number, rng: RandomStream): () => number {
  const phaseMean = mean / phases;
  if (phases > ERLANG_PRODUCT_MAX_PHASES) return makeGammaSampler(phases, phaseMean, rng);
  // NOTE: one log per draw instead of one per phase: the sum of k exponentials is -theta * log(product of k uniforms).
  return () => {
    let product = rng.next();
    for (let i = 1; i < phases; i++) product *= rng.next();
    return -phaseMean * Math.log(product);
  };
}

function makeEmpiricalSampler(
  values: readonly number[],
  weights: readonly number[] | undefined,
  rng: RandomStream,
): () => number {
  const table = Float64Array.from(values);
  const n = table.length;
  if (weights === undefined) return () => table[Math.floor(rng.next() * n)]!;
  const { keep, alias } = buildAliasTable(weights);
  return () => {
    const column = Math.floor(rng.next() * n);
    return rng.next() < keep[column]! ? table[column]! : table[alias[column]!]!;
  };
}

function empiricalMoments(
  values: readonly number[],
  weights: readonly number[] | undefined,
): { mean: number; variance: number } {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    total += w;
    sum += w * values[i]!;
  }
  const mean = sum / total;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    squares += w * (values[i]! - mean) ** 2;
  }
  return { mean, variance: squares / total };
}

function validateEmpirical(values: readonly number[], weights: readonly number[] | undefined): void {
  if (values.length === 0) throw new RangeError("empirical values must not be empty");
  values.forEach((v, i) => requireFinite(v, `empirical values[${i}]`));
  if (weights === undefined) return;
  if (weights.length !== values.length) {
    throw new RangeError(`empirical weights must have one entry per value (${values.length}), got ${weights.length}`);
  }
  let total = 0;
  weights.forEach((w, i) => {
    requireFinite(w, `empirical weights[${i}]`);
    if (w < 0) throw new RangeError(`empirical weights[${i}] must be >= 0, got ${w}`);
    total += w;
  });
  if (!(total > 0) || !Number.isFinite(total))
    throw new RangeError("empirical weights must have a positive finite sum");
}

function requireFinite(x: number, what: string): void {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new RangeError(`${what} must be a finite number, got ${x}`);
}

function requirePositive(x: number, what: string): void {
  requireFinite(x, what);
  if (!(x > 0)) throw new RangeError(`${what} must be > 0, got ${x}`);
}
