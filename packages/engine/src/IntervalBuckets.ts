/**
 * Sums and counts per fixed-width interval of time over a fixed number of intervals, e.g. width 1800 (s) and
 * count 48 for the half-hours of a day. Memory does not grow with the number of observations.
 *
 * Interval `i` covers [startTime + i * widthTime, startTime + (i + 1) * widthTime).
 */
export class IntervalBuckets {
  readonly widthTime: number;
  readonly intervalCount: number;
  readonly startTime: number;
  /** Sum of the values added per interval. */
  readonly sums: Float64Array;
  /** Number of values added per interval (a Float64Array so that it never overflows). */
  readonly counts: Float64Array;

  constructor(widthTime: number, intervalCount: number, startTime = 0) {
    if (!(widthTime > 0) || !Number.isFinite(widthTime)) {
      throw new RangeError(`IntervalBuckets: widthTime must be a positive finite number, got ${widthTime}`);
    }
    if (!Number.isSafeInteger(intervalCount) || intervalCount < 1) {
      throw new RangeError(`IntervalBuckets: intervalCount must be an integer >= 1, got ${intervalCount}`);
    }
    if (!Number.isFinite(startTime))
      throw new RangeError(`IntervalBuckets: startTime must be finite, got ${startTime}`);
    this.widthTime = widthTime;
    this.intervalCount = intervalCount;
    this.startTime = startTime;
    this.sums = new Float64Array(intervalCount);
    this.counts = new Float64Array(intervalCount);
  }

  /** Index of the interval containing `time`, or -1 when `time` is outside [start, start + width * count). */
  indexOf(time: number): number {
    const index = Math.floor((time - this.startTime) / this.widthTime);
    // The explicit upper check also guards against rounding just below the end landing on index `count`.
    return index >= 0 && index < this.intervalCount ? index : -1;
  }

  /** Adds `value` to the interval containing `time`; a time outside the covered range throws RangeError (a defect). */
  add(time: number, value: number): void {
    const index = this.indexOf(time);
    if (index < 0) {
      const end = this.startTime + this.widthTime * this.intervalCount;
      throw new RangeError(`IntervalBuckets.add: time ${time} is outside [${this.startTime}, ${end})`);
    }
    this.sums[index]! += value;
    this.counts[index]!++;
  }

  /** Zeroes every sum and count. */
  reset(): void {
    this.sums.fill(0);
    this.counts.fill(0);
  }
}
