/**
 * The result document of a scenario run (`result.json`): what the CLI writes, the web app shows and reports are
 * built from. Plain data, so any of them can produce or read it without the simulation.
 */
import type { Scenario } from "./Scenario.js";

/**
 * A mean across replications with its 95% Student-t interval (clipped to the KPI's range: shares to 0-1, NPS to
 * -100..+100) and the replications' 10th and 90th percentiles. A KPI with nothing to measure (time to fill in a
 * month without fills) is missing: NaN in memory, null in JSON.
 */
export interface EstimateJson {
  readonly mean: number;
  readonly ci95_low: number;
  readonly ci95_high: number;
  readonly p10: number;
  readonly p90: number;
}

/** What produced a result (design rule 8). */
export interface Provenance {
  readonly ccsimVersion: string;
  /** Commit of the ccsim checkout, or "unknown". */
  readonly gitCommit: string;
  readonly scenarioFile: string;
  readonly scenarioSha256: string;
  readonly seed: number;
  readonly replications: number;
  readonly fidelity: string;
  /** The command line that reproduces the result (options that only change how it runs are left out). */
  readonly command: string;
  /** The Redis queue the replications ran through (password hidden), when run with `--queue`; absent locally. */
  readonly queue?: string;
}

export interface VariantDocument {
  readonly name: string;
  readonly description?: string;
  /** Per KPI, the mean over the reported months. */
  readonly overall: Readonly<Record<string, EstimateJson>>;
  readonly months: readonly { readonly month: string; readonly kpis: Readonly<Record<string, EstimateJson>> }[];
  /** Kaplan-Meier survival of the run's hires (people layer), every 7 days since hire, as far as followed. */
  readonly hireSurvival?: readonly { readonly day: number; readonly survival: EstimateJson }[];
}

/** A variant's paired difference from the baseline for one KPI, mean over the reported months. */
export interface DifferenceDocument {
  readonly kpi: string;
  readonly baseline: EstimateJson;
  readonly variant: EstimateJson;
  /** variant - baseline, replication by replication. */
  readonly difference: EstimateJson;
  /** Whether the difference's 95% interval excludes zero. */
  readonly significant: boolean;
}

export interface ComparisonDocument {
  readonly variant: string;
  readonly overall: readonly DifferenceDocument[];
}

export type ReportedFigure = Scenario["reported"][number];

export interface CaseCardFigure extends ReportedFigure {
  readonly simulated: EstimateJson;
  readonly reproduced: boolean;
  /**
   * For a figure about the variant's own past: the causal effect at the same months, the variant minus the
   * baseline paired by replication (in the figure's unit; relative to the baseline for `percent`).
   */
  readonly againstBaseline?: EstimateJson;
}

export interface ResultDocument {
  readonly provenance: Provenance;
  /**
   * Reported figures against the variant that replays the case (the last one), or where a figure says
   * `against: baseline` against that variant minus the baseline; present when the scenario reports any.
   */
  readonly caseCard?: { readonly variant: string; readonly figures: readonly CaseCardFigure[] };
  /** The baseline first, then the variants. */
  readonly variants: readonly VariantDocument[];
  /** Each variant against the baseline (empty without variants). */
  readonly comparisons: readonly ComparisonDocument[];
  /**
   * The scenario file's text as it was run (its SHA-256 is `provenance.scenarioSha256`), so that a report, in any
   * format or language, can be made from the saved result without the file or another run (`ccsim report --from`).
   */
  readonly scenarioText?: string;
}
