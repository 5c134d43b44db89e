import { kpiDifferenceRange } from "@ccsim/model";
import { estimate, type Estimate } from "./Estimate.js";
import { replicationValue, type ScenarioRun, type VariantResult } from "./runScenario.js";

/** A variant's difference from the baseline for one KPI. */
export interface Difference {
  readonly kpi: string;
  readonly baseline: Estimate;
  readonly variant: Estimate;
  /** variant - baseline, replication by replication (paired under common random numbers). */
  readonly difference: Estimate;
  /** Whether the difference's confidence interval excludes zero. */
  readonly significant: boolean;
}

export interface VariantComparison {
  readonly variant: string;
  /** Differences of the mean over the reported months. */
  readonly overall: readonly Difference[];
  /** Differences per reported month. */
  readonly months: readonly { readonly month: string; readonly differences: readonly Difference[] }[];
}

/** Paired differences of every variant against the first (the baseline), at the given confidence (default 95%). */
export function pairedDifferences(run: ScenarioRun, confidence = 0.95): VariantComparison[] {
  const [baseline, ...variants] = run.variants;
  if (baseline === undefined) return [];
  return variants.map((variant) => ({
    variant: variant.name,
    overall: kpiNames(baseline).map((kpi) =>
      difference(
        kpi,
        baseline.replications.map((_, r) => replicationValue(baseline, r, kpi)),
        variant.replications.map((_, r) => replicationValue(variant, r, kpi)),
        confidence,
      ),
    ),
    months: baseline.months.map((m, i) => ({
      month: m.month,
      differences: monthKpiNames(baseline).map((kpi) =>
        difference(
          kpi,
          baseline.replications.map((r) => r[i]?.values[kpi] ?? NaN),
          variant.replications.map((r) => r[i]?.values[kpi] ?? NaN),
          confidence,
        ),
      ),
    })),
  }));
}

function kpiNames(variant: VariantResult): string[] {
  return Object.keys(variant.overall);
}

function monthKpiNames(variant: VariantResult): string[] {
  return Object.keys(variant.replications[0]?.[0]?.values ?? {});
}

function difference(kpi: string, base: readonly number[], other: readonly number[], confidence: number): Difference {
  // A replication where either side is missing (NaN) has no difference: it drops out.
  const d = clipped(
    estimate(
      other.map((x, r) => x - (base[r] ?? NaN)),
      confidence,
    ),
    kpiDifferenceRange(kpi),
  );
  return {
    kpi,
    baseline: estimate(base, confidence),
    variant: estimate(other, confidence),
    difference: d,
    // One replication gives no interval, so nothing can be called significant.
    significant: d.replications > 1 && (d.ciLow > 0 || d.ciHigh < 0),
  };
}

/** The interval cut to the range the difference can take (mean +- t x SE at 2 replications can pass +-100 pp). */
function clipped(e: Estimate, range: readonly [number, number] | undefined): Estimate {
  if (range === undefined) return e;
  return { ...e, ciLow: Math.max(range[0], e.ciLow), ciHigh: Math.min(range[1], e.ciHigh) };
}
