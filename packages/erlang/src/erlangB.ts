/** Relative size below which the remaining (falling) terms of the series are dropped. */
const TAIL = 1e-18;

/**
 * Erlang B blocking probability E_B(n, A) of `agents` servers offered `offeredErlangs`, from the series
 *   1 / E_B(n, A) = sum_{j=0..n} n (n-1) ... (n-j+1) / A^j
 * (the stable recursion E_B(k) = A E_B(k-1) / (k + A E_B(k-1)) unrolled): never forms A^n or n!, exact to
 * rounding for n in the thousands.
 *
 * NOTE: the terms rise while n - j > A and then fall faster than geometrically, so the sum stops a few standard
 * deviations (sqrt A) past its peak instead of running all n steps, with one multiplication per step where the
 * recursion needs a division (the staffing solver and the interval fidelity call this tens of thousands of times).
 */
export function erlangB(agents: number, offeredErlangs: number): number {
  if (!Number.isInteger(agents) || agents < 0) throw new RangeError(`agents must be an integer >= 0, got ${agents}`);
  if (!(offeredErlangs >= 0) || !Number.isFinite(offeredErlangs))
    throw new RangeError(`offered load must be finite and >= 0, got ${offeredErlangs}`);
  if (agents === 0) return 1;
  if (offeredErlangs === 0) return 0;
  const perErlang = 1 / offeredErlangs;
  let term = 1;
  let sum = 1;
  for (let k = agents; k > 0; k--) {
    term *= k * perErlang;
    sum += term;
    if (k <= offeredErlangs && term < TAIL * sum) break;
  }
  // An infinite sum is a blocking probability below the smallest double.
  return 1 / sum;
}
