/**
 * Erlang B blocking probability E_B(n, A) of `agents` servers offered `offeredErlangs`, by the stable recursion
 * E_B(k) = A E_B(k-1) / (k + A E_B(k-1)), E_B(0) = 1: O(n), never forms A^n or n!, exact to rounding for n in
 * the thousands.
 */
export function erlangB(agents: number, offeredErlangs: number): number {
  if (!Number.isInteger(agents) || agents < 0) throw new RangeError(`agents must be an integer >= 0, got ${agents}`);
  if (!(offeredErlangs >= 0) || !Number.isFinite(offeredErlangs)) throw new RangeError(`offered load must be finite and >= 0, got ${offeredErlangs}`);
  let blocking = 1;
  for (let k = 1; k <= agents; k++) blocking = (offeredErlangs * blocking) / (k + offeredErlangs * blocking);
  return blocking;
}
