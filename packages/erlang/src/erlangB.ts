import { poissonPmf } from "./internal/poissonPmf.js";

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
  // More than 3 standard deviations (sqrt A) of servers above the load, the upper tail takes fewer steps.
  const above = agents - offeredErlangs;
  if (agents > LOADER_FROM && above > 1 && above * above > 9 * offeredErlangs)
    return blockingAboveLoad(agents, offeredErlangs);
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

/** Server counts above which `poissonPmf` applies. */
const LOADER_FROM = 15;

/**
 * E_B(n, A) = P(N = n) / P(N <= n), N ~ Poisson(A), for n >= A + 1: P(N = n) by `poissonPmf`, P(N <= n) as 1 less
 * the upper tail, whose terms fall from the start (each is A / j times the last), and which is below a half there,
 * so 1 minus it keeps its precision.
 * NOTE: the series above starts at n and has to walk down past the peak of its terms at A before it may stop, about
 * n - A + 9 sqrt(A) steps (an overstaffed interval: hundreds), where this tail stops about 9 sqrt(A) - (n - A) steps
 * on (none when n is far above A). Both are exact to rounding (a few units in the 14th digit against 40-digit values).
 */
function blockingAboveLoad(n: number, load: number): number {
  const pmf = poissonPmf(n, load);
  let term = pmf,
    tail = 0;
  for (let j = n + 1; ; j++) {
    const ratio = load / j;
    term *= ratio;
    tail += term;
    // What is left is below term ratio / (1 - ratio): stop once that is negligible next to 1.
    if (term * ratio < TAIL * (1 - ratio)) break;
  }
  return pmf / (1 - tail);
}
