import { distributionMean, makePoissonSampler, type RandomStreams } from "@ccsim/engine";
import { erlangA, type QueueMetrics } from "@ccsim/erlang";
import { CHAT_SKILL, VOICE_SKILL, type AgentPool } from "./AgentPool.js";
import type { ChannelParams } from "./CentreParams.js";
import type { CentreTally } from "./CentreTally.js";
import type { DayHooks } from "./ContactFidelity.js";
import type { DayPlan } from "./DayPlan.js";
import type { SimCalendar } from "./SimCalendar.js";

/** Random stream of the interval fidelity's outcome counts. */
export const INTERVAL_STREAMS = { outcomes: "interval.outcomes" } as const;

/**
 * Interval fidelity: each interval is a stationary M/M/n+M queue evaluated exactly (Erlang A, pointwise
 * stationary) on the agents actually logged in and their mean handle-time multiplier, with sampling noise.
 * Outcomes of a Poisson number of contacts, each landing independently in one outcome class, are independent
 * Poisson counts (Poisson splitting), so each class is drawn as its own Poisson variate.
 *
 * Multi-skilled agents are split between channels in proportion to offered load (within what the single-skill
 * groups already cover); chat is solved in sessions, `concurrency` per agent, each at full-concurrency handle time.
 * Carry-over of queues across interval boundaries is ignored: the known limit of pointwise stationary models
 * under temporary overload (Jiménez and Koole 2004).
 */
export class IntervalFidelity {
  private readonly poisson: (mean: number) => number;
  // Per-interval working sums, indexed by channel.
  private readonly agentsOn: Float64Array;
  /** Sum of service rates (1 / multiplier) on each channel, for sharing handled contacts among agents. */
  private readonly rateSum: Float64Array;
  /** This interval's handled contacts per unit of service rate, per channel. */
  private readonly perRate: Float64Array;
  /** Today's handled contacts per unit of service rate, per skill group (bits) and interval. */
  private readonly perRateToday: Float64Array;
  /** Running sums of `perRateToday` per skill group: `[g * (intervalsPerDay + 1) + i]` sums intervals before i. */
  private readonly perRateBefore: Float64Array;
  /** This interval's occupancy (busy share of the agents on it), per channel. */
  private readonly occupancyOn: Float64Array;
  /** Today's occupancy of an agent of each skill group (bits) per interval, and its running sums (as above). */
  private readonly occupancyToday: Float64Array;
  private readonly occupancyBefore: Float64Array;

  constructor(
    private readonly calendar: SimCalendar,
    private channels: readonly ChannelParams[],
    private readonly rates: readonly Float64Array[],
    private readonly plan: DayPlan,
    private readonly pool: AgentPool,
    private readonly tally: CentreTally,
    streams: RandomStreams,
    private readonly hooks: DayHooks,
  ) {
    this.poisson = makePoissonSampler(streams.stream(INTERVAL_STREAMS.outcomes));
    this.agentsOn = new Float64Array(channels.length);
    this.rateSum = new Float64Array(channels.length);
    this.perRate = new Float64Array(channels.length);
    this.perRateToday = new Float64Array(4 * calendar.intervalsPerDay);
    this.perRateBefore = new Float64Array(4 * (calendar.intervalsPerDay + 1));
    this.occupancyOn = new Float64Array(channels.length);
    this.occupancyToday = new Float64Array(4 * calendar.intervalsPerDay);
    this.occupancyBefore = new Float64Array(4 * (calendar.intervalsPerDay + 1));
  }

  /** Channel parameters from now on (a dated intervention); same channels, in the same order. */
  setChannels(channels: readonly ChannelParams[]): void {
    this.channels = channels;
  }

