import { distributionMean } from "@ccsim/engine";
import { solveStaffing } from "@ccsim/erlang";
import type { ChannelParams } from "./CentreParams.js";

/**
 * The WFM planner inside the model: agents needed on the phones in one interval for one channel, from exact
 * Erlang A (exponential patience with the channel's mean) against the service-level target and the abandonment
 * and occupancy caps, at the interval's handle time (the channel's mean times its factor by time of day, if any).
 * A chat agent serves up to `concurrency` sessions, so chat is solved in sessions, each assumed to run at full
 * concurrency, and converted back to agents.
 *
 * NOTE: forecast rates are binned in steps of 0.5% (on a log scale) and requirements memoised per bin and per
 * handle time (one curve per distinct factor, so intervals with different handle times never share an entry):
 * with daily forecast error no two days' rates repeat exactly, the exact solver is the costliest call of the
 * interval fidelity, and a rate 0.25% off changes the requirement by at most one agent. The curves are kept for
 * the whole process, keyed by every input of the solve (`curveKey`), so the planners of later replications,
 * variants and the hiring target reuse them: a requirement is a pure function of its key, so sharing changes no
 * result (the solver's starting guess never changes its answer).
 */
export class Planner {
  /** One requirement curve per distinct handle-time factor times planned multiplier, keyed by the product. */
  private readonly curves = new Map<number, RequirementCurve>();
  private readonly factors: readonly number[] | undefined;
  /**
   * The curves of each interval of the day at `byIntervalMultiplier`, the last multiplier asked for.
   * NOTE: the callers look up every interval at one multiplier (a day plan, a month's hiring target), so an array
   * answers where the map would be searched by the interval's factor for every forecast (about 1% of an MTS
   * replication, measured).
   */
  private byInterval: (RequirementCurve | undefined)[] = [];
  private byIntervalMultiplier = Number.NaN;
  private static readonly BIN_LOG_STEP = Math.log(1.005);

  /**
   * The planner staffs for a proficient agent's handle time times the multiplier it is given (`requiredAgents`):
   * 1 plans for proficient agents, the observed multiplier (PlannedHandleTime) for the workforce as it performs.
   */
  constructor(private readonly channel: ChannelParams) {
    this.factors = channel.handleTimeFactorByInterval;
  }

  /** The forecast the planner staffs for: `callsPerHour` rounded to the nearest 0.5% bin (on a log scale). */
  static binnedCallsPerHour(callsPerHour: number): number {
    return Planner.binRate(Math.round(Math.log(callsPerHour) / Planner.BIN_LOG_STEP));
  }

  static binRate(bin: number): number {
    return Math.exp(bin * Planner.BIN_LOG_STEP);
  }

  /** The mean session handle time the planner staffs for in interval `interval` of the day (seconds). */
  static plannedAhtSec(channel: ChannelParams, interval?: number): number {
    const k = channel.concurrency;
    const base = distributionMean(channel.handleTimeSec) * (1 + channel.concurrencyHandleTimeFactor * (k - 1));
    const factor = interval === undefined ? undefined : channel.handleTimeFactorByInterval?.[interval];
    return factor === undefined ? base : base * factor;
  }

  /**
   * Agents (not sessions) needed on the phones for a forecast arrival rate in contacts per second, in interval
   * `interval` of the day, which sets the handle time; without one, at the channel's mean handle time (factor 1);
   * the handle time is multiplied by `multiplier` (quantised by the caller, so the curves stay few).
   */
  requiredAgents(ratePerSec: number, interval?: number, multiplier = 1): number {
    if (!(ratePerSec > 0)) return 0;
    return this.curveAt(interval, multiplier).agents(Planner.binOf(ratePerSec));
  }

  /** The rate bin of a forecast rate in contacts per second (> 0). */
  private static binOf(ratePerSec: number): number {
    return Math.round(Math.log(ratePerSec * 3600) / Planner.BIN_LOG_STEP);
  }

  /** The requirement curve of interval `interval` at `multiplier`: agents by rate bin (binOf). */
  private curveAt(interval: number | undefined, multiplier: number): RequirementCurve {
    if (interval !== undefined) {
      if (multiplier !== this.byIntervalMultiplier) {
        this.byInterval = [];
        this.byIntervalMultiplier = multiplier;
      }
      return (this.byInterval[interval] ??= this.curveOfFactor(interval, multiplier));
    }
    return this.curveOfFactor(interval, multiplier);
  }

  private curveOfFactor(interval: number | undefined, multiplier: number): RequirementCurve {
    const factor = (interval === undefined ? 1 : (this.factors?.[interval] ?? 1)) * multiplier;
    let curve = this.curves.get(factor);
    if (curve === undefined) {
      const aht = Planner.plannedAhtSec(this.channel, interval);
      // Multiplier 1 leaves the handle time untouched (no rounding): the proficient plan is exactly as before.
      curve = sharedCurve(this.channel, multiplier === 1 ? aht : aht * multiplier);
      this.curves.set(factor, curve);
    }
    return curve;
  }
}

/**
 * Curves kept for the process, oldest first; past `MAX_CURVES` the oldest goes (a study varying handle time). The
 * planned multiplier moves in 0.5% steps over a run, each step a curve per handle-time factor of the day, hence room
 * for a few thousand.
 */
const curves = new Map<string, RequirementCurve>();
const MAX_CURVES = 4096;

