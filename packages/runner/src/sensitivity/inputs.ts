/**
 * Uncertain inputs of a sensitivity study and how a point of the unit hypercube becomes parameter values: each
 * coordinate u in [0, 1] is the quantile of its input's distribution, so designs are built once on [0, 1]^k and
 * serve every distribution.
 */

/** One uncertain input: a name (a dotted scenario path in studies of scenarios) and its distribution. */
export interface UncertainInput {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Default uniform. */
  readonly distribution?: "uniform" | "triangular" | "log-uniform";
  /** Most likely value of a triangular distribution. */
  readonly mode?: number;
  /** Whole-number parameters (agents, weeks) are rounded to the nearest whole number. */
  readonly integer?: boolean;
}

/** The value at quantile `u` (0 gives min, 1 gives max) of the input's distribution. */
export function quantileOf(input: UncertainInput, u: number): number {
  const { min, max } = input;
  let value: number;
  switch (input.distribution ?? "uniform") {
    case "uniform":
      value = min + u * (max - min);
      break;
    case "log-uniform":
      value = Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
      break;
    case "triangular": {
      // Inverse CDF of the triangular distribution on [min, max] with its peak at mode.
      const mode = input.mode ?? (min + max) / 2;
      const split = (mode - min) / (max - min);
      value =
        u < split
          ? min + Math.sqrt(u * (max - min) * (mode - min))
          : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
      break;
    }
  }
  // Rounding can step past a bound only by floating error; clamp so the value stays in the declared range.
  const clamped = Math.min(max, Math.max(min, value));
  return input.integer === true ? Math.min(Math.floor(max), Math.max(Math.ceil(min), Math.round(clamped))) : clamped;
}

/** A point of the unit hypercube as parameter values, in input order. */
export function valuesAt(inputs: readonly UncertainInput[], unit: readonly number[]): number[] {
  return inputs.map((input, i) => quantileOf(input, unit[i]!));
}
