import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { mean, quantileSorted, sampleStandardDeviation } from "simple-statistics";

/** A mean across replications with a Student-t confidence interval. */
export interface Estimate {
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Half-width of the interval; 0 when there is a single replication (no spread can be estimated). */
  readonly halfWidth: number;
  readonly stdDev: number;
  readonly replications: number;
  /** Confidence level of [ciLow, ciHigh], e.g. 0.95. */
  readonly confidence: number;
  /** 10th, 50th and 90th percentiles of the replication values: their spread, not the mean's uncertainty. */
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/**
 * Mean and Student-t interval of independent replication values at the given confidence (default 0.95). Missing
 * values (NaN: a KPI with nothing to measure in that replication, such as time to fill in a month without fills)
 * are left out; when every value is missing the estimate is missing too: NaN throughout, `null` in JSON, with
 * `replications` 0.
 */
export function estimate(allValues: readonly number[], confidence = 0.95): Estimate {
  if (allValues.length === 0) throw new RangeError("estimate needs at least one value");
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const values = allValues.filter((x) => !Number.isNaN(x));
  if (values.length === 0) {
    return {
      mean: NaN,
      ciLow: NaN,
      ciHigh: NaN,
      halfWidth: NaN,
      stdDev: NaN,
      replications: 0,
      confidence,
      p10: NaN,
      p50: NaN,
      p90: NaN,
    };
  }
  const m = mean(values);
  const sorted = [...values].sort((a, b) => a - b);
  const spread = {
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
  };
  if (values.length === 1) {
    return { mean: m, ciLow: m, ciHigh: m, halfWidth: 0, stdDev: 0, replications: 1, confidence, ...spread };
  }
  const sd = sampleStandardDeviation(values);
  const halfWidth = tQuantile(1 - (1 - confidence) / 2, values.length - 1) * (sd / Math.sqrt(values.length));
  return {
    mean: m,
    ciLow: m - halfWidth,
    ciHigh: m + halfWidth,
    halfWidth,
    stdDev: sd,
    replications: values.length,
    confidence,
    ...spread,
  };
}
