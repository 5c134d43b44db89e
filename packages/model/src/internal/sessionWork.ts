import { distributionMean, distributionVariance } from "@ccsim/engine";
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
