/**
 * Time-weighted average of a piecewise-constant level, such as busy servers or queue length: the level holds
 * from each change to the next, and the accumulator keeps only the running integral, so memory stays constant.
 * Times must never decrease (RangeError otherwise: a defect in the caller).
 */
export class TimeWeightedLevel {
  private startTime: number;
  private lastTime: number;
  private currentLevel: number;
  /** Integral of the level from `startTime` to `lastTime`. */
  private area = 0;

  constructor(startTime = 0, level = 0) {
    requireFinite(startTime, "startTime");
    requireFinite(level, "level");
    this.startTime = startTime;
    this.lastTime = startTime;
    this.currentLevel = level;
  }

  /** The current level. */
  get level(): number {
    return this.currentLevel;
  }

  /** The level becomes `level` from `time` on. */
  set(time: number, level: number): void {
    this.advance(time);
    this.currentLevel = level;
  }

  /** The level changes by `delta` at `time`. */
  add(time: number, delta: number): void {
    this.advance(time);
    this.currentLevel += delta;
  }

  /** Integral of the level from the start (or last reset) to `time`. */
  integral(time: number): number {
    this.check(time);
    return this.area + this.currentLevel * (time - this.lastTime);
  }

  /** Time-average of the level from the start (or last reset) to `time`; the current level if that span is empty. */
  mean(time: number): number {
    const span = time - this.startTime;
    const integral = this.integral(time);
    return span > 0 ? integral / span : this.currentLevel;
  }

  /** Restarts accumulation at `time`, keeping the current level (e.g. at the end of a warm-up). */
  reset(time: number): void {
    this.check(time);
    this.startTime = time;
    this.lastTime = time;
    this.area = 0;
  }

  private advance(time: number): void {
    this.check(time);
    this.area += this.currentLevel * (time - this.lastTime);
    this.lastTime = time;
  }

  private check(time: number): void {
    if (!(time >= this.lastTime) || time === Infinity) {
      throw new RangeError(`TimeWeightedLevel: time must be finite and >= ${this.lastTime}, got ${time}`);
    }
  }
}

function requireFinite(x: number, what: string): void {
  if (!Number.isFinite(x)) throw new RangeError(`TimeWeightedLevel: ${what} must be finite, got ${x}`);
}
