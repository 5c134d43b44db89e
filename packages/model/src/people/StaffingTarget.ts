import type { CentreParams, ChannelParams, OperationsParams } from "../CentreParams.js";
import { arrivalRates } from "../Demand.js";
import { Planner } from "../Planner.js";
import type { PlannedHandleTime } from "../PlannedHandleTime.js";
import { buildCalendar, monthDays, type SimCalendar } from "../SimCalendar.js";

/**
 * Required FTE per month for the hire-up-to policy: the planner's requirement on the phones over the month's
 * intervals, grossed up for shrinkage, divided by the paid time of one agent (work days a week x the longest
 * shift), at the handle time the planner staffs for (`handleTime`; absent: proficient agents). Memoised per month
 * and planned multiplier (quantised, so a month sees a few values at most).
 */
export class StaffingTarget {
  /** Required FTE by month, then by planned multiplier (nested maps: no key string built per day). */
  private readonly byMonth = new Map<number, Map<number, number>>();
  private readonly planners: Planner[];

  constructor(
    private readonly calendar: SimCalendar,
    channels: readonly ChannelParams[],
    private readonly rates: readonly Float64Array[],
    private readonly operations: OperationsParams,
    private readonly handleTime?: Pick<PlannedHandleTime, "multiplier">,
  ) {
    this.planners = channels.map((c) => new Planner(c));
  }

  /** Agents needed on the payroll (excluding trainees) in the month containing `day`. */
  requiredFte(day: number): number {
    const month = this.calendar.monthOfDay[day];
    if (month === undefined) throw new RangeError(`day ${day} is outside the calendar's ${this.calendar.days} days`);
    const multiplier = this.handleTime?.multiplier ?? 1;
    let byMultiplier = this.byMonth.get(month);
    if (byMultiplier === undefined) this.byMonth.set(month, (byMultiplier = new Map<number, number>()));
    const cached = byMultiplier.get(multiplier);
    if (cached !== undefined) return cached;
    const fte = this.compute(month, multiplier);
    byMultiplier.set(multiplier, fte);
    return fte;
  }

  private compute(month: number, multiplier: number): number {
    const cal = this.calendar;
    const perDay = cal.intervalsPerDay;
    const { first, end } = monthDays(cal, month);
    // NOTE: a month's days repeat a few forecasts (one per weekday, without special days), so each distinct day is
    // looked up once and counted as often as it occurs. Requirements are whole agents, so the sum is exact in any
    // order: the same to the bit as adding every day's one by one. The distinct days are found afresh each time:
    // a dated change of demand overwrites the rates in place, and without new people parameters keeps this target.
    const distinct = this.distinctDays(first, end);
    const channels = distinct.rates.length;
    let agentIntervals = 0;
    for (let k = 0; k < distinct.days.length; k++) {
      const d = distinct.days[k]!;
      for (let c = 0; c < channels; c++) {
        const planner = this.planners[c];
        if (planner === undefined) continue;
        const rates = distinct.rates[c]!;
        let day = 0;
        for (let i = 0; i < perDay; i++) {
          day += planner.requiredAgents(rates[d * perDay + i]!, i, multiplier);
        }
        agentIntervals += distinct.counts[k]! * day;
      }
    }
    const longestShift = Math.max(...this.operations.shiftTemplates.map((t) => t.lengthIntervals));
    const days = end - first;
    const workDays = this.operations.rostering === "all-present" ? days : (days * this.operations.workDaysPerWeek) / 7;
    const intervalsPerAgent = workDays * (this.operations.rostering === "all-present" ? perDay : longestShift);
    const shrinkage = this.operations.rostering === "all-present" ? 0 : this.operations.shrinkage;
    return agentIntervals / (1 - shrinkage) / intervalsPerAgent;
  }

  /** The days of [first, end) with a forecast of their own, each with how many days of the range share it. */
  private distinctDays(first: number, end: number): MonthDays {
    const perDay = this.calendar.intervalsPerDay;
    const rates = this.planners.map((_, c) => {
      const channelRates = this.rates[c];
      if (channelRates === undefined) throw new RangeError(`no arrival rates for channel ${c}`);
      return channelRates;
    });
    const days: number[] = [],
      counts: number[] = [];
    for (let d = first; d < end; d++) {
      const at = days.findIndex((e) => isLike(rates, perDay, e, d));
      if (at < 0) {
        days.push(d);
        counts.push(1);
      } else counts[at] = (counts[at] ?? 0) + 1;
    }
    return { days, counts, rates };
  }
}

/** A month's distinct forecast days (the first of each kind) and how many of its days have each forecast. */
interface MonthDays {
  readonly days: readonly number[];
  readonly counts: number[];
  /** Each channel's arrival rates (all days), checked present. */
  readonly rates: readonly Float64Array[];
}

/** Whether days e and d have the same forecast in every channel and interval. */
function isLike(channels: readonly Float64Array[], perDay: number, e: number, d: number): boolean {
  // (A day unlike another usually differs in its first interval already.)
  for (const rates of channels)
    for (let i = 0; i < perDay; i++) if (rates[e * perDay + i] !== rates[d * perDay + i]) return false;
  return true;
}

/**
 * Agents the planner needs on the payroll (past training) in the first simulated month, at the planned handle-time
 * `multiplier` (1: proficient agents): the size of an `auto` start.
 */
export function requiredFteAtStart(params: CentreParams, multiplier = 1): number {
  const calendar = buildCalendar(params.calendar);
  const rates = params.channels.map((channel) => arrivalRates(channel.demand, calendar));
  return new StaffingTarget(calendar, params.channels, rates, params.operations, { multiplier }).requiredFte(0);
}
