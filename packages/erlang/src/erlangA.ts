import { erlangB } from "./erlangB.js";
import { erlangASums, type ErlangASums } from "./internal/gmrSeries.js";
import { validateQueueInput, type QueueInput, type QueueMetrics } from "./QueueInput.js";

/**
 * Erlang A (M/M/n+M, Palm; Garnett, Mandelbaum and Reiman 2002): exponential patience with mean `patienceSec`.
 * Always stable. With a = n mu / theta, b = lambda / theta and the GMR series A(x, y) (see gmrSeries.ts):
 *   P(W>0)   = A(a,b) E_B / (1 + (A(a,b) - 1) E_B)
 *   P(Ab|W>0) = sum k t_k / (b sum t_k)                       (cancellation-free form)
 *   P(V>t)   = P(W>0) exp(-n mu t + b(1-x)) A(a, bx) / A(a, b),  x = exp(-theta t)   (offered wait V)
 *   P(answered, V>t) = P(W>0) a/(a+1) exp(-(n mu + theta) t + b(1-x)) A(a+1, bx) / A(a, b)
 *   E[V 1{V <= patience}] = pi_n sum_j t_j a / (theta (a+j+1)) sum_{i=1..j+1} 1/(a+i),  pi_n = P(W>0) / A(a,b)
 * Everything is evaluated in logs, so it stays finite for thousands of agents and heavy overload.
 */
export function erlangA(input: QueueInput & { readonly patienceSec: number }): QueueMetrics {
  validateQueueInput(input);
  const { agents: n, ahtSec, thresholdSec: t, patienceSec } = input;
  const lambda = input.callsPerHour / 3600;
  const load = lambda * ahtSec;
  const theta = 1 / patienceSec;
  if (lambda === 0) return idle(n, load);
  if (n === 0) return unstaffed(load, theta, t);
  const o = erlangAInto(scratch, n, input.callsPerHour, ahtSec, t, patienceSec);
  const abandonedWithin = o.slWaited - o.slAnswered;
  return {
    model: "erlang-a",
    agents: n,
    offeredErlangs: load,
    utilisation: load / n,
    pWait: o.pWait,
    pAbandon: o.pAbandon,
    pAbandonGivenWait: o.pAbandonGivenWait,
    serviceLevel: {
      "answered-within-threshold": o.slAnswered,
      "waited-within-threshold": o.slWaited,
      "excluding-short-abandons": o.slAnswered / (1 - abandonedWithin),
    },
    asaAnsweredSec: o.asaAnsweredSec,
    meanWaitAllSec: o.meanWaitAllSec,
    occupancy: (lambda * (1 - o.pAbandon) * ahtSec) / n,
  };
}

/** The outcomes of one Erlang A evaluation that `erlangAInto` writes (see `QueueMetrics` for their meaning). */
export interface ErlangAOutcomes {
  pWait: number;
  pAbandon: number;
  pAbandonGivenWait: number;
  /** Service level answered within the threshold, and waited within it (`ServiceLevelDefinition`). */
  slAnswered: number;
  slWaited: number;
  asaAnsweredSec: number;
  meanWaitAllSec: number;
}

/** Creates an `ErlangAOutcomes` to pass to `erlangAInto` again and again. */
export function erlangAOutcomes(): ErlangAOutcomes {
  return {
    pWait: 0,
    pAbandon: 0,
    pAbandonGivenWait: 0,
    slAnswered: 0,
    slWaited: 0,
    asaAnsweredSec: 0,
    meanWaitAllSec: 0,
  };
}

const scratch = erlangAOutcomes();
const sums: ErlangASums = { logSum: 0, meanIndex: 0, waitMoment: 0, logSumAtZ: 0, logSumNextAtZ: 0 };

/**
 * `erlangA`'s outcomes for inputs that `validateQueueInput` accepts (`agents` a whole number, `patienceSec` > 0),
 * written into `out`, which is returned; the inputs are not checked.
 * NOTE: for a caller that evaluates tens of thousands of queues a run (the interval fidelity): no input or result
 * objects and no validation per call; the same arithmetic as `erlangA`, so the same values.
 */
