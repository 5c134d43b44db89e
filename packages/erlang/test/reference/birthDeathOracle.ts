/**
 * An independent oracle for the Erlang C and Erlang A reference values, sharing no formula with `src/`.
 *
 * `src/` evaluates closed forms (Erlang B recursion, the Garnett-Mandelbaum-Reiman series in logs). This file
 * instead builds the M/M/n+M birth-death chain state by state and follows one tagged arrival through the queue:
 *   - the stationary distribution pi_k is built from the balance equations pi_k lambda = pi_{k+1} d_{k+1}, in logs,
 *     truncated where the tail falls below e^-50 of the mode (far beyond 1e-15 relative);
 *   - by PASTA an arrival sees pi; one that finds j others waiting moves one place ahead at rate n mu + i theta
 *     while i are ahead (a service ends or one of them gives up) and gives up itself at rate theta;
 *   - "answered / abandoned / mean wait" come from first-step recursions over the number ahead;
 *   - "answered within t" and "still waiting at t" come from uniformisation of that absorbing chain, started from
 *     the arrival-stationary queue, with Poisson weights summed until their tail is below 1e-17.
 * Erlang C is the same chain with theta = 0 (only for load < agents). Tests check that this oracle reproduces the
 * committed reference table to 1e-9 and that `src/` matches the table to 1e-6.
 */
export interface OracleInput {
  readonly callsPerHour: number;
  readonly ahtSec: number;
  readonly agents: number;
  readonly thresholdSec: number;
  /** Mean patience; omit for Erlang C (nobody abandons). */
  readonly patienceSec?: number;
}

export interface OracleMetrics {
  readonly p_wait: number;
  readonly p_aband: number;
  readonly sl_ans: number;
  readonly sl_wait: number;
  readonly sl_excl: number;
  readonly asa_ans: number;
  readonly ew_all: number;
  readonly occ: number;
  readonly p_ab_given_wait: number;
  /** Mean wait of those who wait (meaningful for Erlang C). */
  readonly asa_if_wait: number;
}

const LOG_TAIL = 50;
const POISSON_TAIL = 1e-17;

/** Stationary probabilities of the states n, n+1, ... (j waiting), and P(fewer than n busy). */
function waitingDistribution(
  lambda: number,
  mu: number,
  theta: number,
  n: number,
): { pNoWait: number; waiting: number[] } {
  const logPi: number[] = [0];
  let max = 0;
  for (let k = 0; ; k++) {
    const death = Math.min(k + 1, n) * mu + Math.max(k + 1 - n, 0) * theta;
    const next = (logPi[k] ?? 0) + Math.log(lambda) - Math.log(death);
    logPi.push(next);
    max = Math.max(max, next);
    if (k + 1 > n && next < max - LOG_TAIL && death > lambda) break;
    if (k > 10_000_000) throw new Error("oracle: the chain does not settle (unstable queue?)");
  }
  const total = logPi.reduce((s, l) => s + Math.exp(l - max), 0);
  const pi = logPi.map((l) => Math.exp(l - max) / total);
  return { pNoWait: pi.slice(0, n).reduce((s, p) => s + p, 0), waiting: pi.slice(n) };
}

/** Poisson(mean) probabilities from 0 until the remaining tail is negligible, built in logs. */
function poissonWeights(mean: number): number[] {
  const weights: number[] = [];
  let logP = -mean;
  let cumulative = 0;
  for (let k = 0; cumulative < 1 - POISSON_TAIL && k < 100_000; k++) {
    if (k > 0) logP += Math.log(mean) - Math.log(k);
    const p = Math.exp(logP);
    weights.push(p);
    cumulative += p;
    if (k > mean && p < POISSON_TAIL * 1e-3) break;
  }
  return weights;
}

