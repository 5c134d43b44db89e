import { erlangB } from "./erlangB.js";
import { erlangASums } from "./internal/gmrSeries.js";
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
  const mu = 1 / ahtSec;
  if (lambda === 0) return idle(n, load);
  if (n === 0) return unstaffed(load, theta, t);
  const a = (n * mu) / theta;
  const b = lambda / theta;
  const blocking = erlangB(n, load);
  const x = Math.exp(-theta * t);
  const main = erlangASums(a, b, b * x);
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
  const slWaited = 1 - x * pOfferedWaitOver;
  const abandonedWithin = slWaited - slAnswered;
  const answeredWaitTotal = pWait === 0 ? 0 : ((pWait * a) / theta) * main.waitMoment;
  return {
    model: "erlang-a",
    agents: n,
    offeredErlangs: load,
    utilisation: load / n,
    pWait,
    pAbandon,
    pAbandonGivenWait,
    serviceLevel: {
      "answered-within-threshold": slAnswered,
      "waited-within-threshold": slWaited,
      "excluding-short-abandons": slAnswered / (1 - abandonedWithin),
    },
    asaAnsweredSec: answeredWaitTotal / (1 - pAbandon),
    meanWaitAllSec: pAbandon * patienceSec,
    occupancy: (lambda * (1 - pAbandon) * ahtSec) / n,
  };
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
