import { distributionMean, makePoissonSampler, type RandomStreams } from "@ccsim/engine";
import { queueMetrics, type QueueMetrics } from "@ccsim/erlang";
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
  private readonly erlangCache = new Map<string, QueueMetrics>();
  // Per-interval working sums, indexed by channel.
  private readonly agentsOn: Float64Array;
  /** Sum of service rates (1 / multiplier) on each channel, for sharing handled contacts among agents. */
  private readonly rateSum: Float64Array;
  private readonly handledThisInterval: Float64Array;

  constructor(
    private readonly calendar: SimCalendar,
    private readonly channels: readonly ChannelParams[],
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
    this.handledThisInterval = new Float64Array(channels.length);
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
      this.handledThisInterval[c] = rate > 0 ? this.simulateChannel(c, rate, day) : 0;
    }
    this.creditAgents(interval, share);
  }

  /**
   * Counts agents logged in per channel and their total service rate; returns the share of multi-skilled agents given to
   * the first channel (voice when both exist).
   */
  private splitAgents(interval: number, day: number): number {
    const perDay = this.calendar.intervalsPerDay;
    const pool = this.pool;
    let single0 = 0, single1 = 0, both = 0, rate0 = 0, rate1 = 0, rateBoth = 0;
    const skill0 = this.skillOf(0);
    for (let a = 0; a < pool.count; a++) {
      if (this.plan.onPhone[a * perDay + interval] === 0) continue;
      const speed = pool.speedFactor[a]! * pool.handleTimeMultiplier[a]!;
      const skills = pool.skills[a]!;
      if (this.channels.length === 1 || skills === skill0) { single0++; rate0 += 1 / speed; }
      else if (skills === (VOICE_SKILL | CHAT_SKILL)) { both++; rateBoth += 1 / speed; }
      else { single1++; rate1 += 1 / speed; }
    }
    let share = 1;
    if (this.channels.length === 2 && both > 0) {
      // Give the flexible agents so that agents per unit of offered load are as equal as the groups allow.
      const load0 = this.offeredLoad(0, day, interval), load1 = this.offeredLoad(1, day, interval);
      const total = single0 + single1 + both;
      const want0 = load0 + load1 > 0 ? (total * load0) / (load0 + load1) : total / 2;
      share = Math.min(1, Math.max(0, (want0 - single0) / both));
    }
    this.agentsOn[0] = single0 + both * share;
    this.rateSum[0] = rate0 + rateBoth * share;
    if (this.channels.length === 2) {
      this.agentsOn[1] = single1 + both * (1 - share);
      this.rateSum[1] = rate1 + rateBoth * (1 - share);
    }
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
    const m = this.metrics(rate, aht, agents * ch.concurrency, ch);
    const expected = rate * this.calendar.intervalSec;
    const abandonedWithinShare = m.serviceLevel["waited-within-threshold"] - m.serviceLevel["answered-within-threshold"];
    const answeredWithin = this.poisson(expected * m.serviceLevel["answered-within-threshold"]);
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
    return answered;
  }

  /** Shares each channel's handled contacts among the agents serving it, in proportion to their speed. */
  private creditAgents(interval: number, share: number): void {
    const perDay = this.calendar.intervalsPerDay;
    const pool = this.pool;
    const sec = this.calendar.intervalSec;
    for (let a = 0; a < pool.count; a++) {
      if (this.plan.onPhone[a * perDay + interval] === 0) continue;
      pool.loggedInSecThisMonth[a]! += sec;
      const rate = 1 / (pool.speedFactor[a]! * pool.handleTimeMultiplier[a]!);
      for (let c = 0; c < this.channels.length; c++) {
        const weight = this.weightOn(a, c, share);
        // Faster agents (smaller multiplier) complete proportionally more of their channel's contacts.
        if (weight > 0) pool.contactsThisMonth[a]! += (this.handledThisInterval[c]! * weight * rate) / this.rateSum[c]!;
      }
    }
  }

  /** Fraction of agent a's time given to channel c. */
  private weightOn(a: number, c: number, share: number): number {
    const skills = this.pool.skills[a]!;
    const skill = this.skillOf(c);
    if ((skills & skill) === 0) return 0;
    if (this.channels.length === 1 || skills !== (VOICE_SKILL | CHAT_SKILL)) return 1;
    return c === 0 ? share : 1 - share;
  }

  /** Exact Erlang A at fractional staffing by linear interpolation between the neighbouring whole numbers. */
  private metrics(rate: number, ahtSec: number, servers: number, ch: ChannelParams): QueueMetrics {
    const low = Math.floor(servers);
    const weight = servers - low;
    const below = this.erlang(rate, ahtSec, low, ch);
    if (weight < 1e-9) return below;
    const above = this.erlang(rate, ahtSec, low + 1, ch);
    return interpolate(below, above, weight);
  }

  private erlang(rate: number, ahtSec: number, servers: number, ch: ChannelParams): QueueMetrics {
    const callsPerHour = Math.round(rate * 36_000) / 10;
    const aht = Math.round(ahtSec * 10) / 10;
    const key = `${ch.name}|${callsPerHour}|${aht}|${servers}`;
    const cached = this.erlangCache.get(key);
    if (cached !== undefined) return cached;
    // The closed form needs exponential patience: other patience forms are approximated by their mean.
    const result = queueMetrics({ callsPerHour, ahtSec: aht, agents: servers, thresholdSec: ch.thresholdSec, patienceSec: distributionMean(ch.patienceSec) });
    if (!result.stable) throw new Error("Erlang A is always stable");
    this.erlangCache.set(key, result);
    return result;
  }

  private closeMonth(month: number): void {
    this.tally.closeMonth(month, this.pool.contactsThisMonth, this.pool.loggedInSecThisMonth, this.pool.count);
    this.pool.resetMonth();
  }
}

/** Mean session handle time for a given mean speed multiplier, at full concurrency. */
function sessionAht(ch: ChannelParams, speed: number): number {
  return distributionMean(ch.handleTimeSec) * speed * (1 + ch.concurrencyHandleTimeFactor * (ch.concurrency - 1));
}

function interpolate(a: QueueMetrics, b: QueueMetrics, w: number): QueueMetrics {
  const mix = (x: number, y: number): number => x + (y - x) * w;
  return {
    ...a,
    pWait: mix(a.pWait, b.pWait),
    pAbandon: mix(a.pAbandon, b.pAbandon),
    pAbandonGivenWait: mix(a.pAbandonGivenWait, b.pAbandonGivenWait),
    serviceLevel: {
      "answered-within-threshold": mix(a.serviceLevel["answered-within-threshold"], b.serviceLevel["answered-within-threshold"]),
      "waited-within-threshold": mix(a.serviceLevel["waited-within-threshold"], b.serviceLevel["waited-within-threshold"]),
      "excluding-short-abandons": mix(a.serviceLevel["excluding-short-abandons"], b.serviceLevel["excluding-short-abandons"]),
    },
    asaAnsweredSec: mix(a.asaAnsweredSec, b.asaAnsweredSec),
    meanWaitAllSec: mix(a.meanWaitAllSec, b.meanWaitAllSec),
    occupancy: mix(a.occupancy, b.occupancy),
  };
}
