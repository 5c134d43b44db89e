import { makeSampler, type RandomStream, type RandomStreams } from "@ccsim/engine";
import type { AgentPool } from "./AgentPool.js";
import type { ChannelParams, OperationsParams } from "./CentreParams.js";
import { Planner } from "./Planner.js";
import { assignShifts, shiftOptions, type ShiftOptions } from "./Roster.js";
import type { SimCalendar } from "./SimCalendar.js";

/** Random streams of the daily plan (one per decision type, DESIGN rule 5). */
export const DAY_PLAN_STREAMS = { forecastError: "planner.forecast-error", absence: "operations.absence" } as const;

/**
 * One day's plan, shared by both fidelities: the planner's forecast and requirement per interval, shifts for the
 * agents working that day, unplanned absence, and breaks, ending in who is on the phones in each interval.
 */
export class DayPlan {
  /** 1 where agent a is logged in during interval i: `onPhone[a * intervalsPerDay + i]`. */
  onPhone = new Uint8Array(0);
  /** Agents the planner requires on the phones, per channel and interval: `required[c * intervalsPerDay + i]`. */
  readonly required: Float64Array;
  /** Agents rostered on shift per interval (absent ones included: they were scheduled). */
  readonly scheduled: Float64Array;
  /** Agents logged in per interval. */
  readonly loggedIn: Float64Array;
  /**
   * Agents logged in per skill group and interval, and the sum of their service rates (1 / handle-time
   * multiplier): `groupAgents[skills * intervalsPerDay + i]`, skills being the skill bits (1 voice, 2 chat, 3 both).
   */
  readonly groupAgents: Float64Array;
  readonly groupRate: Float64Array;
  /** Agents with a shift today who showed up, in roster order (`presentCount` of them). */
  present = new Int32Array(0);
  presentCount = 0;

  // Settings that a dated intervention may change (see `configure`).
  private channels!: readonly ChannelParams[];
  private operations!: OperationsParams;
  private planners!: Planner[];
  private forecastError!: readonly ((() => number) | undefined)[];
  private absenceRate!: number;
  private breakShare!: number;
  /** Shifts on-site agents may work (templates not reserved for remote agents), and remote agents (full ones, plus split pairs of short ones when allowed). */
  private onSiteOptions!: ShiftOptions;
  private remoteOptions!: ShiftOptions;
  /** Current month's forecast error factor per channel, and the month it was drawn for. */
  private readonly errorFactor: Float64Array;
  private errorMonth = -1;
  private readonly errorStream: RandomStream;
  private readonly absenceDraw: () => number;
  private readonly target: Float64Array;
  private readonly cover: Float64Array;
  private chosen = new Int32Array(0);

  constructor(
    private readonly calendar: SimCalendar,
    channels: readonly ChannelParams[],
    private readonly rates: readonly Float64Array[],
    operations: OperationsParams,
    streams: RandomStreams,
  ) {
    const perDay = calendar.intervalsPerDay;
    this.required = new Float64Array(channels.length * perDay);
    this.scheduled = new Float64Array(perDay);
    this.loggedIn = new Float64Array(perDay);
    this.groupAgents = new Float64Array(4 * perDay);
    this.groupRate = new Float64Array(4 * perDay);
    this.target = new Float64Array(perDay);
    this.cover = new Float64Array(perDay);
    this.errorStream = streams.stream(DAY_PLAN_STREAMS.forecastError);
    this.errorFactor = new Float64Array(channels.length).fill(1);
    const uniform = streams.stream(DAY_PLAN_STREAMS.absence);
    this.absenceDraw = () => uniform.next();
    this.configure(channels, operations);
  }

  /**
   * Sets the channel and operations parameters used from the next plan on (at the start, and when a dated
   * intervention takes effect). The forecast error keeps its stream, so draws stay common across variants.
   */
  configure(channels: readonly ChannelParams[], operations: OperationsParams): void {
    this.channels = channels;
    this.operations = operations;
    const perDay = this.calendar.intervalsPerDay;
    const onSite = operations.shiftTemplates.filter((t) => t.remoteOnly !== true);
    this.onSiteOptions = shiftOptions(onSite.length > 0 ? onSite : operations.shiftTemplates, perDay);
    this.remoteOptions = operations.remoteSplitShifts ? shiftOptions(operations.shiftTemplates, perDay, true) : this.onSiteOptions;
    this.planners = channels.map((c) => new Planner(c));
    this.forecastError = channels.map((c) => (c.forecastErrorCv > 0 ? makeSampler({ kind: "lognormal", mean: 1, cv: c.forecastErrorCv }, this.errorStream) : undefined));
    // Shrinkage s splits into whole-day absence a and in-shift time off b with (1 - a)(1 - b) = 1 - s.
    this.absenceRate = operations.shrinkage * operations.absenceShare;
    this.breakShare = 1 - (1 - operations.shrinkage) / (1 - this.absenceRate);
  }

