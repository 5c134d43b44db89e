import { distributionMean, type RandomStreams } from "@ccsim/engine";
import { AgentCredit } from "./AgentCredit.js";
import { CHAT_SKILL, VOICE_SKILL, type AgentPool } from "./AgentPool.js";
import type { ChannelParams } from "./CentreParams.js";
import type { CentreTally } from "./CentreTally.js";
import type { DayHooks } from "./DayHooks.js";
import type { DayPlan } from "./DayPlan.js";
import type { IntervalLog } from "./IntervalLog.js";
import { CarriedBacklog } from "./internal/CarriedBacklog.js";
import { ChannelServers } from "./internal/ChannelServers.js";
import { IntervalOutcomes } from "./internal/IntervalOutcomes.js";
import { handleFactor, inHandSec, residualFactor, sessionAht } from "./internal/sessionWork.js";
import { ShortBreaks } from "./internal/ShortBreaks.js";
import type { SimCalendar } from "./SimCalendar.js";

/** Random stream of the interval fidelity's outcome counts. */
export const INTERVAL_STREAMS = {
  outcomes: "interval.outcomes",
  fractionalServers: "interval.fractional-servers",
  agentBusy: "interval.agent-busy",
} as const;

/**
 * Interval fidelity: each interval is a stationary M/M/n+M queue evaluated exactly (Erlang A, pointwise
 * stationary) on the agents actually logged in and their mean handle-time multiplier, with sampling noise
 * (`IntervalOutcomes`); each day's results are then shared out to the agents who worked it (`AgentCredit`).
 * Multi-skilled agents count for voice unless in the chat mode, a state carried from interval to interval, and
 * for chat when in it or idle (`ChannelServers`); chat is solved in sessions, `concurrency` per agent. Where
 * agents come and go within the day, a stationary evaluation misses the work carried across the change (the
 * transient of Jiménez and Koole 2004): an agent going off finishes the contact in hand first, past its planned
 * time, and an agent coming on (shift start, back from a break) is idle, where a stationary agent would be busy
 * finishing earlier contacts. Both are added as expected values: each agent coming on in an interval adds the work
 * a stationary agent would still have in hand as capacity at the interval's start, with the queue the last
 * interval left (`CarriedBacklog`); each agent going off adds the time it needs to finish (at the previous
 * interval's occupancy) as logged-in time, as the contact fidelity counts it; once only where a short break ends
 * before the contact does (`ShortBreaks`).
 */
export class IntervalFidelity {
  private readonly outcomes: IntervalOutcomes; // Erlang A and outcome counts of one channel-interval
  /** The agents counted among each channel's servers this interval (aliases of `servers`' arrays). */
  private readonly servers: ChannelServers;
  private readonly agentsOn: Float64Array; // agents per channel this interval
  private readonly splitOn: Float64Array; // the same without voice's idle multi-skilled agents counted by chat
  private readonly rateSum: Float64Array; // the sum of their service rates (1 / multiplier), to share work by
  /** This interval's handled contacts per unit of service rate, and occupancy (busy share of its agents), per channel. */
  private readonly perRate: Float64Array;
  private readonly occupancyOn: Float64Array;
  /** Agents coming on and going off in this interval, per channel (see `DayPlan.joins`). */
  private readonly joinsOn: Float64Array;
  private readonly leavesOn: Float64Array;
  /** Last interval's occupancy per channel (agents busy / agents on), for the contacts in hand of leavers. */
  private readonly lastOccupancy: Float64Array;
  private readonly lastAht: Float64Array; // last evaluated session handle time per channel
  /** Mean handle-time multiplier of today's agents per channel (the arithmetic mean; see `simulateChannel`). */
  private readonly meanSlowness: Float64Array;
  /** Today's logged-in seconds as planned, and added by leavers finishing their contacts. */
  private plannedSec = 0;
  private readonly aroundTheClock: boolean;
  /** Per channel, the mean residual of a contact in progress per unit of handle time (see `residualFactor`). */
  private residual: number[];
  /** Shares each day's results out to the agents who worked it. */
  private readonly credit: AgentCredit;
  private meanHandleSec: number[];
  /** Skill bit of each channel (voice or chat), rather than its name compared in every interval. */
  private readonly skill: Int32Array;
  private overrunSec = 0;
  /** The start of each interval as the last one left it (see `CarriedBacklog`); breaks shorter than an interval. */
  private readonly backlog: CarriedBacklog;
  private readonly shortBreaks: ShortBreaks;
  /** Share of the multi-skilled agents counted among each channel's servers this interval. */
  private readonly flexWeight: Float64Array;
  /** Interval records over a few days, when asked for (set by simulateCentre). */
  log: IntervalLog | undefined = undefined;

