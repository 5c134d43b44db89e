import { distributionMean } from "@ccsim/engine";
import { solveStaffing } from "@ccsim/erlang";
import type { ChannelParams } from "./CentreParams.js";

/**
 * The WFM planner inside the model: agents needed on the phones in one interval for one channel, from exact
 * Erlang A (exponential patience with the channel's mean) against the service-level target and the abandonment
 * and occupancy caps. A chat agent serves up to `concurrency` sessions, so chat is solved in sessions, each
 * assumed to run at full concurrency, and converted back to agents.
 *
 * NOTE: forecast rates are binned in steps of 0.5% (on a log scale) and requirements memoised per bin: with daily
 * forecast error no two days' rates repeat exactly, the exact solver is the costliest call of the interval
 * fidelity, and a rate 0.25% off changes the requirement by at most one agent.
 */
export class Planner {
  private readonly cache = new Map<number, number>();
  private static readonly BIN_LOG_STEP = Math.log(1.005);
  private readonly sessionAhtSec: number;
  private readonly patienceMeanSec: number;

  /** The planner staffs for a proficient agent's handle time (ramp-up and effort show up as results, not plans). */
  constructor(private readonly channel: ChannelParams) {
    const k = channel.concurrency;
    this.sessionAhtSec = distributionMean(channel.handleTimeSec) * (1 + channel.concurrencyHandleTimeFactor * (k - 1));
    this.patienceMeanSec = distributionMean(channel.patienceSec);
  }

  /** The forecast the planner staffs for: `callsPerHour` rounded to the nearest 0.5% bin (on a log scale). */
  static binnedCallsPerHour(callsPerHour: number): number {
    return Math.exp(Math.round(Math.log(callsPerHour) / Planner.BIN_LOG_STEP) * Planner.BIN_LOG_STEP);
  }

  /** Agents (not sessions) needed on the phones for a forecast arrival rate in contacts per second. */
  requiredAgents(ratePerSec: number): number {
    if (!(ratePerSec > 0)) return 0;
    const bin = Math.round(Math.log(ratePerSec * 3600) / Planner.BIN_LOG_STEP);
    const cached = this.cache.get(bin);
    if (cached !== undefined) return cached;
    const callsPerHour = Planner.binnedCallsPerHour(ratePerSec * 3600);
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
    this.cache.set(bin, agents);
    return agents;
  }
}
