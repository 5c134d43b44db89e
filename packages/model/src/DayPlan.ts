import { makeSampler, type RandomStream, type RandomStreams } from "@ccsim/engine";
import { STAGE, type AgentPool } from "./AgentPool.js";
import type { ChannelParams, OperationsParams } from "./CentreParams.js";
import type { Overtime } from "./management/Overtime.js";
import { DayRequirement } from "./DayRequirement.js";
import { BernoulliRun } from "./internal/BernoulliRun.js";
import { Planner } from "./Planner.js";
import type { PlannedHandleTime } from "./PlannedHandleTime.js";
import { shiftOptions, type ShiftOptions } from "./Roster.js";
import { ShiftAssigner } from "./ShiftAssigner.js";
import { ShiftPlacement } from "./ShiftPlacement.js";
import type { SimCalendar } from "./SimCalendar.js";

/** Random streams of the daily plan (one per decision type, design rule 5). */
export const DAY_PLAN_STREAMS = { forecastError: "planner.forecast-error", absence: "operations.absence" } as const;

/**
 * One day's plan, shared by both fidelities: the planner's forecast and requirement per interval, shifts for the
 * agents working that day, unplanned absence, and breaks, ending in who is on the phones in each interval.
 */
export class DayPlan extends ShiftPlacement {
  /** Agents the planner requires on the phones, per channel and interval: `required[c * intervalsPerDay + i]`. */
  readonly required: Float64Array;
  /** The forecast the planner staffed for (contacts per second, forecast error included): `[c * intervalsPerDay + i]`. */
  readonly forecastPerSec: Float64Array;
  /** Agents rostered on shift per interval (absent ones included: they were scheduled). */
  readonly scheduled: Float64Array;
  /** The handle-time multiplier the day's requirement was planned at (`PlannedHandleTime`; 1: proficient agents). */
  plannedMultiplier = 1;
  // Settings that a dated intervention may change (see `configure`).
  private operations!: OperationsParams;
  /** The day's forecast, requirement and roster target (remembered for days that repeat). */
  private requirement!: DayRequirement;
  private forecastError!: readonly ((() => number) | undefined)[];
  private absenceRate!: number;
  private breakShare!: number;
  /** Shifts on-site agents may work (templates not reserved for remote agents), and remote agents (full ones, plus split pairs of short ones when allowed). */
  private onSiteOptions!: ShiftOptions;
  private remoteOptions!: ShiftOptions;
  private assigner!: ShiftAssigner;
  /** Current month's forecast error factor per channel, and the month it was drawn for. */
  private readonly errorFactor: Float64Array;
  private errorMonth = -1;
  private readonly errorStream: RandomStream;
  /** Whole-day absence of the working agents, one trial per working agent-day in roster order. */
  private readonly absences: BernoulliRun;
  private readonly target: Float64Array;
  private readonly cover: Float64Array;
  private chosen = new Int32Array(0);
  private workingCount = 0;
  private onSiteCount = 0;
  /** Today's rosterable agents (on-site ones first when rostering by planner), `workingCount` of them. */
  private working = new Int32Array(0);
  private remoteToday = new Int32Array(0);
  /**
   * The pool's agents who have not left, ascending (`candidateCount` of them): the pool never reuses an index, so
   * after two years of attrition most of its indices belong to leavers, whom the daily roster need not visit.
   */
  private candidates = new Int32Array(0);
  private candidateCount = 0;
  /** Pool agents [0, candidatesListed) have been put on the list (new hires take the next indices). */
  private candidatesListed = 0;
  /** The handle-time multiplier the planner staffs for (absent: 1, proficient agents), set by simulateCentre. */
  handleTime: PlannedHandleTime | undefined = undefined;
  /** Overtime policy (docs/model.md 5.1), set by simulateCentre when management is configured. */
  overtime: Overtime | undefined = undefined;
  /** Rostered agents still missing per interval (target - cover), which overtime fills. */
  private readonly gap: Float64Array;

  constructor(
    calendar: SimCalendar,
    channels: readonly ChannelParams[],
    private readonly rates: readonly Float64Array[],
    operations: OperationsParams,
    streams: RandomStreams,
    recordOnPhone = true,
  ) {
    super(calendar, recordOnPhone);
    const perDay = calendar.intervalsPerDay;
    this.required = new Float64Array(channels.length * perDay);
    this.forecastPerSec = new Float64Array(channels.length * perDay);
    this.scheduled = new Float64Array(perDay);
    this.target = new Float64Array(perDay);
    this.cover = new Float64Array(perDay);
    this.gap = new Float64Array(perDay);
    this.errorStream = streams.stream(DAY_PLAN_STREAMS.forecastError);
    this.errorFactor = new Float64Array(channels.length).fill(1);
    this.absences = new BernoulliRun(streams.stream(DAY_PLAN_STREAMS.absence));
    this.configure(channels, operations);
  }