  run(): void {
    let month = 0;
    for (let day = 0; day < this.calendar.days; day++) {
      const dayMonth = this.calendar.monthOfDay[day]!;
      if (dayMonth !== month) {
        this.closeMonth(month);
        month = dayMonth;
      }
      this.hooks.beforeDay(day);
      this.plan.plan(day, this.pool);
      for (let i = 0; i < this.calendar.intervalsPerDay; i++) this.simulateInterval(day, i);
      this.creditAgents();
    }
    this.closeMonth(month);
  }

  private simulateInterval(day: number, interval: number): void {
    const perDay = this.calendar.intervalsPerDay;
    const sec = this.calendar.intervalSec;
    this.tally.scheduledAgentSec[day]! += this.plan.scheduled[interval]! * sec;
    this.tally.loggedInAgentSec[day]! += this.plan.loggedIn[interval]! * sec;
    const share = this.splitAgents(interval, day);
    for (let c = 0; c < this.channels.length; c++) {
      this.tally.requiredAgentSec[day]! += this.plan.required[c * perDay + interval]! * sec;
      const rate = this.rates[c]![day * perDay + interval]!;
      this.occupancyOn[c] = 0;
      const handled = rate > 0 ? this.simulateChannel(c, rate, day) : 0;
      this.perRate[c] = this.rateSum[c]! > 0 ? handled / this.rateSum[c]! : 0;
    }
    // Contacts per unit of service rate for each skill group: an agent of rate r in group g is credited r times
    // this (its channels' handled contacts shared in proportion to rate, a flexible agent split by `share`).
    const voice = this.channelOf(VOICE_SKILL), chat = this.channelOf(CHAT_SKILL);
    const onVoice = voice < 0 ? 0 : this.perRate[voice]!, onChat = chat < 0 ? 0 : this.perRate[chat]!;
    this.perRateToday[VOICE_SKILL * perDay + interval] = onVoice;
    this.perRateToday[CHAT_SKILL * perDay + interval] = onChat;
    const voiceShare = voice === 0 ? share : 1 - share;
    this.perRateToday[(VOICE_SKILL | CHAT_SKILL) * perDay + interval] = voiceShare * onVoice + (1 - voiceShare) * onChat;
    // Every agent on a channel is busy its occupancy of the interval (the Erlang model's agents are alike in this);
    // a flexible agent splits its time as the channels' agents were split. This drives each agent's burnout.
    const busyVoice = voice < 0 ? 0 : this.occupancyOn[voice]!, busyChat = chat < 0 ? 0 : this.occupancyOn[chat]!;
    this.occupancyToday[VOICE_SKILL * perDay + interval] = busyVoice;
    this.occupancyToday[CHAT_SKILL * perDay + interval] = busyChat;
    this.occupancyToday[(VOICE_SKILL | CHAT_SKILL) * perDay + interval] = voiceShare * busyVoice + (1 - voiceShare) * busyChat;
  }

  /** Index of the channel served with this skill, or -1. */
  private channelOf(skill: number): number {
    for (let c = 0; c < this.channels.length; c++) if (this.skillOf(c) === skill) return c;
    return -1;
  }

  /**
   * Agents logged in per channel and their total service rate, from the day plan's per-skill-group sums; returns
   * the share of the multi-skilled agents given to the first channel (in whole agents).
   */
  private splitAgents(interval: number, day: number): number {
    const perDay = this.calendar.intervalsPerDay;
    const groupAgents = this.plan.groupAgents;
    const groupRate = this.plan.groupRate;
    const both = VOICE_SKILL | CHAT_SKILL;
    const s0 = this.skillOf(0);
    const single0 = groupAgents[s0 * perDay + interval]!, rate0 = groupRate[s0 * perDay + interval]!;
    const flexible = groupAgents[both * perDay + interval]!, rateBoth = groupRate[both * perDay + interval]!;
    if (this.channels.length === 1) {
      this.agentsOn[0] = single0 + flexible;
      this.rateSum[0] = rate0 + rateBoth;
      return 1;
    }
    const s1 = this.skillOf(1);
    const single1 = groupAgents[s1 * perDay + interval]!, rate1 = groupRate[s1 * perDay + interval]!;
    let share = 1;
    if (flexible > 0) {
      // Give the flexible agents, as whole agents, so that agents per unit of offered load are as equal as the
      // single-skill groups allow.
      const load0 = this.offeredLoad(0, day, interval), load1 = this.offeredLoad(1, day, interval);
      const total = single0 + single1 + flexible;
      const want0 = load0 + load1 > 0 ? (total * load0) / (load0 + load1) : total / 2;
      share = Math.min(flexible, Math.max(0, Math.round(want0 - single0))) / flexible;
    }
    this.agentsOn[0] = single0 + flexible * share;
    this.rateSum[0] = rate0 + rateBoth * share;
    this.agentsOn[1] = single1 + flexible * (1 - share);
    this.rateSum[1] = rate1 + rateBoth * (1 - share);
    return share;
  }

