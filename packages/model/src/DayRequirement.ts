import type { Planner } from "./Planner.js";

/** Day requirements remembered (a week of day types, plus room for a change of month). */
const REMEMBERED_DAYS = 16;

interface Remembered {
  /** The inputs: the day's true rates (channel after channel) and the month's forecast error factors. */
  readonly rates: Float64Array;
  readonly error: Float64Array;
  readonly forecastPerSec: Float64Array;
  readonly required: Float64Array;
  readonly target: Float64Array;
  demand: number;
  /** The planned handle-time multiplier the day was planned at. */
  multiplier: number;
}

/**
 * The planner's forecast, requirement and roster target of one day, from the day's arrival rates and the month's
 * forecast error: `forecastPerSec` and `required` per channel and interval (`[c * intervalsPerDay + i]`), and
 * `target`, the agents to roster per interval (the requirement of all channels grossed up for shrinkage).
 *
 * NOTE: a day's rates depend on its month and weekday only (special days and dated changes aside) and the error is
 * drawn monthly, so about four days in five repeat a day already planned this month. Recent days are remembered and
 * a day whose rates, error factors and planned handle-time multiplier equal one of theirs, value by value, is copied
 * rather than planned afresh: the same numbers, as the requirement is a function of these inputs (and of the
 * planners and shrinkage, which `DayPlan.configure` replaces together with this object).
 */
export class DayRequirement {
  private readonly remembered: Remembered[] = [];
  private next = 0;

  constructor(
    private readonly planners: readonly Planner[],
    private readonly shrinkage: number,
    private readonly perDay: number,
  ) {}

  /**
   * Fills the three outputs for `day` at the planned handle-time `multiplier` (PlannedHandleTime); returns the
   * day's total true rate (0: a closed day).
   */
  fill(
    day: number,
    rates: readonly Float64Array[],
    error: Float64Array,
    forecastPerSec: Float64Array,
    required: Float64Array,
    target: Float64Array,
    multiplier = 1,
  ): number {
    const known = this.find(day, rates, error, multiplier);
    if (known !== undefined) {
      forecastPerSec.set(known.forecastPerSec);
      required.set(known.required);
      target.set(known.target);
      return known.demand;
    }
    const perDay = this.perDay;
    target.fill(0);
    let demand = 0;
    for (let c = 0; c < this.planners.length; c++) {
      const factor = error[c]!;
      const channelRates = rates[c]!;
      const planner = this.planners[c]!;
      for (let i = 0; i < perDay; i++) {
        const rate = channelRates[day * perDay + i]!;
        demand += rate;
        const forecast = rate * factor;
        forecastPerSec[c * perDay + i] = forecast;
        const agents = planner.requiredAgents(forecast, i, multiplier);
        required[c * perDay + i] = agents;
        target[i]! += agents / (1 - this.shrinkage);
      }
    }
    // A slot's arrays are made once and overwritten when it is reused: no allocation per day.
    const slot = (this.remembered[this.next] ??= {
      rates: new Float64Array(required.length),
      error: new Float64Array(error.length),
      forecastPerSec: new Float64Array(forecastPerSec.length),
      required: new Float64Array(required.length),
      target: new Float64Array(target.length),
      demand: 0,
      multiplier: 1,
    });
    rates.forEach((r, c) => slot.rates.set(r.subarray(day * perDay, (day + 1) * perDay), c * perDay));
    slot.error.set(error);
    slot.forecastPerSec.set(forecastPerSec);
    slot.required.set(required);
    slot.target.set(target);
    slot.demand = demand;
    slot.multiplier = multiplier;
    this.next = (this.next + 1) % REMEMBERED_DAYS;
    return demand;
  }

  private find(
    day: number,
    rates: readonly Float64Array[],
    error: Float64Array,
    multiplier: number,
  ): Remembered | undefined {
    const perDay = this.perDay;
    search: for (const entry of this.remembered) {
      if (entry.multiplier !== multiplier) continue;
      for (let c = 0; c < error.length; c++) if (entry.error[c] !== error[c]) continue search;
      for (let c = 0; c < rates.length; c++) {
        const channelRates = rates[c]!;
        for (let i = 0; i < perDay; i++)
          if (entry.rates[c * perDay + i] !== channelRates[day * perDay + i]) continue search;
      }
      return entry;
    }
    return undefined;
  }
}
