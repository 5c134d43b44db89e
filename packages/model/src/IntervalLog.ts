import type { AgentPool } from "./AgentPool.js";
import type { DayPlan } from "./DayPlan.js";
import { Planner } from "./Planner.js";
import { SECONDS_PER_DAY, type SimCalendar } from "./SimCalendar.js";

/** Days of the simulation to record interval by interval: `[fromDay, toDay)`, day 0 = first simulated day. */
export interface IntervalRange {
  readonly fromDay: number;
  readonly toDay: number;
  /** Also record who worked which shift (the roster) in these days. */
  readonly roster?: boolean;
}

/** Most days one replication records interval by interval: a month keeps a replication's record under 1 MB. */
export const MAX_RECORDED_DAYS = 31;

/**
 * What one replication did interval by interval over a few days: plain typed arrays, so a worker posts them back
 * cheaply. Per channel and interval: index `(d * intervalsPerDay + i) * channels + c`; per interval: `d *
 * intervalsPerDay + i`, d counted from `fromDay`. Contacts count in the interval they arrived in.
 */
export interface IntervalRecords {
  readonly fromDay: number;
  readonly days: number;
  readonly intervalsPerDay: number;
  readonly channels: number;
  readonly offered: Float64Array;
  readonly answered: Float64Array;
  readonly abandoned: Float64Array;
  readonly answeredWithinThreshold: Float64Array;
  readonly abandonedWithinThreshold: Float64Array;
  readonly waitAnsweredSec: Float64Array;
  /** Contacts the planner forecast for the interval (its rate to the 0.5% bin it staffs for, see Planner). */
  readonly forecastOffered: Float64Array;
  /** Agents the planner required on the phones. */
  readonly required: Float64Array;
  /** Per day: the handle-time multiplier the planner staffed the day for (`DayPlan.plannedMultiplier`). */
  readonly plannedMultiplier: Float64Array;
  /** Per interval: agents rostered on shift, agents on the phones (after absence and breaks), agent-seconds busy. */
  readonly rostered: Float64Array;
  readonly loggedIn: Float64Array;
  readonly busySec: Float64Array;
  /** The roster, when asked for: one entry per agent and day worked (see RosterRecords). */
  readonly roster?: RosterRecords;
}

/**
 * One row per agent present on a day: its day (from `fromDay`), agent index, remote flag, two shift blocks (start
 * interval and length; the second block, a split shift's or overtime, may have length 0), and its breaks: the
 * intervals `breakAt[breaksFrom[r] + k]` for k below `breakCount[r]`, each taking `breakShare[...]` of its interval
 * from its start (1: all of it). Unplanned absence is left out: these are the shifts actually worked.
 */
export interface RosterRecords {
  readonly rows: number;
  readonly day: Int32Array;
  readonly agent: Int32Array;
  readonly remote: Uint8Array;
  readonly start1: Int32Array;
  readonly length1: Int32Array;
  readonly start2: Int32Array;
  readonly length2: Int32Array;
  readonly breaksFrom: Int32Array;
  readonly breakCount: Int32Array;
  readonly breakAt: Int32Array;
  readonly breakShare: Float64Array;
}

/**
 * Records a replication's intervals over a range of days, beside the daily tally. The fidelities call it only
 * when a range was asked for, so a run without exports does no extra work.
 */
export class IntervalLog {
  readonly records: IntervalRecords;
  private readonly perDay: number;
  private readonly roster: RosterBuilder | undefined;

