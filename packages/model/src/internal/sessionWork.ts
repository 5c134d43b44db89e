import { distributionMean, distributionVariance, type Distribution } from "@ccsim/engine";
import type { ChannelParams } from "../CentreParams.js";

// The interval fidelity's closed forms for the work of one contact or session: handle time at partial
// concurrency, and the work an agent has in hand (see IntervalFidelity).

/** One channel-interval's Erlang A results the interval fidelity uses. */
export interface IntervalMetrics {
  slAnswered: number;
  slWaited: number;
  pAbandon: number;
  asaSec: number;
  waitAllSec: number;
}

/**
 * The channel's handle-time factor in interval `interval` of the day (1 without a profile): it scales every contact
 * of the interval as a slower pool of agents would, so it multiplies the speed multiplier below.
 */
export function handleFactor(ch: ChannelParams, interval: number): number {
  return ch.handleTimeFactorByInterval?.[interval] ?? 1;
}

/**
 * Mean session handle time for a mean speed multiplier. A chat session opened beside others takes longer (by
 * `concurrencyHandleTimeFactor` per other session open); the share of sessions opened beside another is taken as
 * the busy share of the session slots, from the offered load (`rate` per second on `agents` agents).
 */
export function sessionAht(ch: ChannelParams, speed: number, rate: number, agents: number): number {
  const base = distributionMean(ch.handleTimeSec) * speed;
  if (ch.concurrency === 1) return base;
  const extra = ch.concurrencyHandleTimeFactor * (ch.concurrency - 1);
  if (!(agents > 0)) return base * (1 + extra);
  // Two fixed-point steps of busy share -> handle time: the factor is small, so this has converged.
  let busy = Math.min(1, (rate * base) / (ch.concurrency * agents));
  busy = Math.min(1, (rate * base * (1 + extra * busy)) / (ch.concurrency * agents));
  return base * (1 + extra * busy);
}

/** Mean residual of a contact in progress per unit of handle time: E[S^2] / 2E[S]^2 = (1 + cv^2) / 2. */
export function residualFactor(ch: ChannelParams): number {
  const mean = distributionMean(ch.handleTimeSec);
  return (1 + distributionVariance(ch.handleTimeSec) / (mean * mean)) / 2;
}

/**
 * Expected time an agent of channel `ch` has left on the contacts in hand when going off, at busy share `busy`
 * (contacts' handle time `ahtSec`): the mean residual of a contact in progress, E[S^2] / 2E[S] (length-biased),
 * for each session open; with k sessions open, the last to end takes the k-th harmonic number times as long
 * (exact for exponential residuals, taken as an approximation for others). Sessions open: binomial.
 */
export function inHandSec(ch: ChannelParams, busy: number, ahtSec: number, residualFactor: number): number {
  if (!(busy > 0)) return 0;
  const residual = ahtSec * residualFactor;
  const n = ch.concurrency;
  if (n === 1) return busy * residual;
  let total = 0,
    harmonic = 0,
    choose = 1;
  for (let k = 1; k <= n; k++) {
    harmonic += 1 / k;
    choose = (choose * (n - k + 1)) / k;
    total += choose * busy ** k * (1 - busy) ** (n - k) * harmonic;
  }
  return total * residual;
}

/**
 * How long the start of an interval differs from its steady state, per unit of mean handle time: agents coming on
 * idle fill up, and a queue carried over drains, as the contacts in hand finish, so the difference decays like
 * the survival function of the residual handle time R. A block of the same area and mean time lasts
 * E[R^2] / E[R] = 2 E[S^3] / (3 E[S] E[S^2]) handle times (2 for exponential handle times, 1.79 for lognormal
 * ones of cv 0.8, 2/3 for constant ones).
 */
export function transientFactor(d: Distribution): number {
  const m = distributionMean(d);
  const cv2 = distributionVariance(d) / (m * m);
  switch (d.kind) {
    case "exponential":
      return 2;
    case "gamma":
    case "erlang": {
      // E[S^3] / (m E[S^2]) = (1 + 2 cv^2) for a gamma (shape 1 / cv^2).
      return (2 * (1 + 2 * cv2)) / 3;
    }
    case "empirical": {
      const w = d.weights ?? d.values.map(() => 1);
      let s2 = 0,
        s3 = 0;
      d.values.forEach((v, k) => {
        s2 += (w[k] ?? 0) * v * v;
        s3 += (w[k] ?? 0) * v * v * v;
      });
      return s2 > 0 ? (2 * s3) / (3 * m * s2) : 2 / 3;
    }
    default:
      // Lognormal: E[S^k] = m^k (1 + cv^2)^(k (k - 1) / 2), so E[S^3] / (m E[S^2]) = (1 + cv^2)^2; constant: 1.
      return (2 * (1 + cv2) ** 2) / 3;
  }
}
