/**
 * First-order and total Sobol indices from the outputs of a Saltelli design, by Jansen's estimators (Saltelli et
 * al. 2010, "Variance based sensitivity analysis of model output", table 2, (b) and (f)), with percentile bootstrap
 * confidence intervals (rows resampled with replacement, the same resample for every index).
 */
import { createStream } from "@ccsim/engine";

/** A point estimate with a 95% percentile-bootstrap interval. */
export interface IndexEstimate {
  readonly mean: number;
  readonly ci95_low: number;
  readonly ci95_high: number;
}

export interface SobolIndex {
  readonly first: IndexEstimate;
  readonly total: IndexEstimate;
}

/** Outputs of a Saltelli design: f(A), f(B) and f(AB_i) per input, each of length N. */
export interface SaltelliOutputs {
  readonly fA: readonly number[];
  readonly fB: readonly number[];
  readonly fAB: readonly (readonly number[])[];
}

const BOOTSTRAP_STREAM = "sensitivity.bootstrap";

/** Jansen's first-order and total indices of every input over the rows `rows` (a bootstrap resample, or all rows). */
function jansen(out: SaltelliOutputs, rows: readonly number[]): { first: number[]; total: number[] } {
  const n = rows.length;
  let sum = 0;
  let sumSq = 0;
  for (const j of rows) {
    const a = out.fA[j]!;
    const b = out.fB[j]!;
    sum += a + b;
    sumSq += a * a + b * b;
  }
  const mean = sum / (2 * n);
  const variance = sumSq / (2 * n) - mean * mean;
  const first: number[] = [];
  const total: number[] = [];
  for (const fABi of out.fAB) {
    let firstSq = 0;
    let totalSq = 0;
    for (const j of rows) {
      const ab = fABi[j]!;
      firstSq += (out.fB[j]! - ab) ** 2;
      totalSq += (out.fA[j]! - ab) ** 2;
    }
    // An output that does not vary depends on no input: every index is 0 rather than 0/0.
    const tiny = variance <= 1e-300 || variance <= 1e-24 * mean * mean;
    first.push(tiny ? 0 : (variance - firstSq / (2 * n)) / variance);
    total.push(tiny ? 0 : totalSq / (2 * n) / variance);
  }
  return { first, total };
}

function percentile(sorted: readonly number[], p: number): number {
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * Sobol indices of every input with 95% bootstrap intervals.
 *
 * @param resamples bootstrap resamples (default 1,000)
 * @param seed seeds the resampling stream, so the intervals are reproducible
 */
export function sobolIndices(out: SaltelliOutputs, seed: number, resamples = 1000): SobolIndex[] {
  const n = out.fA.length;
  if (n < 2 || out.fB.length !== n || out.fAB.some((f) => f.length !== n))
    throw new RangeError("f(A), f(B) and every f(AB_i) need the same length, at least 2");
  const all = Array.from({ length: n }, (_, j) => j);
  const point = jansen(out, all);
  const k = out.fAB.length;
  const firsts: number[][] = Array.from({ length: k }, () => []);
  const totals: number[][] = Array.from({ length: k }, () => []);
  const stream = createStream(seed, BOOTSTRAP_STREAM, 0);
  const rows = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let j = 0; j < n; j++) rows[j] = Math.min(n - 1, Math.floor(stream.next() * n));
    const est = jansen(out, rows);
    for (let i = 0; i < k; i++) {
      firsts[i]!.push(est.first[i]!);
      totals[i]!.push(est.total[i]!);
    }
  }
  const interval = (mean: number, draws: number[]): IndexEstimate => {
    if (draws.length === 0) return { mean, ci95_low: mean, ci95_high: mean };
    draws.sort((x, y) => x - y);
    return { mean, ci95_low: percentile(draws, 0.025), ci95_high: percentile(draws, 0.975) };
  };
  return Array.from({ length: k }, (_, i) => ({
    first: interval(point.first[i]!, firsts[i]!),
    total: interval(point.total[i]!, totals[i]!),
  }));
}
