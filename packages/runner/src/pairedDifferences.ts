import { estimate, type Estimate } from "./Estimate.js";
import { meanOverMonths, type ScenarioRun, type VariantResult } from "./runScenario.js";

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
      difference(kpi, baseline.replications.map((r) => meanOverMonths(r, kpi)), variant.replications.map((r) => meanOverMonths(r, kpi)), confidence)),
    months: baseline.months.map((m, i) => ({
      month: m.month,
      differences: kpiNames(baseline).map((kpi) =>
        difference(kpi, baseline.replications.map((r) => r[i]!.values[kpi]!), variant.replications.map((r) => r[i]!.values[kpi]!), confidence)),
    })),
  }));
}

function kpiNames(variant: VariantResult): string[] {
  return Object.keys(variant.overall);
}

function difference(kpi: string, base: readonly number[], other: readonly number[], confidence: number): Difference {
  const d = estimate(other.map((x, r) => x - base[r]!), confidence);
  return {
    kpi,
    baseline: estimate(base, confidence),
    variant: estimate(other, confidence),
    difference: d,
    // One replication gives no interval, so nothing can be called significant.
    significant: d.replications > 1 && (d.ciLow > 0 || d.ciHigh < 0),
  };
}
