import { erlangB } from "./erlangB.js";
import { validateQueueInput, type QueueInput, type QueueResult } from "./QueueInput.js";

/**
 * Erlang C (M/M/n, callers never hang up). With an offered load of at least as many Erlangs as agents the queue
 * has no steady state: the result says `stable: false` and carries no numbers.
 *   C = E_B / (1 - rho (1 - E_B)),  SL(t) = 1 - C exp(-(n - A) t / AHT),  ASA = C AHT / (n - A).
 */
export function erlangC(input: Omit<QueueInput, "patienceSec">): QueueResult {
  validateQueueInput(input);
  const { agents: n, ahtSec, thresholdSec } = input;
  const load = (input.callsPerHour / 3600) * ahtSec;
  if (load >= n) {
    return {
      stable: false,
      model: "erlang-c",
      agents: n,
      offeredErlangs: load,
      reason: `offered load ${load.toFixed(2)} Erlangs >= ${n} agents: the queue grows without bound`,
    };
  }
  const rho = load / n;
  const blocking = erlangB(n, load);
  const pWait = blocking / (1 - rho * (1 - blocking));
  const sl = 1 - pWait * Math.exp((-(n - load) * thresholdSec) / ahtSec);
  const asa = (pWait * ahtSec) / (n - load);
  return {
    stable: true,
    model: "erlang-c",
    agents: n,
    offeredErlangs: load,
    utilisation: rho,
    pWait,
    pAbandon: 0,
    pAbandonGivenWait: 0,
    serviceLevel: { "answered-within-threshold": sl, "waited-within-threshold": sl, "excluding-short-abandons": sl },
    asaAnsweredSec: asa,
    meanWaitAllSec: asa,
    occupancy: rho,
  };
}
