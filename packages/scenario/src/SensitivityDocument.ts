/**
 * The document `ccsim sensitivity --format json` prints (and `--out` writes): which uncertain parameters each KPI
 * depends on and whether each variant's headline differences keep their sign across the declared ranges. Plain
 * data, so reports read it without the simulation.
 */
import type { Provenance } from "./ResultDocument.js";
import type { UncertainParameter } from "./sections/Uncertain.js";

/** A Sobol index with its 95% percentile-bootstrap interval. */
export interface IndexEstimateJson {
  readonly mean: number;
  readonly ci95_low: number;
  readonly ci95_high: number;
}

/**
 * One (output, parameter) row. The output is the baseline's level of `kpi` (variant "baseline", measure "level") or
 * a variant's difference from the baseline (measure "difference"), each the mean over the reported months.
 * Sobol rows carry `first` and `total`; Morris rows `muStar`, `mu` and `sigma`, in the KPI's own unit per the
 * parameter's whole declared range.
 */
export interface SensitivityRowJson {
  readonly kpi: string;
  readonly variant: string;
  readonly measure: "level" | "difference";
  readonly parameter: string;
  readonly first?: IndexEstimateJson;
  readonly total?: IndexEstimateJson;
  readonly muStar?: number;
  readonly mu?: number;
  readonly sigma?: number;
}

/** How a headline difference (variant minus baseline, mean over the reported months) fares across sampled worlds. */
export interface RobustnessJson {
  readonly kpi: string;
  readonly variant: string;
  /** The difference in the scenario as declared. */
  readonly nominal: number;
  /** Share of sampled worlds in which the difference has the nominal sign. */
  readonly shareSameSign: number;
  /** Share of sampled worlds in which the variant's KPI is above the baseline's. */
  readonly sharePositive: number;
  /** Share of sampled worlds in which the variant's KPI is below the baseline's. */
  readonly shareNegative: number;
  /** 5th, 50th and 95th percentiles of the difference across the sampled worlds. */
  readonly p05: number;
  readonly p50: number;
  readonly p95: number;
  readonly worlds: number;
}

export interface SensitivityDocument {
  readonly kind: "ccsim-sensitivity";
  /** The scenario's name. */
  readonly scenario: string;
  readonly provenance: Provenance;
  readonly method: "morris" | "sobol";
  /** Morris trajectories or the Sobol base sample N. */
  readonly samples: number;
  /** Worlds evaluated, the scenario as declared included. */
  readonly worlds: number;
  /** Model runs: worlds x variants x replications. */
  readonly runs: number;
  readonly parameters: readonly UncertainParameter[];
  readonly kpis: readonly string[];
  readonly sensitivity: readonly SensitivityRowJson[];
  readonly robustness: readonly RobustnessJson[];
}