/** The oracle's figures for one queue; throws for Erlang C at load >= agents (no steady state). */
export function birthDeathOracle(input: OracleInput): OracleMetrics {
  const lambda = input.callsPerHour / 3600;
  const mu = 1 / input.ahtSec;
  const theta = input.patienceSec === undefined ? 0 : 1 / input.patienceSec;
  const n = input.agents;
  const t = input.thresholdSec;
  if (theta === 0 && lambda >= n * mu) throw new Error("oracle: Erlang C has no steady state at load >= agents");
  const { pNoWait, waiting } = waitingDistribution(lambda, mu, theta, n);
  const J = waiting.length;

  // First-step recursions over i = number ahead: P(answered), E[wait; answered], E[wait].
  let answered = 0;
  let waitAnswered = 0;
  let waitAll = 0;
  let pWait = 0;
  let prevServed = 1;
  let prevWaitServed = 0;
  let prevWait = 0;
  for (let i = 0; i < J; i++) {
    const advance = n * mu + i * theta;
    const out = advance + theta;
    const served = (advance / out) * prevServed;
    const waitServed = (advance / out) * (prevServed / out + prevWaitServed);
    const wait = 1 / out + (advance / out) * prevWait;
    const w = waiting[i] ?? 0;
    pWait += w;
    answered += w * served;
    waitAnswered += w * waitServed;
    waitAll += w * wait;
    prevServed = served;
    prevWaitServed = waitServed;
    prevWait = wait;
  }
  const pAbandon = pWait - answered;
  answered += pNoWait;

  // Uniformisation of the tagged arrival's chain over [0, t]: v[i] = P(still waiting with i ahead).
  const rate = n * mu + J * theta + theta;
  const weights = poissonWeights(rate * t);
  let v = waiting.slice();
  let servedBy = 0;
  let servedWithin = 0;
  for (let step = 0; step < weights.length; step++) {
    const weight = weights[step] ?? 0;
    servedWithin += weight * servedBy;
    const next = new Array<number>(J).fill(0);
    for (let i = 0; i < J; i++) {
      const mass = v[i] ?? 0;
      if (mass === 0) continue;
      const advance = n * mu + i * theta;
      next[i] = (next[i] ?? 0) + mass * (1 - (advance + theta) / rate);
      if (i === 0) servedBy += (mass * advance) / rate;
      else next[i - 1] = (next[i - 1] ?? 0) + (mass * advance) / rate;
    }
    v = next;
  }
  const tail = 1 - weights.reduce((s, w) => s + w, 0);
  servedWithin += tail * servedBy;
  // P(still waiting at t) = P(no advance to service yet) x P(patience > t), evaluated on the same uniformised path.
  const stillWaiting = stillWaitingAt(waiting, n * mu, theta, t);

  const slAnswered = pNoWait + servedWithin;
  const slWaited = 1 - stillWaiting;
  const abandonedWithin = slWaited - slAnswered;
  return {
    p_wait: pWait,
    p_aband: pAbandon,
    sl_ans: slAnswered,
    sl_wait: slWaited,
    sl_excl: slAnswered / (1 - abandonedWithin),
    asa_ans: waitAnswered / answered,
    ew_all: waitAll,
    occ: (lambda * (1 - pAbandon)) / (n * mu),
    p_ab_given_wait: pWait === 0 ? 0 : pAbandon / pWait,
    asa_if_wait: pWait === 0 ? 0 : waitAnswered / pWait,
  };
}

/**
 * P(an arrival is still in the queue at t): the arrival has not reached an agent (a pure-death chain over the
 * places ahead, uniformised) and has not given up (e^-theta t, independent of the rest).
 */
function stillWaitingAt(waiting: readonly number[], serviceRate: number, theta: number, t: number): number {
  const J = waiting.length;
  const rate = serviceRate + J * theta;
  const weights = poissonWeights(rate * t);
  let v = waiting.slice();
  let inQueue = 0;
  for (const weight of weights) {
    inQueue += weight * v.reduce((s, p) => s + p, 0);
    const next = new Array<number>(J).fill(0);
    for (let i = 0; i < J; i++) {
      const mass = v[i] ?? 0;
      if (mass === 0) continue;
      // Without the arrival's own patience the places ahead shrink at serviceRate + i theta.
      const advance = serviceRate + i * theta;
      next[i] = (next[i] ?? 0) + mass * (1 - advance / rate);
      if (i > 0) next[i - 1] = (next[i - 1] ?? 0) + (mass * advance) / rate;
    }
    v = next;
  }
  return inQueue * Math.exp(-theta * t);
}
