/**
 * Walker's alias table built by Vose's stable method (M. D. Vose, "A linear algorithm for generating random
 * numbers with a given distribution", IEEE TSE 17(9), 1991): O(n) to build, O(1) per draw. To draw, pick a
 * column `i` uniformly, then keep `i` with probability `keep[i]`, else take `alias[i]`.
 */
export interface AliasTable {
  readonly keep: Float64Array;
  readonly alias: Int32Array;
}

/** Builds the table for non-negative `weights` with a positive sum (validated by the caller). */
export function buildAliasTable(weights: readonly number[]): AliasTable {
  const n = weights.length;
  let total = 0;
  for (const w of weights) total += w;
  const scaled = Float64Array.from(weights, (w) => (w * n) / total);
  const keep = new Float64Array(n);
  const alias = new Int32Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) (scaled[i]! < 1 ? small : large).push(i);
  while (small.length > 0 && large.length > 0) {
    const less = small.pop()!;
    const more = large.pop()!;
    keep[less] = scaled[less]!;
    alias[less] = more;
    scaled[more] = scaled[more]! + scaled[less]! - 1;
    (scaled[more] < 1 ? small : large).push(more);
  }
  // What remains has probability 1 up to rounding.
  for (const i of large) keep[i] = 1;
  for (const i of small) keep[i] = 1;
  for (let i = 0; i < n; i++) if (keep[i] === 1) alias[i] = i;
  return { keep, alias };
}
