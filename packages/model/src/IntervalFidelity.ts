import { distributionMean, makePoissonSampler, type RandomStream, type RandomStreams } from "@ccsim/engine";
import { erlangA } from "@ccsim/erlang";
import { CHAT_SKILL, VOICE_SKILL, type AgentPool } from "./AgentPool.js";
import type { ChannelParams } from "./CentreParams.js";
import type { CentreTally } from "./CentreTally.js";
import type { DayHooks } from "./ContactFidelity.js";
import type { DayPlan } from "./DayPlan.js";
import type { IntervalLog } from "./IntervalLog.js";
import { inHandSec, residualFactor, sessionAht, type IntervalMetrics } from "./internal/sessionWork.js";
import type { SimCalendar } from "./SimCalendar.js";

/** Random stream of the interval fidelity's outcome counts. */
export const INTERVAL_STREAMS = {
  outcomes: "interval.outcomes",
  fractionalServers: "interval.fractional-servers",
  agentBusy: "interval.agent-busy",
} as const;

const SQRT6 = Math.sqrt(6);

/**
 * Interval fidelity: each interval is a stationary M/M/n+M queue evaluated exactly (Erlang A, pointwise
 * stationary) on the agents actually logged in and their mean handle-time multiplier, with sampling noise.
 * Outcomes of a Poisson number of contacts, each landing independently in one outcome class, are independent
 * Poisson counts (Poisson splitting), so each class is drawn as its own Poisson variate.
 *
 * Multi-skilled agents are split between channels in proportion to offered load (within what the single-skill
 * groups already cover); chat is solved in sessions, `concurrency` per agent.
 *
 * Where agents come and go within the day, a stationary evaluation misses the work carried across the change
 * (the transient of Jiménez and Koole 2004): an agent going off finishes the contact in hand first, past its
 * planned time, and an agent coming on (shift start, back from a break) is idle, where a stationary agent would be
 * busy finishing earlier contacts. Both are added as expected values: each agent coming on in an interval adds
 * the work a stationary agent would still have in hand (busy share x mean residual handle time) as capacity there,
 * and each agent going off adds the time it needs to finish (the same, at the previous interval's occupancy) as
 * logged-in time, as the contact fidelity counts it.
 */
export class IntervalFidelity {
  private readonly poisson: (mean: number) => number;
  private readonly roundingDraw: RandomStream;
  private readonly busyNoise: RandomStream;
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
  /** Agents coming on and going off in this interval, per channel (see `DayPlan.joins`). */
  private readonly joinsOn: Float64Array;
  private readonly leavesOn: Float64Array;
  /** Last interval's occupancy per channel (agents busy / agents on), for the contacts in hand of leavers. */
  private readonly lastOccupancy: Float64Array;
  /** Last evaluated session handle time per channel. */
  private readonly lastAht: Float64Array;
  /** Mean handle-time multiplier of today's agents per channel (the arithmetic mean; see `simulateChannel`). */
  private readonly meanSlowness: Float64Array;
  /** Today's logged-in seconds as planned, and added by leavers finishing their contacts. */
  private plannedSec = 0;
  private readonly aroundTheClock: boolean;
  /** Per channel, the mean residual of a contact in progress per unit of handle time (see `residualFactor`). */
  private residual: number[];
  /** cv_S^2 + cv_I^2 of an agent's contact-and-wait cycle, per skill group (see \`creditAgents\`). */
  private readonly cycleCv2 = new Float64Array(4);
  private meanHandleSec: number[];
  private readonly noJoins: Float64Array;
  private overrunSec = 0;
  /** Interval records over a few days, when asked for (set by simulateCentre). */
  log: IntervalLog | undefined = undefined;
  /** This channel-interval's Erlang A results, interpolated between whole numbers of servers. */
  private readonly m = { slAnswered: 0, slWaited: 0, pAbandon: 0, asaSec: 0, waitAllSec: 0 };

