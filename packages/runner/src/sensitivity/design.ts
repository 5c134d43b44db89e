/**
 * Sampling designs on the unit hypercube [0, 1]^k: Saltelli's A/B/AB_i matrices for Sobol indices and Morris
 * trajectories for elementary effects.
 *
 * Points are seeded uniform random numbers from the engine's named streams (Alea via seedrandom), not a Sobol
 * low-discrepancy sequence. The only npm Sobol-sequence package found (`sobol`, one release, one maintainer) is not
 * well kept, and plain Monte Carlo points keep the rows of A and B independent, which the bootstrap confidence
 * intervals of the indices assume; a low-discrepancy sequence would narrow the intervals for the same N but make
 * them hard to state honestly. Quasi-random points would be a drop-in change here.
 */
import { createStream, type RandomStream } from "@ccsim/engine";

/** Name of the random stream designs draw from; distinct from every model stream, so designs and runs never share draws. */
export const DESIGN_STREAM = "sensitivity.design";

function uniformRows(stream: RandomStream, n: number, k: number): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: k }, () => stream.next()));
}

/** Saltelli's design: independent matrices A and B (N x k), and for each input i, AB_i = A with column i taken from B. */
export interface SaltelliDesign {
  readonly a: readonly (readonly number[])[];
  readonly b: readonly (readonly number[])[];
  /** ab[i][j]: row j of A with coordinate i from row j of B. */
  readonly ab: readonly (readonly (readonly number[])[])[];
}

export function saltelliDesign(k: number, n: number, seed: number): SaltelliDesign {
  if (!(k >= 1 && n >= 2))
    throw new RangeError(`a Saltelli design needs at least 1 input and 2 samples, got ${k} and ${n}`);
  const stream = createStream(seed, DESIGN_STREAM, 0);
  const a = uniformRows(stream, n, k);
  const b = uniformRows(stream, n, k);
  const ab = Array.from({ length: k }, (_, i) => a.map((row, j) => row.map((x, c) => (c === i ? b[j]![c]! : x))));
  return { a, b, ab };
}

/** Every point of a Saltelli design in evaluation order: A, B, AB_1, ..., AB_k (N (k + 2) points). */
export function saltelliPoints(design: SaltelliDesign): (readonly number[])[] {
  return [...design.a, ...design.b, ...design.ab.flat()];
}

/** One step of a Morris trajectory: input `input` moved by `delta` between two consecutive points. */
export interface MorrisStep {
  readonly input: number;
  /** Index of the point before the step in `points`; the point after it is the next one. */
  readonly from: number;
  /** Signed step on the unit scale (+-Delta). */
  readonly delta: number;
}

export interface MorrisDesign {
  readonly points: readonly (readonly number[])[];
  readonly steps: readonly MorrisStep[];
  readonly levels: number;
}

/**
 * `r` Morris trajectories of k + 1 points on a grid of `levels` levels, each moving one input at a time by
 * Delta = levels / (2 (levels - 1)) in a random order (Morris 1991; Campolongo, Cariboni and Saltelli 2007). A
 * coordinate that cannot step up by Delta steps down, so both ends of each range are reached equally often.
 */
export function morrisDesign(k: number, r: number, seed: number, levels = 4): MorrisDesign {
  if (!(k >= 1 && r >= 1 && levels >= 2 && levels % 2 === 0))
    throw new RangeError(
      `a Morris design needs k >= 1, r >= 1 and an even number of levels, got ${k}, ${r}, ${levels}`,
    );
  const stream = createStream(seed, DESIGN_STREAM, 0);
  const delta = levels / (2 * (levels - 1));
  const pick = (count: number): number => Math.min(count - 1, Math.floor(stream.next() * count));
  const points: number[][] = [];
  const steps: MorrisStep[] = [];
  for (let t = 0; t < r; t++) {
    let x = Array.from({ length: k }, () => pick(levels) / (levels - 1));
    // Fisher-Yates shuffle: the order in which the inputs move.
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = pick(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    points.push(x);
    for (const input of order) {
      const step = x[input]! + delta <= 1 + 1e-12 ? delta : -delta;
      x = x.map((v, i) => (i === input ? Math.min(1, Math.max(0, v + step)) : v));
      steps.push({ input, from: points.length - 1, delta: step });
      points.push(x);
    }
  }
  return { points, steps, levels };
}