export function erlangAInto(
  out: ErlangAOutcomes,
  agents: number,
  callsPerHour: number,
  ahtSec: number,
  thresholdSec: number,
  patienceSec: number,
): ErlangAOutcomes {
  const n = agents,
    t = thresholdSec;
  const lambda = callsPerHour / 3600;
  const load = lambda * ahtSec;
  const theta = 1 / patienceSec;
  const mu = 1 / ahtSec;
  if (lambda === 0 || n === 0) {
    // No arrivals: nobody waits. No agents: every contact waits until it abandons, after an exponential patience.
    const none = lambda === 0 ? 0 : 1;
    out.pWait = out.pAbandon = out.pAbandonGivenWait = none;
    out.slAnswered = 1 - none;
    out.slWaited = lambda === 0 ? 1 : 1 - Math.exp(-theta * t);
    out.asaAnsweredSec = 0;
    out.meanWaitAllSec = lambda === 0 ? 0 : 1 / theta;
    return out;
  }
  const a = (n * mu) / theta;
  const b = lambda / theta;
  const blocking = erlangB(n, load);
  const x = Math.exp(-theta * t);
  const main = erlangASums(a, b, b * x, sums);
  // P(W>0) = 1 / (1 + (1 - E_B) / (A E_B)), in logs so that A = e^500 is harmless.
  const pWait = blocking === 0 ? 0 : 1 / (1 + Math.exp(Math.log1p(-blocking) - main.logSum - Math.log(blocking)));
  const pAbandonGivenWait = main.meanIndex / b;
  const pAbandon = pAbandonGivenWait * pWait;
  const pOfferedWaitOver = pWait === 0 ? 0 : pWait * Math.exp(-n * mu * t + b * (1 - x) + main.logSumAtZ - main.logSum);
  const pAnsweredLate =
    pWait === 0
      ? 0
      : pWait * (a / (a + 1)) * Math.exp(-(n * mu + theta) * t + b * (1 - x) + main.logSumNextAtZ - main.logSum);
  // NOTE: under heavy overload the subtraction cancels to about -1e-13: clamp rounding, not model, below zero.
  const slAnswered = Math.max(0, 1 - pAbandon - pAnsweredLate);
  const answeredWaitTotal = pWait === 0 ? 0 : ((pWait * a) / theta) * main.waitMoment;
  out.pWait = pWait;
  out.pAbandon = pAbandon;
  out.pAbandonGivenWait = pAbandonGivenWait;
  out.slAnswered = slAnswered;
  out.slWaited = 1 - x * pOfferedWaitOver;
  out.asaAnsweredSec = answeredWaitTotal / (1 - pAbandon);
  out.meanWaitAllSec = pAbandon * patienceSec;
  return out;
}

/** No arrivals: nobody waits, every (absent) contact would be answered at once. */
function idle(n: number, load: number): QueueMetrics {
  return {
    model: "erlang-a",
    agents: n,
    offeredErlangs: load,
    utilisation: 0,
    pWait: 0,
    pAbandon: 0,
    pAbandonGivenWait: 0,
    serviceLevel: { "answered-within-threshold": 1, "waited-within-threshold": 1, "excluding-short-abandons": 1 },
    asaAnsweredSec: 0,
    meanWaitAllSec: 0,
    occupancy: 0,
  };
}

/** No agents: every contact waits until it abandons, after an exponential patience. */
function unstaffed(load: number, theta: number, t: number): QueueMetrics {
  const waitedWithin = 1 - Math.exp(-theta * t);
  return {
    model: "erlang-a",
    agents: 0,
    offeredErlangs: load,
    utilisation: Infinity,
    pWait: 1,
    pAbandon: 1,
    pAbandonGivenWait: 1,
    serviceLevel: {
      "answered-within-threshold": 0,
      "waited-within-threshold": waitedWithin,
      "excluding-short-abandons": 0,
    },
    asaAnsweredSec: 0,
    meanWaitAllSec: 1 / theta,
    occupancy: 0,
  };
}