  private skillOf(channel: number): number {
    return this.channels[channel]!.name === "voice" ? VOICE_SKILL : CHAT_SKILL;
  }

  /** Offered load in agents (Erlangs divided by concurrency) at proficient handle time. */
  private offeredLoad(c: number, day: number, interval: number): number {
    const ch = this.channels[c]!;
    return (this.rates[c]![day * this.calendar.intervalsPerDay + interval]! * sessionAht(ch, 1)) / ch.concurrency;
  }

  /** Draws one channel's outcomes for the interval into the tally; returns the contacts answered. */
  private simulateChannel(c: number, rate: number, day: number): number {
    const ch = this.channels[c]!;
    const agents = this.agentsOn[c]!;
    // The pool completes work at the sum of its agents' rates, so its effective multiplier is the harmonic mean
    // (faster agents free up sooner and take more contacts), not the arithmetic mean.
    const effectiveMultiplier = agents > 0 ? agents / this.rateSum[c]! : 1;
    const aht = sessionAht(ch, effectiveMultiplier);
    const m = this.erlang(c, rate, aht, Math.round(agents * ch.concurrency * 1e9) / 1e9);
    const expected = rate * this.calendar.intervalSec;
    const abandonedWithinShare = m.serviceLevel["waited-within-threshold"] - m.serviceLevel["answered-within-threshold"];
    const answeredWithin = this.poisson(expected * Math.max(0, m.serviceLevel["answered-within-threshold"]));
    const answeredLate = this.poisson(expected * Math.max(0, 1 - m.pAbandon - m.serviceLevel["answered-within-threshold"]));
    const abandonedWithin = this.poisson(expected * Math.max(0, abandonedWithinShare));
    const abandonedLate = this.poisson(expected * Math.max(0, m.pAbandon - abandonedWithinShare));
    const answered = answeredWithin + answeredLate;
    const abandoned = abandonedWithin + abandonedLate;
    const t = this.tally;
    const k = day * this.channels.length + c;
    t.offered[k]! += answered + abandoned;
    t.answered[k]! += answered;
    t.abandoned[k]! += abandoned;
    t.answeredWithinThreshold[k]! += answeredWithin;
    t.abandonedWithinThreshold[k]! += abandonedWithin;
    t.waitAnsweredSec[k]! += answered * m.asaAnsweredSec;
    // Mean wait of an abandoning contact, from E[W] over all = P(ans) ASA + P(ab) E[W | ab].
    const abandonWait = m.pAbandon > 0 ? (m.meanWaitAllSec - (1 - m.pAbandon) * m.asaAnsweredSec) / m.pAbandon : 0;
    t.waitAllSec[k]! += answered * m.asaAnsweredSec + abandoned * abandonWait;
    t.handleSec[k]! += answered * aht;
    t.busyAgentSec[day]! += (answered * aht) / ch.concurrency;
    if (agents > 0) this.occupancyOn[c] = Math.min(1, (answered * aht) / ch.concurrency / (agents * this.calendar.intervalSec));
    return answered;
  }