  /** Builds the plan of `day` for the agents in `pool`. */
  plan(day: number, pool: AgentPool): void {
    const perDay = this.calendar.intervalsPerDay;
    if (this.onPhone.length < pool.capacity * perDay) this.onPhone = new Uint8Array(pool.capacity * perDay);
    else this.onPhone.fill(0, 0, pool.count * perDay);
    const demand = this.forecastRequirement(day);
    // A day without demand is a closed day: nobody is rostered.
    const working = demand > 0 ? this.workingToday(day, pool) : [];
    if (this.operations.rostering === "all-present") {
      this.allPresent(working, pool);
      return;
    }
    // On-site agents take full shifts first; remote agents then fill what is left, split shifts included.
    const onSite = working.filter((a) => pool.remote[a] === 0);
    const remoteCount = working.length - onSite.length;
    if (remoteCount > 0) working.splice(0, working.length, ...onSite, ...working.filter((a) => pool.remote[a] === 1));
    this.cover.fill(0);
    if (this.chosen.length < working.length) this.chosen = new Int32Array(pool.capacity);
    assignShifts(this.target, this.cover, onSite.length, this.onSiteOptions, this.chosen);
    assignShifts(this.target, this.cover, remoteCount, this.remoteOptions, this.chosen.subarray(onSite.length));
    this.scheduled.set(this.cover);
    this.loggedIn.fill(0);
    this.groupAgents.fill(0);
    this.groupRate.fill(0);
    if (this.present.length < working.length) this.present = new Int32Array(pool.capacity);
    this.presentCount = 0;
    for (let w = 0; w < working.length; w++) {
      if (this.absenceDraw() < this.absenceRate) continue;
      const agent = working[w]!;
      this.present[this.presentCount++] = agent;
      const option = this.chosen[w]!;
      const options = w < onSite.length ? this.onSiteOptions : this.remoteOptions;
      this.placeShift(agent, options.start[option]!, options.length[option]!, w, pool, this.breakShare);
      if (options.length2[option]! > 0) this.placeShift(agent, options.start2[option]!, options.length2[option]!, w, pool, this.breakShare);
    }
  }

  /** Fills the requirement and the roster target for `day`; returns the day's total forecast rate (0: closed). */
  private forecastRequirement(day: number): number {
    const perDay = this.calendar.intervalsPerDay;
    const month = this.calendar.monthOfDay[day]!;
    if (month !== this.errorMonth) {
      this.errorMonth = month;
      this.forecastError.forEach((draw, c) => (this.errorFactor[c] = draw === undefined ? 1 : draw()));
    }
    this.target.fill(0);
    let demand = 0;
    for (let c = 0; c < this.channels.length; c++) {
      const error = this.errorFactor[c]!;
      const rates = this.rates[c]!;
      for (let i = 0; i < perDay; i++) {
        demand += rates[day * perDay + i]!;
        const agents = this.planners[c]!.requiredAgents(rates[day * perDay + i]! * error);
        this.required[c * perDay + i] = agents;
        this.target[i]! += agents / (1 - this.operations.shrinkage);
      }
    }
    return demand;
  }

  /** Every rosterable agent on the phones all day (the all-present rostering mode). */
  private allPresent(agents: readonly number[], pool: AgentPool): void {
    const perDay = this.calendar.intervalsPerDay;
    this.loggedIn.fill(0);
    this.groupAgents.fill(0);
    this.groupRate.fill(0);
    if (this.present.length < agents.length) this.present = new Int32Array(pool.capacity);
    this.presentCount = 0;
    for (const agent of agents) {
      this.present[this.presentCount++] = agent;
      this.placeShift(agent, 0, perDay, 0, pool, 0);
    }
    this.scheduled.set(this.loggedIn);
  }

  /** Rosterable agents whose days off do not include this weekday, in index order (all of them when all-present). */
  private workingToday(day: number, pool: AgentPool): number[] {
    const weekday = this.calendar.dayOfWeek[day]!;
    const daysOff = this.operations.rostering === "all-present" ? 0 : 7 - this.operations.workDaysPerWeek;
    const working: number[] = [];
    for (let a = 0; a < pool.count; a++) {
      if (pool.rosterable[a] === 0) continue;
      const sinceFirstOff = (weekday - pool.firstDayOff[a]! + 7) % 7;
      if (sinceFirstOff >= daysOff) working.push(a);
    }
    return working;
  }

  /**
   * Marks the agent on the phones for the shift minus its breaks: round(length x breakShare) whole intervals,
   * spread evenly through the shift with a per-agent offset so that breaks do not all fall together.
   */
  private placeShift(agent: number, start: number, length: number, order: number, pool: AgentPool, breakShare: number): void {
    const perDay = this.calendar.intervalsPerDay;
    const row = agent * perDay;
    for (let i = start; i < start + length; i++) this.onPhone[row + i] = 1;
    const breaks = Math.round(length * breakShare);
    // Golden-ratio offsets give a low-discrepancy spread of break positions across agents.
    const phase = (order * 0.6180339887498949) % 1;
    for (let k = 0; k < breaks; k++) this.onPhone[row + start + Math.floor(((k + phase) * length) / breaks)] = 0;
    const group = pool.skills[agent]! * perDay;
    const rate = 1 / (pool.speedFactor[agent]! * pool.handleTimeMultiplier[agent]!);
    for (let i = start; i < start + length; i++) {
      const on = this.onPhone[row + i]!;
      this.loggedIn[i]! += on;
      this.groupAgents[group + i]! += on;
      this.groupRate[group + i]! += on * rate;
    }
  }
}
