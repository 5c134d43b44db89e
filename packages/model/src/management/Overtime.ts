import { grown } from "../internal/grown.js";
import type { ActiveAgents } from "../people/ActiveAgents.js";
import type { OvertimeParams } from "./ManagementParams.js";

/**
 * Overtime (docs/model.md 5.1): when the day's roster leaves intervals short of the planner's target, agents on a
 * single-block shift stay on (or come in early) for whole intervals next to their shift, within a daily and a weekly
 * cap per agent. The hours are paid at the Labour Code premium and add burnout strain. This class keeps the caps,
 * the hours and the pay; DayPlan decides where the extra intervals go.
 */
export class Overtime {
  /** Overtime hours of each agent today, in the current week of the run, this month, and premium-weighted this month. */
  dayHours = new Float64Array(0);
  weekHours = new Float64Array(0);
  monthHours = new Float64Array(0);
  monthPremiumHours = new Float64Array(0);
  /** Weekly overtime hours smoothed over 7 days (load_t = load_{t-1} (1 - 1/7) + hours_t; steady state: hours a week). */
  weeklyLoad = new Float64Array(0);
  /** Total overtime hours this month, over all agents. */
  hoursThisMonth = 0;
  private week = -1;
  /**
   * The agents with overtime today, whose `dayHours` the next day clears: a few hundred a day against a fill of the
   * whole pool (about 3,000 indices after two years of MTS, most of them agents who left).
   */
  private workedToday: number[] = [];

  constructor(
    public params: OvertimeParams,
    private readonly intervalHours: number,
  ) {}

  /**
   * Starts a day: grows the per-agent arrays, resets the weekly caps on a new week, decays the smoothed load of the
   * `employed` agents. Only an employed agent's load is read again (its strain), and the pool's indices are mostly
   * agents who left (about 2,800 for 850 employed after two years of MTS).
   */
  startDay(day: number, capacity: number, employed: Pick<ActiveAgents, "indices" | "sync">): void {
    if (this.weekHours.length < capacity) {
      this.dayHours = grown(this.dayHours, capacity);
      this.weekHours = grown(this.weekHours, capacity);
      this.monthHours = grown(this.monthHours, capacity);
      this.monthPremiumHours = grown(this.monthPremiumHours, capacity);
      this.weeklyLoad = grown(this.weeklyLoad, capacity);
    }
    const dayHours = this.dayHours;
    for (const a of this.workedToday) dayHours[a] = 0;
    this.workedToday.length = 0;
    const week = Math.floor(day / 7);
    if (week !== this.week) {
      this.week = week;
      this.weekHours.fill(0);
    }
    const load = this.weeklyLoad;
    const n = employed.sync();
    const { indices } = employed;
    for (let i = 0; i < n; i++) load[indices[i]!]! *= 6 / 7;
  }

  /** Whole intervals of overtime agent a may still work today (0 when the policy is off). */
  allowance(a: number): number {
    const p = this.params;
    if (!p.enabled) return 0;
    const hours = Math.min(p.maxHoursPerAgentDay - this.dayHours[a]!, p.maxHoursPerAgentWeek - this.weekHours[a]!);
    // NOTE: the epsilon keeps 2 h / 0.5 h at 4 intervals despite rounding in the week's running total.
    return Math.max(0, Math.floor(hours / this.intervalHours + 1e-9));
  }

  /** Records `intervals` of overtime worked by agent a today (at most its allowance). */
  record(a: number, intervals: number): void {
    if (intervals <= 0) return;
    const p = this.params;
    const hours = intervals * this.intervalHours;
    // Russian Labour Code art. 152: 1.5x for the first two hours of a day, 2x after.
    const before = this.dayHours[a]!;
    const first = Math.max(0, Math.min(before + hours, p.premiumFirstHours) - before);
    if (before === 0) this.workedToday.push(a);
    this.dayHours[a]! += hours;
    this.weekHours[a]! += hours;
    this.monthHours[a]! += hours;
    this.weeklyLoad[a]! += hours;
    this.hoursThisMonth += hours;
    this.monthPremiumHours[a]! += first * p.firstHoursPremium + (hours - first) * p.laterHoursPremium;
  }

  /** Burnout strain the agent's recent overtime adds to its occupancy strain. */
  strain(a: number): number {
    return a < this.weeklyLoad.length ? this.params.strainPerWeeklyHour * this.weeklyLoad[a]! : 0;
  }

  /** Overtime pay of agent a this month at `hourlyRate` (monthly pay / standard hours). */
  pay(a: number, hourlyRate: number): number {
    return a < this.monthPremiumHours.length ? this.monthPremiumHours[a]! * hourlyRate : 0;
  }

  resetMonth(): void {
    this.monthHours.fill(0);
    this.monthPremiumHours.fill(0);
    this.hoursThisMonth = 0;
  }
}
