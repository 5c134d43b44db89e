/**
 * The series of Garnett, Mandelbaum and Reiman (2002) behind the Erlang A formulas:
 *   A(x, y) = sum_{k >= 0} t_k,  t_0 = 1,  t_k = t_{k-1} y / (x + k),
 * with the extra sums the service-level and waiting-time formulas need. Terms are positive, so there is no
 * cancellation; they are summed relative to the largest term (at k = ceil(y - x) under overload) so nothing
 * overflows even when A is e^500.
 */
export interface GmrSums {
  /** ln A(x, y). */
  readonly logSum: number;
  /** sum k t_k / sum t_k. */
  readonly meanIndex: number;
  /** sum t_k f_k / sum t_k, with f_k = 1 / (x + k + 1) * sum_{i=1}^{k+1} 1 / (x + i) (used for the ASA). */
  readonly waitMoment: number;
}

/** Relative size below which the remaining (geometrically falling) terms are dropped. */
const TAIL = 1e-18;

export function gmrSums(x: number, y: number): GmrSums {
  if (y === 0) return { logSum: 0, meanIndex: 0, waitMoment: 1 / ((x + 1) * (x + 1)) };
  const peak = Math.max(0, Math.ceil(y - x));
  // ln t_peak, accumulated in logs: sum over k <= peak of ln y - ln(x + k).
  let logPeak = 0;
  for (let k = 1; k <= peak; k++) logPeak += Math.log(y / (x + k));
  let sum = 0, indexSum = 0, momentSum = 0;
  // Walk down from the peak to k = 0, then up from the peak until the terms vanish.
  let term = 1;
  for (let k = peak; k >= 0; k--) {
    sum += term;
    indexSum += k * term;
    if (term < TAIL * sum && k < peak) break;
    term *= (x + k) / y;
  }
  term = 1;
  for (let k = peak + 1; ; k++) {
    term *= y / (x + k);
    sum += term;
    indexSum += k * term;
    if (term < TAIL * sum) break;
  }
  momentSum = waitMomentSum(x, y, peak, logPeak);
  return { logSum: logPeak + Math.log(sum), meanIndex: indexSum / sum, waitMoment: momentSum / sum };
}

/**
 * sum_k t_k f_k relative to t_peak. f_k needs the harmonic-like sum H_k = sum_{i=1}^{k+1} 1/(x+i) from k = 0 up,
 * so this walks upwards from 0, scaling each term by t_peak (terms before the peak are below 1 in that scale).
 */
function waitMomentSum(x: number, y: number, peak: number, logPeak: number): number {
  let logTerm = -logPeak; // ln(t_0 / t_peak)
  let harmonic = 0;
  let total = 0;
  for (let k = 0; ; k++) {
    if (k > 0) logTerm += Math.log(y / (x + k));
    harmonic += 1 / (x + k + 1);
    const contribution = Math.exp(logTerm) * (harmonic / (x + k + 1));
    total += contribution;
    if (k > peak && contribution < TAIL * total) break;
    if (k > peak && Math.exp(logTerm) < TAIL) break;
  }
  return total;
}