  constructor(
    private readonly calendar: SimCalendar,
    private channels: readonly ChannelParams[],
    private readonly rates: readonly Float64Array[],
    private readonly plan: DayPlan,
    private readonly pool: AgentPool,
    private readonly tally: CentreTally,
    streams: RandomStreams,
    private readonly hooks: DayHooks,
    /** Whether each agent's busy time is needed (by the people layer's burnout); without it, it is not worked out. */
    private readonly creditBusy = true,
  ) {
    this.poisson = makePoissonSampler(streams.stream(INTERVAL_STREAMS.outcomes));
    this.roundingDraw = streams.stream(INTERVAL_STREAMS.fractionalServers);
    this.busyNoise = streams.stream(INTERVAL_STREAMS.agentBusy);
    this.agentsOn = new Float64Array(channels.length);
    this.rateSum = new Float64Array(channels.length);

    this.perRate = new Float64Array(channels.length);
    this.perRateToday = new Float64Array(4 * calendar.intervalsPerDay);
    this.perRateBefore = new Float64Array(4 * (calendar.intervalsPerDay + 1));
    this.occupancyOn = new Float64Array(channels.length);
    this.occupancyToday = new Float64Array(4 * calendar.intervalsPerDay);
    this.occupancyBefore = new Float64Array(4 * (calendar.intervalsPerDay + 1));
    this.joinsOn = new Float64Array(channels.length);
    this.leavesOn = new Float64Array(channels.length);
    this.lastOccupancy = new Float64Array(channels.length);
    this.lastAht = new Float64Array(channels.length);
    this.meanSlowness = new Float64Array(channels.length);
    this.residual = channels.map(residualFactor);
    this.meanHandleSec = channels.map((ch) => distributionMean(ch.handleTimeSec));
    this.setCycleCv2();
    this.aroundTheClock = calendar.intervalsPerDay * calendar.intervalSec >= 86_400;
    this.noJoins = new Float64Array(4 * (calendar.intervalsPerDay + 1));
  }

  /** Channel parameters from now on (a dated intervention); same channels, in the same order. */
  setChannels(channels: readonly ChannelParams[]): void {
    this.channels = channels;
    this.residual = channels.map(residualFactor);
    this.meanHandleSec = channels.map((ch) => distributionMean(ch.handleTimeSec));
    this.setCycleCv2();
  }