  /**
   * Sets the channel and operations parameters used from the next plan on (at the start, and when a dated
   * intervention takes effect). The forecast error keeps its stream, so draws stay common across variants.
   */
  configure(channels: readonly ChannelParams[], operations: OperationsParams): void {
    this.operations = operations;
    const perDay = this.calendar.intervalsPerDay;
    const onSite = operations.shiftTemplates.filter((t) => t.remoteOnly !== true);
    this.onSiteOptions = shiftOptions(onSite.length > 0 ? onSite : operations.shiftTemplates, perDay);
    this.remoteOptions = operations.remoteSplitShifts
      ? shiftOptions(operations.shiftTemplates, perDay, true)
      : this.onSiteOptions;
    this.assigner = new ShiftAssigner(this.onSiteOptions, this.remoteOptions, perDay);
    const planners = channels.map((c) => new Planner(c));
    this.requirement = new DayRequirement(planners, operations.shrinkage, perDay);
    this.forecastError = channels.map((c) =>
      c.forecastErrorCv > 0
        ? makeSampler({ kind: "lognormal", mean: 1, cv: c.forecastErrorCv }, this.errorStream)
        : undefined,
    );
    // Shrinkage s splits into whole-day absence a and in-shift time off b with (1 - a)(1 - b) = 1 - s.
    this.absenceRate = operations.shrinkage * operations.absenceShare;
    this.breakShare = 1 - (1 - operations.shrinkage) / (1 - this.absenceRate);
  }

  /** Builds the plan of `day` for the agents in `pool`. */
  plan(day: number, pool: AgentPool): void {
    this.ensureCapacity(pool);
    // A day without demand is a closed day: nobody is rostered.
    const open = this.forecastRequirement(day) > 0;
    this.workingToday(day, pool, open);
    this.startPlacing();
    if (this.operations.rostering === "all-present") {
      this.allPresent(pool);
      return;
    }
    const onSite = this.onSiteCount;
    this.assigner.assign(this.target, onSite, this.workingCount - onSite, this.cover, this.chosen);
    this.scheduled.set(this.cover);
    const overtime = this.overtime?.params.enabled === true ? this.overtime : undefined;
    for (let i = 0; i < this.gap.length; i++) this.gap[i] = this.target[i]! - this.cover[i]!;
    const { working, chosen, absences, absenceRate, breakShare, onSiteOptions, remoteOptions } = this;
    const count = this.workingCount;
    for (let w = 0; w < count; w++) {
      if (absences.next(absenceRate)) continue;
      const p = this.addPresent(working[w]!, pool);
      const option = chosen[w]!;
      const options = w < onSite ? onSiteOptions : remoteOptions;
      const start = options.start[option]!,
        length = options.length[option]!;
      this.placeShift(p, 0, start, length, w, pool, breakShare);
      if (options.length2[option] !== 0)
        this.placeShift(p, 1, options.start2[option]!, options.length2[option]!, w, pool, breakShare);
      else if (overtime !== undefined && this.shortNextTo(start, length))
        this.placeOvertime(p, start, length, w, pool, overtime);
      else this.blockClass[2 * p + 1] = -1;
    }
    this.finishPlacing();
  }

  /**
   * Overtime of present agent p as the second block of its single-block shift: whole intervals right after the shift
   * (or right before it, whichever side has the longer run of intervals still short by half an agent or more), up to
   * the agent's allowance; no breaks in overtime. Each interval placed lowers the gap, so later agents fill the rest.
   * Called where one side is short (`shortNextTo`).
   */
  private placeOvertime(
    p: number,
    start: number,
    length: number,
    order: number,
    pool: AgentPool,
    overtime: Overtime,
  ): void {
    const agent = this.present[p]!;
    const gap = this.gap;
    const allowance = overtime.allowance(agent);
    // No allowance left (an agent at its weekly cap, about half the calls): no overtime, and nothing to record.
    if (allowance <= 0) {
      this.blockClass[2 * p + 1] = -1;
      return;
    }
    let after = 0,
      before = 0;
    while (after < allowance && start + length + after < gap.length && gap[start + length + after]! >= 0.5) after++;
    while (before < allowance && start - before - 1 >= 0 && gap[start - before - 1]! >= 0.5) before++;
    const from = after >= before ? start + length : start - before;
    const extra = Math.max(after, before);
    this.placeShift(p, 1, from, extra, order, pool, 0);
    for (let i = from; i < from + extra; i++) {
      gap[i]! -= 1;
      this.scheduled[i]! += 1;
    }
    overtime.record(agent, extra);
  }

