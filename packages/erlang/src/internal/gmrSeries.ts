/**
 * The series of Garnett, Mandelbaum and Reiman (2002) behind the Erlang A formulas:
 *   A(x, y) = sum_{k >= 0} t_k,  t_0 = 1,  t_k = t_{k-1} y / (x + k),
 * with the extra sums the abandonment and waiting-time formulas need. Terms are positive, so there is no
 * cancellation; they are summed relative to the largest term (at k = ceil(y - x) under overload, else k = 0),
 * walking down to 0 and up until they vanish, so nothing overflows even when A is e^500.
 */
export interface GmrSums {
  /** ln A(x, y). */
  readonly logSum: number;
  /** sum k t_k / sum t_k. */
  readonly meanIndex: number;
  /**
   * sum t_k f_k / sum t_k with f_k = H_k / (x + k + 1), H_k = sum_{i=1}^{k+1} 1 / (x + i); used for the ASA of
   * answered contacts. NaN unless asked for.
   */
  readonly waitMoment: number;
}

/** Relative size below which the remaining (geometrically falling) terms are dropped. */
const TAIL = 1e-18;

export function gmrSums(x: number, y: number, withWaitMoment = false): GmrSums {
  if (y === 0) return { logSum: 0, meanIndex: 0, waitMoment: 1 / ((x + 1) * (x + 1)) };
  const peak = Math.max(0, Math.ceil(y - x));
  let logPeak = 0;
  let harmonicAtPeak = 0;
  for (let k = 1; k <= peak; k++) logPeak += Math.log(y / (x + k));
  if (withWaitMoment) for (let i = 1; i <= peak + 1; i++) harmonicAtPeak += 1 / (x + i);
  let sum = 0,
    indexSum = 0,
    momentSum = 0;
  // Down from the peak to 0: terms fall going down (t_k / t_{k-1} = y / (x + k) > 1 below the peak).
  let term = 1;
  let harmonic = harmonicAtPeak;
  for (let k = peak; k >= 0; k--) {
    sum += term;
    indexSum += k * term;
    if (withWaitMoment) {
      momentSum += (term * harmonic) / (x + k + 1);
      harmonic -= 1 / (x + k + 1);
    }
    if (term < TAIL * sum && k < peak) break;
    term *= (x + k) / y;
  }
  // Up from the peak until the terms vanish.
  term = 1;
  harmonic = harmonicAtPeak;
  for (let k = peak + 1; ; k++) {
    term *= y / (x + k);
    sum += term;
    indexSum += k * term;
    if (withWaitMoment) {
      harmonic += 1 / (x + k + 1);
      momentSum += (term * harmonic) / (x + k + 1);
    }
    if (term < TAIL * sum) break;
  }
  return {
    logSum: logPeak + Math.log(sum),
    meanIndex: indexSum / sum,
    waitMoment: withWaitMoment ? momentSum / sum : Number.NaN,
  };
}

/** The sums behind one Erlang A evaluation: A(x, y) with its mean index and wait moment, A(x, z) and A(x + 1, z). */
export interface ErlangASums {
  /** As in `GmrSums`, of A(x, y). */
  logSum: number;
  meanIndex: number;
  waitMoment: number;
  /** ln A(x, z). */
  logSumAtZ: number;
  /** ln A(x + 1, z). */
  logSumNextAtZ: number;
}

/**
 * `gmrSums(x, y, true)`, `gmrSums(x, z)` and `gmrSums(x + 1, z)` for z <= y, into `out` (returned); A(x, z) from
 * A(x + 1, z) (`logSumBelow`).
 *
 * NOTE: without overload (y <= x) both series left peak at their first term and share the reciprocals 1 / (x + k),
 * so they are summed in one pass with one division per term: the same sums to rounding, at a fraction of the cost
 * (Erlang A is the inner call of both the staffing solver and the interval fidelity). Written into an object the
 * caller keeps, not a new one per call, for the same reason.
 */
export function erlangASums(x: number, y: number, z: number, out: ErlangASums): ErlangASums {
  if (y > x || y === 0) {
    const main = gmrSums(x, y, true);
    out.logSum = main.logSum;
    out.meanIndex = main.meanIndex;
    out.waitMoment = main.waitMoment;
    out.logSumNextAtZ = gmrSums(x + 1, z).logSum;
    out.logSumAtZ = logSumBelow(x, z, out.logSumNextAtZ);
    return out;
  }
  let r = 1 / (x + 1);
  let termY = 1,
    sumY = 1,
    indexSum = 0,
    harmonic = r,
    momentSum = r * r;
  let termNext = 1,
    sumNext = 1;
  for (let k = 1; ; k++) {
    // Here r = 1 / (x + k); the series at x + 1 takes its k-th ratio from 1 / (x + k + 1).
    const rNext = 1 / (x + k + 1);
    termY *= y * r;
    sumY += termY;
    indexSum += k * termY;
    harmonic += rNext;
    momentSum += termY * harmonic * rNext;
    termNext *= z * rNext;
    sumNext += termNext;
    r = rNext;
    if (termY < TAIL * sumY && termNext < TAIL * sumNext) break;
  }
  out.logSum = Math.log(sumY);
  out.meanIndex = indexSum / sumY;
  out.waitMoment = momentSum / sumY;
  out.logSumAtZ = Math.log(1 + (z * sumNext) / (x + 1));
  out.logSumNextAtZ = Math.log(sumNext);
  return out;
}

/**
 * ln A(x, z) from ln A(x + 1, z): A(x, z) = 1 + z A(x + 1, z) / (x + 1), as the terms of A(x, z) past the first are
 * z / (x + 1) times those of A(x + 1, z). A sum of positive terms, so no precision is lost, and one series fewer
 * to sum.
 */
function logSumBelow(x: number, z: number, logSumNext: number): number {
  const log = logSumNext + Math.log(z / (x + 1));
  return log > 0 ? log + Math.log1p(Math.exp(-log)) : Math.log1p(Math.exp(log));
}