  constructor(
    private readonly calendar: SimCalendar,
    private channels: readonly ChannelParams[],
    private readonly rates: readonly Float64Array[],
    private readonly plan: DayPlan,
    private readonly pool: AgentPool,
    private readonly tally: CentreTally,
    streams: RandomStreams,
    private readonly hooks: DayHooks,
    creditBusy = true /* each agent's busy time is needed (by the people layer's burnout) */,
  ) {
    this.outcomes = new IntervalOutcomes(
      streams.stream(INTERVAL_STREAMS.outcomes),
      streams.stream(INTERVAL_STREAMS.fractionalServers),
    );
    this.perRate = new Float64Array(channels.length);
    this.occupancyOn = new Float64Array(channels.length);
    this.lastOccupancy = new Float64Array(channels.length);
    this.lastAht = new Float64Array(channels.length);
    this.meanSlowness = new Float64Array(channels.length);
    this.residual = channels.map(residualFactor);
    this.meanHandleSec = channels.map((ch) => distributionMean(ch.handleTimeSec));
    this.credit = new AgentCredit(calendar, plan, pool, streams.stream(INTERVAL_STREAMS.agentBusy), creditBusy);
    this.credit.setChannels(channels, this.residual);
    this.skill = Int32Array.from(channels, (ch) => (ch.name === "voice" ? VOICE_SKILL : CHAT_SKILL));
    this.aroundTheClock = calendar.intervalsPerDay * calendar.intervalSec >= 86_400;
    this.backlog = new CarriedBacklog(channels.length);
    this.shortBreaks = new ShortBreaks(calendar);
    this.servers = new ChannelServers(calendar, channels, rates, plan, this.shortBreaks);
    ({ agents: this.agentsOn, holding: this.splitOn, rateSum: this.rateSum, weight: this.flexWeight } = this.servers);
    ({ joins: this.joinsOn, leaves: this.leavesOn } = this.servers);
  }