  /**
   * Whether the interval right after the shift [start, start + length) or right before it is still short by half an
   * agent or more. Where neither is, there is no overtime, whatever the allowance (so it is not worked out), and
   * nothing to record: `placeOvertime` is not called (for about a third of the agents with a single-block shift).
   */
  private shortNextTo(start: number, length: number): boolean {
    const gap = this.gap;
    const end = start + length;
    return (end < gap.length && gap[end]! >= 0.5) || (start >= 1 && gap[start - 1]! >= 0.5);
  }

  /** Every working agent on the phones all day (the all-present rostering mode). */
  private allPresent(pool: AgentPool): void {
    for (let w = 0; w < this.workingCount; w++) {
      const p = this.addPresent(this.working[w]!, pool);
      this.placeShift(p, 0, 0, this.calendar.intervalsPerDay, 0, pool, 0);
      this.placeShift(p, 1, 0, 0, 0, pool, 0);
    }
    this.finishPlacing();
    this.scheduled.set(this.loggedIn);
  }

  /** Grows the per-agent arrays to the pool's capacity, and clears yesterday's phone log. */
  private ensureCapacity(pool: AgentPool): void {
    this.ensurePlacementCapacity(pool);
    if (this.working.length >= pool.capacity) return;
    const n = pool.capacity;
    this.working = new Int32Array(n);
    this.remoteToday = new Int32Array(n);
    this.chosen = new Int32Array(n);
  }

  /** Fills the requirement and the roster target for `day`; returns the day's total forecast rate (0: closed). */
  private forecastRequirement(day: number): number {
    const month = this.calendar.monthOfDay[day]!;
    if (month !== this.errorMonth) {
      this.errorMonth = month;
      this.forecastError.forEach((draw, c) => (this.errorFactor[c] = draw === undefined ? 1 : draw()));
    }
    const multiplier = this.handleTime?.multiplier ?? 1;
    this.plannedMultiplier = multiplier;
    const r = this.requirement;
    return r.fill(day, this.rates, this.errorFactor, this.forecastPerSec, this.required, this.target, multiplier);
  }

  /** The candidate list, with the agents added to the pool since the last day appended. */
  private candidatesOf(pool: AgentPool): Int32Array {
    if (this.candidates.length < pool.capacity) {
      const grown = new Int32Array(pool.capacity);
      grown.set(this.candidates.subarray(0, this.candidateCount));
      this.candidates = grown;
    }
    for (let a = this.candidatesListed; a < pool.count; a++) this.candidates[this.candidateCount++] = a;
    this.candidatesListed = pool.count;
    return this.candidates;
  }

  /**
   * Fills `working` with the rosterable agents whose days off do not include this weekday (all of them when
   * all-present; none on a closed day), in index order, on-site agents first when rostering by planner.
   */
  private workingToday(day: number, pool: AgentPool, open: boolean): void {
    const weekday = this.calendar.dayOfWeek[day]!;
    const allPresent = this.operations.rostering === "all-present";
    const daysOff = allPresent ? 0 : 7 - this.operations.workDaysPerWeek;
    let onSite = 0,
      remote = 0;
    const { rosterable, firstDayOff, stage } = pool;
    const remoteAgent = pool.remote;
    const { working, remoteToday } = this;
    const candidates = this.candidatesOf(pool);
    const listed = open ? this.candidateCount : 0;
    let kept = 0;
    // NOTE: without branches on the agent (each agent is written to the next place of both lists, and the counts
    // step only where it belongs): which agents work today follows no pattern a branch predictor could learn, and
    // the branches cost about half of this loop (measured).
    for (let k = 0; k < listed; k++) {
      const a = candidates[k]!;
      // An agent who has left never comes back: dropped from the list for good.
      const stays = +(stage[a] !== STAGE.left);
      candidates[kept] = a;
      kept += stays;
      // Days since the agent's first day off, (weekday - firstDayOff) mod 7 with both in 0..6, without a division
      // (a negative difference, whose sign bit is set, gains 7).
      const sinceOff = weekday - firstDayOff[a]!;
      const works = stays & +(rosterable[a] !== 0) & +(sinceOff + ((sinceOff >> 31) & 7) >= daysOff);
      const away = allPresent ? 0 : +(remoteAgent[a] !== 0);
      working[onSite] = a;
      remoteToday[remote] = a;
      onSite += works & (away ^ 1);
      remote += works & away;
    }
    if (open) this.candidateCount = kept;
    this.working.set(this.remoteToday.subarray(0, remote), onSite);
    this.onSiteCount = onSite;
    this.workingCount = onSite + remote;
  }
}