/** Everything a requirement depends on besides the rate bin: two channels with the same key share a curve. */
function curveKey(c: ChannelParams, sessionAhtSec: number): string {
  return [
    sessionAhtSec,
    distributionMean(c.patienceSec),
    c.thresholdSec,
    c.targetServiceLevel,
    c.serviceLevelDefinition,
    c.maxAbandon ?? "-",
    c.maxOccupancy ?? "-",
    c.concurrency,
  ].join("|");
}

function sharedCurve(channel: ChannelParams, sessionAhtSec: number): RequirementCurve {
  const key = curveKey(channel, sessionAhtSec);
  let curve = curves.get(key);
  if (curve === undefined) {
    curve = new RequirementCurve(channel, sessionAhtSec);
    const oldest = curves.keys().next();
    if (curves.size >= MAX_CURVES && oldest.done !== true) curves.delete(oldest.value);
    curves.set(key, curve);
  }
  return curve;
}

/**
 * Requirements at one session handle time, memoised per rate bin. Each solve starts from a guess interpolated
 * between the nearest bins already solved (the requirement is monotone in the rate, so the answer lies between
 * theirs), which costs a few exact evaluations instead of dozens.
 */
class RequirementCurve {
  /**
   * Agents required per rate bin, plus 1 (0: not solved yet), for bins from `low` on.
   * NOTE: a dense array rather than a Map: the lookup is on every unplanned day's 56 intervals and every hiring
   * target, and a Map's get of a number key cost about 1% of a replication (measured, MTS).
   */
  private known = new Int32Array(0);
  private low = 0;
  /** Bins or answers the dense array does not take (far out of its window, or not a whole number it can hold). */
  private readonly outliers = new Map<number, number>();
  /** Bins solved so far, ascending, with their sessions required (for the solver's starting guess). */
  private readonly solvedBins: number[] = [];
  private readonly solvedSessions: number[] = [];
  private readonly patienceMeanSec: number;

  constructor(
    private readonly channel: ChannelParams,
    private readonly sessionAhtSec: number,
  ) {
    this.patienceMeanSec = distributionMean(channel.patienceSec);
  }

  agents(bin: number): number {
    const slot = bin - this.low;
    if (slot >= 0 && slot < this.known.length) {
      const known = this.known[slot]!;
      if (known !== 0) return known - 1;
    }
    const outlier = this.outliers.get(bin);
    if (outlier !== undefined) return outlier;
    const c = this.channel;
    const at = this.insertionPoint(bin);
    const sessions = solveStaffing({
      callsPerHour: Planner.binRate(bin),
      ahtSec: this.sessionAhtSec,
      thresholdSec: c.thresholdSec,
      targetServiceLevel: c.targetServiceLevel,
      serviceLevelDefinition: c.serviceLevelDefinition,
      patienceSec: this.patienceMeanSec,
      ...(c.maxAbandon === undefined ? {} : { maxAbandon: c.maxAbandon }),
      ...(c.maxOccupancy === undefined ? {} : { maxOccupancy: c.maxOccupancy }),
      ...(this.solvedBins.length === 0 ? {} : { hintAgents: this.guess(bin, at) }),
    }).agents;
    this.solvedBins.splice(at, 0, bin);
    this.solvedSessions.splice(at, 0, sessions);
    const agents = Math.ceil(sessions / c.concurrency);
    this.remember(bin, agents);
    return agents;
  }

  /** Records the agents of `bin`, growing the dense window to take it in (unless it would be huge: then unkept). */
  private remember(bin: number, agents: number): void {
    if (!(Number.isInteger(agents) && agents >= 0 && agents < 0x7fffffff) || Object.is(agents, -0)) {
      this.outliers.set(bin, agents);
      return;
    }
    if (this.known.length === 0) this.low = bin - 256;
    let at = bin - this.low;
    if (at < 0 || at >= this.known.length) {
      const low = Math.min(this.low, bin - 256),
        high = Math.max(this.low + this.known.length, bin + 257);
      // Bins are 0.5% steps of the rate: 2^16 of them span 140 orders of magnitude, so no real forecast is turned away.
      if (high - low > 1 << 16) {
        this.outliers.set(bin, agents);
        return;
      }
      const grown = new Int32Array(high - low);
      grown.set(this.known, this.low - low);
      this.known = grown;
      this.low = low;
      at = bin - low;
    }
    this.known[at] = agents + 1;
  }

  /** Index of the first solved bin above `bin` (binary search). */
  private insertionPoint(bin: number): number {
    let low = 0,
      high = this.solvedBins.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.solvedBins[mid]! < bin) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * Sessions for `bin` interpolated linearly in the rate between the solved bins around it, or scaled in
   * proportion to the rate from the nearest one when it lies outside them.
   */
  private guess(bin: number, at: number): number {
    const rate = Planner.binRate(bin);
    const below = at - 1,
      above = at;
    if (below < 0 || above >= this.solvedBins.length) {
      const nearest = below < 0 ? above : below;
      return (this.solvedSessions[nearest]! * rate) / Planner.binRate(this.solvedBins[nearest]!);
    }
    const rateBelow = Planner.binRate(this.solvedBins[below]!),
      rateAbove = Planner.binRate(this.solvedBins[above]!);
    const sessionsBelow = this.solvedSessions[below]!;
    return (
      sessionsBelow + ((this.solvedSessions[above]! - sessionsBelow) * (rate - rateBelow)) / (rateAbove - rateBelow)
    );
  }
}