  /**
   * Credits each agent who worked today with its share of its channels' handled contacts, in proportion to its
   * service rate (faster agents complete more), and with its logged-in and busy time.
   * NOTE: from running sums over each shift block less its breaks, rather than a pass over the agent's day.
   */
  private creditAgents(): void {
    const perDay = this.calendar.intervalsPerDay;
    const before = this.perRateBefore, perRate = this.perRateToday;
    const busyBefore = this.occupancyBefore, busyShare = this.occupancyToday;
    for (let g = 0; g < 4; g++) {
      for (let i = 0; i < perDay; i++) {
        before[g * (perDay + 1) + i + 1] = before[g * (perDay + 1) + i]! + perRate[g * perDay + i]!;
        busyBefore[g * (perDay + 1) + i + 1] = busyBefore[g * (perDay + 1) + i]! + busyShare[g * perDay + i]!;
      }
    }
    // NOTE: arrays in locals, so that the loop does not reload them from their objects at every step.
    const { skills, contactsThisMonth, loggedInSecThisMonth, busySecThisMonth } = this.pool;
    const { present, presentRate, blockStart, blockLength, blockBreaks, blockBreaksFrom, breakAt } = this.plan;
    const sec = this.calendar.intervalSec;
    for (let p = 0; p < this.plan.presentCount; p++) {
      const a = present[p]!;
      const group = skills[a]!;
      let contacts = 0, intervals = 0, busy = 0;
      for (let b = 2 * p; b < 2 * p + 2; b++) {
        const start = blockStart[b]!, length = blockLength[b]!, from = blockBreaksFrom[b]!, to = from + blockBreaks[b]!;
        if (length === 0) continue;
        intervals += length - blockBreaks[b]!;
        contacts += before[group * (perDay + 1) + start + length]! - before[group * (perDay + 1) + start]!;
        busy += busyBefore[group * (perDay + 1) + start + length]! - busyBefore[group * (perDay + 1) + start]!;
        for (let k = from; k < to; k++) {
          contacts -= perRate[group * perDay + breakAt[k]!]!;
          busy -= busyShare[group * perDay + breakAt[k]!]!;
        }
      }
      // Rounding of the differences may leave -1e-16 where nothing was handled.
      contactsThisMonth[a]! += Math.max(0, contacts) * presentRate[p]!;
      loggedInSecThisMonth[a]! += intervals * sec;
      busySecThisMonth[a]! += Math.max(0, busy) * sec;
    }
  }

  /**
   * Exact Erlang A for channel c. Inputs are quantised (rate to 0.1 contacts per hour, handle time to 1 s, i.e.
   * ~0.2% of a typical AHT), far below the interval's Poisson noise.
   * NOTE: results are not memoised: with absences and the mix of agents present varying daily, fewer than one
   * interval in ten repeats an earlier one, and a year of retained results made every minor GC copy them.
   */
  private erlang(c: number, rate: number, ahtSec: number, servers: number): QueueMetrics {
    const ch = this.channels[c]!;
    // The closed form needs exponential patience: other patience forms are approximated by their mean.
    return erlangA({ callsPerHour: Math.round(rate * 36_000) / 10, ahtSec: Math.round(ahtSec), agents: Math.floor(servers), thresholdSec: ch.thresholdSec, patienceSec: distributionMean(ch.patienceSec) });
  }

  private closeMonth(month: number): void {
    this.tally.closeMonth(month, this.pool.contactsThisMonth, this.pool.loggedInSecThisMonth, this.pool.count);
    this.hooks.closeMonth?.(month);
    this.pool.resetMonth();
  }
}

/** Mean session handle time for a given mean speed multiplier, at full concurrency. */
function sessionAht(ch: ChannelParams, speed: number): number {
  return distributionMean(ch.handleTimeSec) * speed * (1 + ch.concurrencyHandleTimeFactor * (ch.concurrency - 1));
}