  constructor(
    private readonly calendar: SimCalendar,
    private readonly channels: number,
    range: IntervalRange,
  ) {
    const fromDay = Math.max(0, range.fromDay);
    const toDay = Math.min(calendar.days, range.toDay);
    if (!(toDay > fromDay) || toDay - fromDay > MAX_RECORDED_DAYS)
      throw new RangeError(`interval records need 1 to ${MAX_RECORDED_DAYS} days, got ${fromDay}..${toDay}`);
    this.perDay = calendar.intervalsPerDay;
    const days = toDay - fromDay;
    const perChannel = (): Float64Array => new Float64Array(days * this.perDay * channels);
    const perInterval = (): Float64Array => new Float64Array(days * this.perDay);
    this.roster = range.roster === true ? new RosterBuilder() : undefined;
    this.records = {
      fromDay,
      days,
      intervalsPerDay: this.perDay,
      channels,
      offered: perChannel(),
      answered: perChannel(),
      abandoned: perChannel(),
      answeredWithinThreshold: perChannel(),
      abandonedWithinThreshold: perChannel(),
      waitAnsweredSec: perChannel(),
      forecastOffered: perChannel(),
      required: perChannel(),
      plannedMultiplier: new Float64Array(days),
      rostered: perInterval(),
      loggedIn: perInterval(),
      busySec: perInterval(),
    };
  }

  /** The finished records (with the roster when asked for). */
  finish(): IntervalRecords {
    return this.roster === undefined ? this.records : { ...this.records, roster: this.roster.build() };
  }

  /** Index of the interval of day `day` (absolute), or -1 outside the range. */
  slot(day: number, interval: number): number {
    const d = day - this.records.fromDay;
    return d >= 0 && d < this.records.days && interval >= 0 && interval < this.perDay ? d * this.perDay + interval : -1;
  }

  /** Index of the interval containing simulation time `t` (seconds), or -1 outside the range or opening hours. */
  slotAt(t: number): number {
    const day = Math.floor(t / SECONDS_PER_DAY);
    return this.slot(day, Math.floor((t - day * SECONDS_PER_DAY - this.calendar.openSec) / this.calendar.intervalSec));
  }

  /** Records the day's plan: forecast, requirement, rostered and on the phones per interval, and the roster. */
  recordPlan(day: number, plan: DayPlan, pool: AgentPool): void {
    if (this.slot(day, 0) < 0) return;
    const r = this.records,
      perDay = this.perDay,
      sec = this.calendar.intervalSec;
    r.plannedMultiplier[day - r.fromDay] = plan.plannedMultiplier;
    for (let i = 0; i < perDay; i++) {
      const s = this.slot(day, i);
      r.rostered[s] = plan.scheduled[i]!;
      r.loggedIn[s] = plan.loggedIn[i]!;
      for (let c = 0; c < this.channels; c++) {
        const rate = plan.forecastPerSec[c * perDay + i]!;
        r.forecastOffered[s * this.channels + c] =
          rate > 0 ? (Planner.binnedCallsPerHour(rate * 3600) * sec) / 3600 : 0;
        r.required[s * this.channels + c] = plan.required[c * perDay + i]!;
      }
    }
    this.roster?.addDay(day - r.fromDay, plan, pool);
  }

  /** A contact of channel `c` that arrived at `arrival` (seconds) was offered. */
  offered(arrival: number, c: number): void {
    const s = this.slotAt(arrival);
    if (s >= 0) this.records.offered[s * this.channels + c]! += 1;
  }

  /** A contact of channel `c` that arrived at `arrival` was answered after `wait` seconds. */
  answered(arrival: number, c: number, wait: number, thresholdSec: number): void {
    const s = this.slotAt(arrival);
    if (s < 0) return;
    const k = s * this.channels + c;
    this.records.answered[k]! += 1;
    this.records.waitAnsweredSec[k]! += wait;
    if (wait <= thresholdSec) this.records.answeredWithinThreshold[k]! += 1;
  }

  /** A contact of channel `c` that arrived at `arrival` abandoned after `wait` seconds. */
  abandoned(arrival: number, c: number, wait: number, thresholdSec: number): void {
    const s = this.slotAt(arrival);
    if (s < 0) return;
    this.records.abandoned[s * this.channels + c]! += 1;
    if (wait <= thresholdSec) this.records.abandonedWithinThreshold[s * this.channels + c]! += 1;
  }

