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
  private readonly byMonth = new Map<string, number>();
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
    const key = `${month}|${multiplier}`;
    const cached = this.byMonth.get(key);
    if (cached !== undefined) return cached;
    const fte = this.compute(month, multiplier);
    this.byMonth.set(key, fte);
    return fte;
  }

  private compute(month: number, multiplier: number): number {
    const cal = this.calendar;
    const perDay = cal.intervalsPerDay;
    const { first, end } = monthDays(cal, month);
    const channels = this.planners.map((planner, c) => {
      const rates = this.rates[c];
      if (rates === undefined) throw new RangeError(`no arrival rates for channel ${c}`);
      return { planner, rates };
    });
    // NOTE: a month's days repeat a few forecasts (one per weekday, without special days), so each distinct day is
    // looked up once and the days like it copy its requirements; they are still added one by one in the same
    // order, so the sum is the same to the bit.
    const width = channels.length * perDay;
    const required = new Float64Array((end - first) * width);
    let agentIntervals = 0;
    for (let d = first; d < end; d++) {
      const row = (d - first) * width;
      const like = earlierDayLike(channels, perDay, first, d);
      if (like < 0) {
        channels.forEach(({ planner, rates }, c) => {
          for (let i = 0; i < perDay; i++)
            required[row + c * perDay + i] = planner.requiredAgents(rates[d * perDay + i]!, i, multiplier);
        });
      } else required.copyWithin(row, (like - first) * width, (like - first + 1) * width);
      for (let k = row; k < row + width; k++) agentIntervals += required[k]!;
    }
    const longestShift = Math.max(...this.operations.shiftTemplates.map((t) => t.lengthIntervals));
    const days = end - first;
    const workDays = this.operations.rostering === "all-present" ? days : (days * this.operations.workDaysPerWeek) / 7;
    const intervalsPerAgent = workDays * (this.operations.rostering === "all-present" ? perDay : longestShift);
    const shrinkage = this.operations.rostering === "all-present" ? 0 : this.operations.shrinkage;
    return agentIntervals / (1 - shrinkage) / intervalsPerAgent;
  }
}

/** The latest day in [first, d) with day d's forecast in every channel and interval, or -1. */
function earlierDayLike(
  channels: readonly { readonly rates: Float64Array }[],
  perDay: number,
  first: number,
  d: number,
): number {
  for (let e = d - 1; e >= first; e--) {
    let same = true;
    for (let c = 0; c < channels.length && same; c++) {
      const rates = channels[c]!.rates;
      // (A day unlike d usually differs in its first interval already.)
      for (let i = 0; i < perDay && same; i++) same = rates[e * perDay + i] === rates[d * perDay + i];
    }
    if (same) return e;
  }
  return -1;
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
