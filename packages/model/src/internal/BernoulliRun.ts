import type { RandomStream } from "@ccsim/engine";

/**
 * A sequence of independent Bernoulli(p) trials drawn by the gaps between successes: the failures before the next
 * success are geometric, floor(ln U / ln(1 - p)), so one uniform and a logarithm per success replace one uniform
 * per trial, with the same law. The sequence carries over between calls (the next day's trials continue it); a new
 * p starts a fresh gap, which is exact because the trials are independent (the geometric law is memoryless).
 */
export class BernoulliRun {
  private p = Number.NaN;
  private logFailure = 0;
  /** Failures still to come before the next success. */
  private failuresLeft = 0;

  constructor(private readonly uniform: RandomStream) {}

  /** The next trial, a success with probability p in [0, 1]. */
  next(p: number): boolean {
    if (p !== this.p) {
      this.p = p;
      this.logFailure = Math.log1p(-p);
      this.failuresLeft = this.gap();
    }
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      return false;
    }
    this.failuresLeft = this.gap();
    return true;
  }

  private gap(): number {
    // p = 0 never succeeds (Infinity stays Infinity when counted down); p >= 1 always does. U is in (0, 1).
    if (!(this.p > 0)) return Number.POSITIVE_INFINITY;
    if (this.p >= 1) return 0;
    return Math.floor(Math.log(this.uniform.next()) / this.logFailure);
  }
}