  /** cv_S^2 + 1 per skill group: 2 x the residual factor (1 + cv_S^2) / 2 of its channel, the mean for both. */
  private setCycleCv2(): void {
    for (let g = 1; g < 4; g++) {
      let sum = 0,
        n = 0;
      this.channels.forEach((_ch, c) => {
        if ((g & this.skillOf(c)) !== 0) {
          sum += 2 * this.residual[c]!;
          n++;
        }
      });
      this.cycleCv2[g] = n > 0 ? sum / n : 2;
    }
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
      this.log?.recordPlan(day, this.plan, this.pool);
      this.plannedSec = 0;
      this.overrunSec = 0;
      this.lastOccupancy.fill(0);
      this.dayMeanSlowness();
      for (let i = 0; i < this.calendar.intervalsPerDay; i++) this.simulateInterval(day, i);
      this.closeDay(day);
      this.creditAgents();
    }
    this.closeMonth(month);
  }

  private simulateInterval(day: number, interval: number): void {
    const perDay = this.calendar.intervalsPerDay;
    const sec = this.calendar.intervalSec;
    this.tally.scheduledAgentSec[day]! += this.plan.scheduled[interval]! * sec;
    this.plannedSec += this.plan.loggedIn[interval]! * sec;
    const share = this.splitAgents(interval, day);
    for (let c = 0; c < this.channels.length; c++) {
      this.tally.requiredAgentSec[day]! += this.plan.required[c * perDay + interval]! * sec;
      const rate = this.rates[c]![day * perDay + interval]!;
      this.overrunSec +=
        this.leavesOn[c]! *
        inHandSec(this.channels[c]!, Math.min(1, this.lastOccupancy[c]!), this.lastAht[c]!, this.residual[c]!);
      this.occupancyOn[c] = 0;
      const handled = rate > 0 ? this.simulateChannel(c, rate, day, interval) : 0;
      this.perRate[c] = this.rateSum[c]! > 0 ? handled / this.rateSum[c]! : 0;
      this.lastOccupancy[c] = this.occupancyOn[c]!;
    }
    // Contacts per unit of service rate for each skill group: an agent of rate r in group g is credited r times
    // this (its channels' handled contacts shared in proportion to rate, a flexible agent split by `share`).
    const voice = this.channelOf(VOICE_SKILL),
      chat = this.channelOf(CHAT_SKILL);
    const onVoice = voice < 0 ? 0 : this.perRate[voice]!,
      onChat = chat < 0 ? 0 : this.perRate[chat]!;
    this.perRateToday[VOICE_SKILL * perDay + interval] = onVoice;
    this.perRateToday[CHAT_SKILL * perDay + interval] = onChat;
    const voiceShare = voice === 0 ? share : 1 - share;
    this.perRateToday[(VOICE_SKILL | CHAT_SKILL) * perDay + interval] =
      voiceShare * onVoice + (1 - voiceShare) * onChat;
    // Every agent on a channel is busy its occupancy of the interval (the Erlang model's agents are alike in this);
    // a flexible agent splits its time as the channels' agents were split. This drives each agent's burnout.
    const busyVoice = voice < 0 ? 0 : this.occupancyOn[voice]!,
      busyChat = chat < 0 ? 0 : this.occupancyOn[chat]!;
    this.occupancyToday[VOICE_SKILL * perDay + interval] = busyVoice;
    this.occupancyToday[CHAT_SKILL * perDay + interval] = busyChat;
    this.occupancyToday[(VOICE_SKILL | CHAT_SKILL) * perDay + interval] =
      voiceShare * busyVoice + (1 - voiceShare) * busyChat;
  }

  /** The arithmetic mean handle-time multiplier of the agents present today for each channel. */
  private dayMeanSlowness(): void {
    const sum = this.plan.presentSlowness,
      count = this.plan.presentInGroup,
      both = VOICE_SKILL | CHAT_SKILL;
    for (let c = 0; c < this.channels.length; c++) {
      const g = this.skillOf(c);
      this.meanSlowness[c] = count[g]! + count[both]! > 0 ? (sum[g]! + sum[both]!) / (count[g]! + count[both]!) : 1;
    }
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
    const single0 = groupAgents[s0 * perDay + interval]!,
      rate0 = groupRate[s0 * perDay + interval]!;
    const flexible = groupAgents[both * perDay + interval]!,
      rateBoth = groupRate[both * perDay + interval]!;

    const leaves = this.plan.leaves,
      row = perDay + 1;
    // Open around the clock, the queue and the contacts in hand carry over midnight: no fresh start there.
    const joins = interval === 0 && this.aroundTheClock ? this.noJoins : this.plan.joins;
    if (this.channels.length === 1) {
      this.agentsOn[0] = single0 + flexible;
      this.rateSum[0] = rate0 + rateBoth;
      this.joinsOn[0] = joins[s0 * row + interval]! + joins[both * row + interval]!;
      this.leavesOn[0] = leaves[s0 * row + interval]! + leaves[both * row + interval]!;
      return 1;
    }
    const s1 = this.skillOf(1);
    const single1 = groupAgents[s1 * perDay + interval]!,
      rate1 = groupRate[s1 * perDay + interval]!;

    let share = 1;
    if (flexible > 0) {
      // Give the flexible agents, as whole agents, so that agents per unit of offered load are as equal as the
      // single-skill groups allow.
      const load0 = this.offeredLoad(0, day, interval),
        load1 = this.offeredLoad(1, day, interval);
      const total = single0 + single1 + flexible;
      const want0 = load0 + load1 > 0 ? (total * load0) / (load0 + load1) : total / 2;
      share = Math.min(flexible, Math.max(0, Math.round(want0 - single0))) / flexible;
    }
    this.agentsOn[0] = single0 + flexible * share;
    this.rateSum[0] = rate0 + rateBoth * share;
    this.agentsOn[1] = single1 + flexible * (1 - share);
    this.rateSum[1] = rate1 + rateBoth * (1 - share);
    const joinsBoth = joins[both * row + interval]!,
      leavesBoth = leaves[both * row + interval]!;
    this.joinsOn[0] = joins[s0 * row + interval]! + joinsBoth * share;
    this.joinsOn[1] = joins[s1 * row + interval]! + joinsBoth * (1 - share);
    this.leavesOn[0] = leaves[s0 * row + interval]! + leavesBoth * share;
    this.leavesOn[1] = leaves[s1 * row + interval]! + leavesBoth * (1 - share);
    return share;
  }

  private skillOf(channel: number): number {
    return this.channels[channel]!.name === "voice" ? VOICE_SKILL : CHAT_SKILL;
  }

  /** Offered load in agents (Erlangs divided by concurrency) at proficient handle time. */
  private offeredLoad(c: number, day: number, interval: number): number {
    const ch = this.channels[c]!;
    return (this.rates[c]![day * this.calendar.intervalsPerDay + interval]! * sessionAht(ch, 1, 0, 0)) / ch.concurrency;
  }

  /** Draws one channel's outcomes for the interval into the tally; returns the contacts answered. */
  private simulateChannel(c: number, rate: number, day: number, interval: number): number {
    const ch = this.channels[c]!;
    const agents = this.agentsOn[c]!;
    // Contacts go to the longest-idle agent: when all are busy, a pool completes work at the sum of its agents'
    // rates, so the multiplier of handled contacts is the harmonic mean (faster agents free up sooner and take
    // more); when agents are mostly idle, each takes its turn, and it is the arithmetic mean. Weighted by the
    // offered busy share between the two.
    const harmonic = agents > 0 ? agents / this.rateSum[c]! : 1,
      arithmetic = this.meanSlowness[c]!;
    // (The weight ignores the slower chat sessions opened beside others: a weight needs no such precision.)
    const load = agents > 0 ? Math.min(1, (rate * this.meanHandleSec[c]! * harmonic) / (ch.concurrency * agents)) : 1;
    const effectiveMultiplier = harmonic + (1 - load) * (arithmetic - harmonic);
    const aht = sessionAht(ch, effectiveMultiplier, rate, agents);
    this.lastAht[c] = aht;
    const sec = this.calendar.intervalSec;
    // Agents coming on idle: the work a stationary agent would have in hand is capacity here.
    const busyShare = agents > 0 ? Math.min(1, (rate * aht) / (ch.concurrency * agents)) : 0;
    const fresh = (this.joinsOn[c]! * inHandSec(ch, busyShare, aht, this.residual[c]!)) / sec;
    const m = this.erlang(c, rate, aht, (agents + fresh) * ch.concurrency);
    const expected = rate * sec;
    const abandonedWithinShare = m.slWaited - m.slAnswered;
    const answeredWithin = this.poisson(expected * Math.max(0, m.slAnswered));
    const answeredLate = this.poisson(expected * Math.max(0, 1 - m.pAbandon - m.slAnswered));
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
    t.waitAnsweredSec[k]! += answered * m.asaSec;
    // Mean wait of an abandoning contact, from E[W] over all = P(ans) ASA + P(ab) E[W | ab].
    const abandonWait = m.pAbandon > 0 ? Math.max(0, (m.waitAllSec - (1 - m.pAbandon) * m.asaSec) / m.pAbandon) : 0;
    t.waitAllSec[k]! += answered * m.asaSec + abandoned * abandonWait;
    t.handleSec[k]! += answered * aht;
    t.busyAgentSec[day]! += (answered * aht) / ch.concurrency;
    // Not capped at 1: agents coming on idle and going off late do work beyond the interval's planned time, and
    // each agent's day is capped at its logged-in time instead (see `creditAgents`).
    if (agents > 0) this.occupancyOn[c] = (answered * aht) / ch.concurrency / (agents * sec);
    this.log?.addInterval(
      day,
      interval,
      c,
      { answered, abandoned, answeredWithin, abandonedWithin, asaSec: m.asaSec },
      (answered * aht) / ch.concurrency,
    );
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
    const on = n === 1 ? 1 : this.agentsOn[0]! + this.agentsOn[1]!;
    for (let c = 0; c < n; c++) {
      // Everyone still on goes off at closing; flexible agents as the last interval split them.
      const share = n === 1 ? 1 : on > 0 ? this.agentsOn[c]! / on : 0.5;
      const leaving =
        this.plan.leaves[this.skillOf(c) * row + perDay]! + this.plan.leaves[both * row + perDay]! * share;
      this.overrunSec +=
        leaving *
        inHandSec(this.channels[c]!, Math.min(1, this.lastOccupancy[c]!), this.lastAht[c]!, this.residual[c]!);
    }
    this.tally.loggedInAgentSec[day]! += this.plannedSec + this.overrunSec;
  }

  /**
   * Credits each agent who worked today with its share of its channels' handled contacts, in proportion to its
   * service rate (faster agents complete more), and with its logged-in and busy time.
   * NOTE: from running sums over each shift block less its breaks, rather than a pass over the agent's day.
   */
  private creditAgents(): void {
    const perDay = this.calendar.intervalsPerDay;
    const before = this.perRateBefore,
      perRate = this.perRateToday;
    const busyBefore = this.occupancyBefore,
      busyShare = this.occupancyToday;
    for (let g = 0; g < 4; g++) {
      for (let i = 0; i < perDay; i++) {
        before[g * (perDay + 1) + i + 1] = before[g * (perDay + 1) + i]! + perRate[g * perDay + i]!;
        busyBefore[g * (perDay + 1) + i + 1] = busyBefore[g * (perDay + 1) + i]! + busyShare[g * perDay + i]!;
      }
    }
    // NOTE: arrays in locals, so that the loop does not reload them from their objects at every step.
    const { skills, contactsThisMonth, loggedInSecThisMonth, busySecThisMonth } = this.pool;
    const { present, presentRate, blockStart, blockLength, blockBreaks, blockBreaksFrom, breakAt, blockPart } =
      this.plan;
    // Each agent's logged-in time carries the day's share of time spent finishing contacts after going off.
    const stretch = this.plannedSec > 0 ? 1 + this.overrunSec / this.plannedSec : 1;
    const sec = this.calendar.intervalSec * stretch;
    // Mean handle-time multiplier of each skill group's agents today (see the busy share below).
    const slowness = this.plan.presentSlowness,
      count = this.plan.presentInGroup;
    for (let p = 0; p < this.plan.presentCount; p++) {
      const a = present[p]!;
      const group = skills[a]!;
      let contacts = 0,
        intervals = 0,
        busy = 0;
      for (let b = 2 * p; b < 2 * p + 2; b++) {
        const start = blockStart[b]!,
          length = blockLength[b]!,
          from = blockBreaksFrom[b]!,
          to = from + blockBreaks[b]!;
        if (length === 0) continue;
        intervals += length - blockBreaks[b]!;
        contacts += before[group * (perDay + 1) + start + length]! - before[group * (perDay + 1) + start]!;
        busy += busyBefore[group * (perDay + 1) + start + length]! - busyBefore[group * (perDay + 1) + start]!;
        for (let k = from; k < to; k++) {
          contacts -= perRate[group * perDay + breakAt[k]!]!;
          busy -= busyShare[group * perDay + breakAt[k]!]!;
        }
        // The last break may take only part of its interval: give back the rest.
        const back = 1 - blockPart[b]!;
        if (back > 0) {
          intervals += back;
          contacts += perRate[group * perDay + breakAt[to - 1]!]! * back;
          busy += busyShare[group * perDay + breakAt[to - 1]!]! * back;
        }
      }
      // Rounding of the differences may leave -1e-16 where nothing was handled.
      contactsThisMonth[a]! += Math.max(0, contacts) * presentRate[p]!;
      loggedInSecThisMonth[a]! += intervals * sec;
      if (!this.creditBusy) continue;
      // Agents are alike in the Erlang model, but under longest-idle routing a slower agent is busy longer per
      // contact for the same idle wait between contacts: busy share b = x / (x + idle) for handle time x, whose
      // elasticity to x is 1 - b. So an agent's busy share is the group's times (own / mean multiplier)^(1 - b).
      const share = intervals > 0 ? Math.max(0, busy) / intervals : 0;
      // (To first order in the relative multiplier, which a lognormal speed spread of 0.15 keeps near 1.)
      const relative = count[group]! > 0 ? count[group]! / (presentRate[p]! * slowness[group]!) : 1;
      const expected = Math.max(0, busy) * (1 + (1 - Math.min(1, share)) * (relative - 1));
      // And an agent's day is a run of N contact-and-wait cycles, so its busy share b varies from day to day:
      // sd = b (1 - b) sqrt((cv_S^2 + cv_I^2) / N) (delta method for sum S / (sum S + sum I)), with exponential
      // waits (cv_I = 1). Month-to-date occupancy drives burnout, which is convex in it, so this spread matters.
      const handled = Math.max(0, contacts) * presentRate[p]!;
      const loggedIn = intervals * stretch;
      const b = loggedIn > 0 ? Math.min(1, expected / loggedIn) : 0;
      const sd = handled > 0 ? b * (1 - b) * Math.sqrt(this.cycleCv2[group]! / handled) : 0;
      // Zero-mean noise of unit variance from two uniforms (a triangular variate; the shape hardly matters here).
      const z = sd > 0 ? (this.busyNoise.next() + this.busyNoise.next() - 1) * SQRT6 : 0;
      busySecThisMonth[a]! += Math.min(loggedIn, Math.max(0, expected + sd * z * loggedIn)) * this.calendar.intervalSec;
    }
  }

  /**
   * Exact Erlang A for channel c into `this.m`. A fractional number of servers n + w (an agent on a break for part
   * of the interval, or the capacity of agents coming on idle) is the time average of n and n + 1 servers, the
   * interval spending the share w of its time with one server more: linear interpolation between the two. It is
   * drawn instead of computed: n + 1 with probability w, else n (stochastic rounding), which has that expected
   * value at the cost of one evaluation, its noise averaging out over the month like the outcome counts'.
   * Inputs are quantised (rate to 0.1 contacts per hour, handle time to 1 s, i.e. ~0.2% of a typical AHT), far
   * below the interval's Poisson noise.
   * NOTE: results are not memoised: with absences and the mix of agents present varying daily, fewer than one
   * interval in ten repeats an earlier one, and a year of retained results made every minor GC copy them.
   */
  private erlang(c: number, rate: number, ahtSec: number, servers: number): IntervalMetrics {
    const ch = this.channels[c]!;
    // Below a millionth of a server is rounding residue of the sums of agents.
    const rounded = Math.round(servers * 1e6) / 1e6;
    const low = Math.floor(rounded),
      weight = rounded - low;
    const agents = weight > 0 && this.roundingDraw.next() < weight ? low + 1 : low;
    // The closed form needs exponential patience: other patience forms are approximated by their mean.
    const a = erlangA({
      callsPerHour: Math.round(rate * 36_000) / 10,
      ahtSec: Math.max(1, Math.round(ahtSec)),
      agents,
      thresholdSec: ch.thresholdSec,
      patienceSec: distributionMean(ch.patienceSec),
    });
    const m = this.m;
    m.slAnswered = a.serviceLevel["answered-within-threshold"];
    m.slWaited = a.serviceLevel["waited-within-threshold"];
    m.pAbandon = a.pAbandon;
    m.asaSec = a.asaAnsweredSec;
    m.waitAllSec = a.meanWaitAllSec;
    return m;
  }

  private closeMonth(month: number): void {
    this.tally.closeMonth(month, this.pool.contactsThisMonth, this.pool.loggedInSecThisMonth, this.pool.count);
    this.hooks.closeMonth?.(month);
    this.pool.resetMonth();
  }
}