  /** Channel parameters from now on (a dated intervention); same channels, in the same order. */
  setChannels(channels: readonly ChannelParams[]): void {
    this.channels = channels;
    this.residual = channels.map(residualFactor);
    this.meanHandleSec = channels.map((ch) => distributionMean(ch.handleTimeSec));
    this.servers.setChannels(channels);
    this.credit.setChannels(channels, this.residual);
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
      this.shortBreaks.plan(this.plan);
      this.log?.recordPlan(day, this.plan, this.pool);
      this.plannedSec = 0;
      this.overrunSec = 0;
      this.lastOccupancy.fill(0);
      if (!this.aroundTheClock) {
        this.backlog.reset();
        this.servers.resetDay();
      }
      this.dayMeanSlowness();
      this.tally.addPlan(day, this.plan.scheduled, this.plan.required, this.calendar.intervalSec);
      for (let i = 0; i < this.calendar.intervalsPerDay; i++) this.simulateInterval(day, i);
      this.closeDay(day);
      this.credit.creditDay(this.plannedSec, this.overrunSec);
    }
    this.closeMonth(month);
  }

  private simulateInterval(day: number, interval: number): void {
    const perDay = this.calendar.intervalsPerDay;
    const sec = this.calendar.intervalSec;
    this.plannedSec += this.plan.loggedIn[interval]! * sec;
    this.servers.count(day, interval, this.lastAht, !this.aroundTheClock, this.backlog);
    for (let c = 0; c < this.channels.length; c++) {
      const rate = this.rates[c]![day * perDay + interval]!;
      const ch = this.channels[c]!,
        inHand = inHandSec(ch, Math.min(1, this.lastOccupancy[c]!), this.lastAht[c]!, this.residual[c]!);
      const overlap = this.shortBreaks.overlap(
        this.skill[c]!,
        interval,
        this.flexWeight[c]!,
        inHand,
        ch,
        this.lastAht[c]!,
      );
      this.overrunSec += this.leavesOn[c]! * inHand - overlap;
      this.occupancyOn[c] = 0;
      if (rate <= 0) this.backlog.clear(c);
      const handled = rate > 0 ? this.simulateChannel(c, rate, day, interval, overlap) : 0;
      this.perRate[c] = this.rateSum[c]! > 0 ? handled / this.rateSum[c]! : 0;
      this.lastOccupancy[c] = this.occupancyOn[c]!;
    }
    this.credit.recordInterval(interval, this.flexWeight, this.perRate, this.occupancyOn);
  }

  /** The arithmetic mean handle-time multiplier of the agents present today for each channel. */
  private dayMeanSlowness(): void {
    const sum = this.plan.presentSlowness,
      count = this.plan.presentInGroup,
      both = VOICE_SKILL | CHAT_SKILL;
    for (let c = 0; c < this.channels.length; c++) {
      const g = this.skill[c]!;
      this.meanSlowness[c] = count[g]! + count[both]! > 0 ? (sum[g]! + sum[both]!) / (count[g]! + count[both]!) : 1;
    }
  }

  /** Draws one channel's outcomes for the interval into the tally; returns the contacts answered. */
  private simulateChannel(c: number, rate: number, day: number, interval: number, overlap: number): number {
    const ch = this.channels[c]!;
    const agents = this.agentsOn[c]!;
    const factor = handleFactor(ch, interval);
    // Contacts go to the longest-idle agent: when all are busy, a pool completes work at the sum of its agents'
    // rates, so the multiplier of handled contacts is the harmonic mean (faster agents free up sooner and take
    // more); when agents are mostly idle, each takes its turn, and it is the arithmetic mean. Weighted by the
    // offered busy share between the two.
    const harmonic = agents > 0 ? agents / this.rateSum[c]! : 1,
      arithmetic = this.meanSlowness[c]!;
    // (The weight ignores the slower chat sessions opened beside others: a weight needs no such precision.)
    const load =
      agents > 0 ? Math.min(1, (rate * this.meanHandleSec[c]! * factor * harmonic) / (ch.concurrency * agents)) : 1;
    const effectiveMultiplier = harmonic + (1 - load) * (arithmetic - harmonic);
    // A chat session's handle time depends on the sessions open beside it: on the agents holding chats, not on
    // the idle multi-skilled agents chat also counts.
    const aht = sessionAht(ch, effectiveMultiplier * factor, rate, this.splitOn[c]!);
    this.lastAht[c] = aht;
    const sec = this.calendar.intervalSec;
    // Agents coming on idle: the work a stationary agent would have in hand is capacity here.
    const busyShare = agents > 0 ? Math.min(1, (rate * aht) / (ch.concurrency * agents)) : 0;
    // (Less what agents back from a short break still have in hand: they never went off.)
    const fresh = Math.max(0, this.joinsOn[c]! * inHandSec(ch, busyShare, aht, this.residual[c]!) - overlap) / sec;
    const m = this.backlog.evaluate(c, ch, rate, aht, sec, agents, fresh, this.outcomes);
    const answered = this.outcomes.draw(this.tally, day, day * this.channels.length + c, m, rate * sec, aht, ch);
    // Not capped at 1: agents coming on idle and going off late do work beyond the interval's planned time, and
    // each agent's day is capped at its logged-in time instead (see `AgentCredit`).
    if (agents > 0) this.occupancyOn[c] = (answered * aht) / ch.concurrency / (agents * sec);
    this.log?.addInterval(day, interval, c, this.outcomes.last, (answered * aht) / ch.concurrency);
    return answered;
  }

  /**
   * Adds the day's logged-in time: as planned, plus what agents going off need to finish their contacts (at
   * closing, from the last interval's occupancy), so occupancy is busy time over logged-in time in both
   * fidelities.
   */
  private closeDay(day: number): void {
    const perDay = this.calendar.intervalsPerDay,
      row = perDay + 1,
      both = VOICE_SKILL | CHAT_SKILL;
    const n = this.aroundTheClock ? 0 : this.channels.length;
    for (let c = 0; c < n; c++) {
      // Everyone still on goes off at closing; flexible agents as the last interval split them.
      const leaving =
        this.plan.leaves[this.skill[c]! * row + perDay]! + this.plan.leaves[both * row + perDay]! * this.flexWeight[c]!;
      this.overrunSec +=
        leaving *
        inHandSec(this.channels[c]!, Math.min(1, this.lastOccupancy[c]!), this.lastAht[c]!, this.residual[c]!);
    }
    this.tally.loggedInAgentSec[day]! += this.plannedSec + this.overrunSec;
  }

  private closeMonth(month: number): void {
    this.tally.closeMonth(month, this.pool.contactsThisMonth, this.pool.loggedInSecThisMonth, this.pool.count);
    this.hooks.closeMonth?.(month);
    this.pool.resetMonth();
  }
}
