/**
 * Streaming mean and variance by Welford's update (B. P. Welford, Technometrics 4(3), 1962), numerically stable
 * where the naive sum of squares cancels catastrophically. Memory is constant however many values are added.
 */
export class Welford {
  private n = 0;
  private runningMean = 0;
  /** Sum of squared deviations from the running mean. */
  private m2 = 0;

  /** Adds one observation. */
  add(x: number): void {
    this.n++;
    const delta = x - this.runningMean;
    this.runningMean += delta / this.n;
    this.m2 += delta * (x - this.runningMean);
  }

  /** Number of observations. */
  get count(): number {
    return this.n;
  }

  /** Mean of the observations (0 when there are none). */
  get mean(): number {
    return this.runningMean;
  }

  /** Sample variance (divisor n - 1); 0 when count < 2. */
  get variance(): number {
    return this.n < 2 ? 0 : this.m2 / (this.n - 1);
  }

  /** Sample standard deviation, the square root of `variance`. */
  get stdDev(): number {
    return Math.sqrt(this.variance);
  }

  /**
   * Adds every observation of `other` as if they had been added here (Chan, Golub and LeVeque's pairwise
   * combination), e.g. to combine accumulators of parallel workers. `other` is unchanged.
   */
  merge(other: Welford): void {
    if (other.n === 0) return;
    const n = this.n + other.n;
    const delta = other.runningMean - this.runningMean;
    this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
    this.runningMean += (delta * other.n) / n;
    this.n = n;
  }

  /** Forgets every observation. */
  reset(): void {
    this.n = 0;
    this.runningMean = 0;
    this.m2 = 0;
  }
}