  /**
   * An agent busy from `start` for `seconds` at `weight` of its capacity (a chat session: 1 / concurrency), split
   * over the intervals the work falls in.
   */
  busy(start: number, seconds: number, weight: number): void {
    const sec = this.calendar.intervalSec;
    let t = start,
      left = seconds;
    while (left > 0) {
      const day = Math.floor(t / SECONDS_PER_DAY);
      const intoOpen = t - day * SECONDS_PER_DAY - this.calendar.openSec;
      const interval = Math.floor(intoOpen / sec);
      const part = Math.min(left, (interval + 1) * sec - intoOpen);
      const s = this.slot(day, interval);
      if (s >= 0) this.records.busySec[s]! += part * weight;
      else if (day >= this.records.fromDay + this.records.days) return;
      t += part;
      left -= part;
    }
  }

  /** One interval's outcome of channel `c` at interval fidelity (expected-value draws, already counted). */
  addInterval(
    day: number,
    interval: number,
    c: number,
    outcome: { answered: number; abandoned: number; answeredWithin: number; abandonedWithin: number; asaSec: number },
    busySec: number,
  ): void {
    const s = this.slot(day, interval);
    if (s < 0) return;
    const r = this.records,
      k = s * this.channels + c;
    r.offered[k]! += outcome.answered + outcome.abandoned;
    r.answered[k]! += outcome.answered;
    r.abandoned[k]! += outcome.abandoned;
    r.answeredWithinThreshold[k]! += outcome.answeredWithin;
    r.abandonedWithinThreshold[k]! += outcome.abandonedWithin;
    r.waitAnsweredSec[k]! += outcome.answered * outcome.asaSec;
    r.busySec[s]! += busySec;
  }
}

/** Growable columns of the roster. */
class RosterBuilder {
  private rows = 0;
  private cols = { day: [] as number[], agent: [] as number[], remote: [] as number[] };
  private blocks = { start1: [] as number[], length1: [] as number[], start2: [] as number[], length2: [] as number[] };
  private breaks = { from: [] as number[], count: [] as number[], at: [] as number[], share: [] as number[] };

  addDay(d: number, plan: DayPlan, pool: AgentPool): void {
    const { start, length, breaks, breaksFrom, breakAt, part } = plan.classes;
    for (let p = 0; p < plan.presentCount; p++) {
      const agent = plan.present[p]!;
      const first = plan.blockClass[2 * p]!,
        second = plan.blockClass[2 * p + 1]!;
      this.cols.day.push(d);
      this.cols.agent.push(agent);
      this.cols.remote.push(pool.remote[agent]!);
      this.blocks.start1.push(first >= 0 ? start[first]! : 0);
      this.blocks.length1.push(first >= 0 ? length[first]! : 0);
      this.blocks.start2.push(second >= 0 ? start[second]! : 0);
      this.blocks.length2.push(second >= 0 ? length[second]! : 0);
      this.breaks.from.push(this.breaks.at.length);
      let count = 0;
      for (const c of [first, second]) {
        if (c < 0) continue;
        const from = breaksFrom[c]!,
          n = breaks[c]!;
        // Only a block's last break may be shorter than its interval (see ShiftPlacement.placeShift).
        for (let k = 0; k < n; k++) {
          this.breaks.at.push(breakAt[from + k]!);
          this.breaks.share.push(k === n - 1 ? part[c]! : 1);
        }
        count += n;
      }
      this.breaks.count.push(count);
      this.rows++;
    }
  }

  build(): RosterRecords {
    return {
      rows: this.rows,
      day: Int32Array.from(this.cols.day),
      agent: Int32Array.from(this.cols.agent),
      remote: Uint8Array.from(this.cols.remote),
      start1: Int32Array.from(this.blocks.start1),
      length1: Int32Array.from(this.blocks.length1),
      start2: Int32Array.from(this.blocks.start2),
      length2: Int32Array.from(this.blocks.length2),
      breaksFrom: Int32Array.from(this.breaks.from),
      breakCount: Int32Array.from(this.breaks.count),
      breakAt: Int32Array.from(this.breaks.at),
      breakShare: Float64Array.from(this.breaks.share),
    };
  }
}
