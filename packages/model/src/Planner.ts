import { distributionMean } from "@ccsim/engine";
import { solveStaffing } from "@ccsim/erlang";
import type { ChannelParams } from "./CentreParams.js";

/**
 * The WFM planner inside the model: agents needed on the phones in one interval for one channel, from exact
 * Erlang A (exponential patience with the channel's mean) against the service-level target and the abandonment
 * and occupancy caps. A chat agent serves up to `concurrency` sessions, so chat is solved in sessions, each
 * assumed to run at full concurrency, and converted back to agents.
 *
 * NOTE: requirements are memoised per forecast rate (to 0.1 contacts per hour): rates repeat across the days of a
 * month, and the exact solver is the costliest call of the interval fidelity.
 */
export class Planner {
  private readonly cache = new Map<number, number>();
  private readonly sessionAhtSec: number;
  private readonly patienceMeanSec: number;

  constructor(private readonly channel: ChannelParams, plannedHandleTimeMultiplier = 1) {
    const k = channel.concurrency;
    this.sessionAhtSec = distributionMean(channel.handleTimeSec) * plannedHandleTimeMultiplier * (1 + channel.concurrencyHandleTimeFactor * (k - 1));
    this.patienceMeanSec = distributionMean(channel.patienceSec);
  }

  /** Agents (not sessions) needed on the phones for a forecast arrival rate in contacts per second. */
  requiredAgents(ratePerSec: number): number {
    const callsPerHour = Math.round(ratePerSec * 36_000) / 10;
    if (callsPerHour <= 0) return 0;
    const cached = this.cache.get(callsPerHour);
    if (cached !== undefined) return cached;
    const c = this.channel;
    const sessions = solveStaffing({
      callsPerHour,
      ahtSec: this.sessionAhtSec,
      thresholdSec: c.thresholdSec,
      targetServiceLevel: c.targetServiceLevel,
      serviceLevelDefinition: c.serviceLevelDefinition,
      patienceSec: this.patienceMeanSec,
      ...(c.maxAbandon === undefined ? {} : { maxAbandon: c.maxAbandon }),
      ...(c.maxOccupancy === undefined ? {} : { maxOccupancy: c.maxOccupancy }),
    }).agents;
    const agents = Math.ceil(sessions / c.concurrency);
    this.cache.set(callsPerHour, agents);
    return agents;
  }
}
