/**
 * The planner's own estimate of its time to fill (docs/model.md 4.2), which sets the pipeline allowance of the
 * hire-up-to target. A real planner sizes its requisitions on the fill times it has recently seen, not on a
 * number fixed when the plan was written: a centre whose hiring speeds up (remote hiring) would otherwise keep
 * an allowance for a pipeline it no longer has, and overshoot its need.
 *
 * The estimate is the occurrence-exposure ratio: vacancy-days open divided by vacancies filled, both summed with
 * weights that halve every `halfLifeDays`. Averaging the days to fill of the vacancies filled so far would be
 * biased low whenever fill times lengthen (the quick fills are seen first, the slow ones are still open); the ratio
 * counts the open ones too, and with a constant daily fill rate r per vacancy it tends to 1 / r, the mean time to
 * fill (the maximum-likelihood estimate of an exponential mean under censoring).
 *
 * The starting belief enters as the memory a planner of a running centre already has: fills at the centre's
 * steady hiring rate over the whole memory (the discounted sum of a constant daily stream, 1 / (1 - decay) days),
 * each after the believed time. It then fades at the half-life like any past observation. A prior worth one fill
 * was swamped by the first days' exposure, when the few fills seen make the ratio jump (a plain steady centre's
 * planned time to fill went from 33 to 67 days on its second day and its headcount rose 6% in the first month).
 */
export class LearnedTimeToFill {
  /** Discounted vacancy-days of exposure, including the prior's. */
  private exposureDays: number;
  /** Discounted fills, including the prior's. */
  private fills: number;
  private readonly decayPerDay: number;
  private lastDay: number;

  /**
   * @param initialDays the configured time to fill, believed until fills are seen
   * @param halfLifeDays days after which an observation counts half
   * @param maxDays the estimate's ceiling: with vacancies open and no fills the ratio grows without bound
   * @param priorFillsPerDay the hiring rate the belief was formed at (at least one fill is assumed in all)
   */
  constructor(
    initialDays: number,
    halfLifeDays: number,
    private readonly maxDays: number,
    firstDay: number,
    priorFillsPerDay = 0,
  ) {
    if (!(initialDays > 0) || !(halfLifeDays > 0)) {
      throw new RangeError(`time to fill ${initialDays} and half-life ${halfLifeDays} must be positive`);
    }
    this.decayPerDay = 2 ** (-1 / halfLifeDays);
    this.fills = Math.max(1, priorFillsPerDay / (1 - this.decayPerDay));
    this.exposureDays = initialDays * this.fills;
    this.lastDay = firstDay;
  }

  /** Records day `day`: `openVacancies` were open through it (exposure) and `filled` of them were filled. */
  observe(day: number, openVacancies: number, filled: number): void {
    const decay = this.decayPerDay ** Math.max(0, day - this.lastDay);
    this.lastDay = day;
    this.exposureDays = this.exposureDays * decay + openVacancies;
    this.fills = this.fills * decay + filled;
  }

  /** The planner's current time to fill in days, at most `maxDays`. */
  get days(): number {
    return Math.min(this.maxDays, this.exposureDays / this.fills);
  }
}
