/**
 * The handle-time multiplier the planner staffs for (docs/model.md, "The planner, rosters and shrinkage"): with
 * `observed`, the mean of the daily realised multipliers of the agents on the phones over the trailing
 * `windowDays` days, as a WFM planner forecasts handle time from recent actuals, so its requirement follows a
 * workforce that is slower (many new hires) or faster (a piece rate); with `proficient`, 1 (the scenario's handle
 * time, whatever the workforce).
 *
 * The day's realised multiplier is the harmonic mean of the agents' multipliers, N / sum(1 / m): an agent who is
 * twice as slow handles half as many contacts in the same busy time, so the mean handle time of the contacts
 * handled, which is what a planner's reports show, weights fast agents more (the arithmetic mean would overstate
 * it). The published value is quantised to steps of 0.5% on a log scale: the planner's requirement curves are
 * keyed by handle time, so few distinct values keep them few and the day and month requirements memoisable, and
 * 0.5% of handle time moves a requirement by at most about one agent in a thousand-agent centre.
 */
export class PlannedHandleTime {
  /** The trailing days' multipliers, a ring written at `next`. */
  private days: Float64Array;
  private next = 0;
  private quantised = 1;
  /** What the window was filled with at the start, and every day's multiplier seen since (for a new window). */
  private startValue = 1;
  private readonly seen: number[] = [];

  constructor(
    private planFor: "observed" | "proficient",
    windowDays: number,
  ) {
    this.days = new Float64Array(Math.max(1, Math.round(windowDays))).fill(1);
  }

  get mode(): "observed" | "proficient" {
    return this.planFor;
  }

  /** The multiplier the planner staffs for today (1 with `proficient`). */
  get multiplier(): number {
    return this.quantised;
  }

  /** Fills the window with the starting workforce's multiplier, so an equilibrium start has no transient. */
  start(multiplier: number): void {
    this.startValue = multiplier > 0 ? multiplier : 1;
    this.days.fill(this.startValue);
    this.publish();
  }

  /** Records a day's realised multiplier (ignored when no agent was on the phones). */
  observe(multiplier: number): void {
    if (!(multiplier > 0)) return;
    this.seen.push(multiplier);
    this.days[this.next] = multiplier;
    this.next = (this.next + 1) % this.days.length;
    this.publish();
  }

  /**
   * The mode and window from a dated intervention. The same ones change nothing; a new window holds what a window
   * of that length would hold had it been kept from the start (the days seen, the starting value before them), so
   * the planner then staffs exactly as one with those settings all along would on the same days seen.
   */
  configure(mode: "observed" | "proficient", windowDays: number): void {
    const length = Math.max(1, Math.round(windowDays));
    if (mode === this.planFor && length === this.days.length) return;
    this.planFor = mode;
    if (length !== this.days.length) {
      const seen = this.seen.length;
      this.days = new Float64Array(length).fill(this.startValue);
      for (let k = Math.max(0, seen - length); k < seen; k++) this.days[k % length] = this.seen[k]!;
      this.next = seen % length;
    }
    if (mode === "proficient") this.quantised = 1;
    else this.publish();
  }

  private publish(): void {
    if (this.planFor === "proficient") return;
    // Summed afresh each day in ring order (a few dozen additions): no drift of a running sum.
    let sum = 0;
    for (let i = 0; i < this.days.length; i++) sum += this.days[i]!;
    this.quantised = quantise(sum / this.days.length);
  }
}

/** `x` rounded to the nearest step of 0.5% on a log scale (1 stays exactly 1). */
export function quantise(x: number): number {
  const bins = Math.round(Math.log(x) / Math.log(1.005));
  return bins === 0 ? 1 : Math.exp(bins * Math.log(1.005));
}
