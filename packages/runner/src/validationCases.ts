/**
 * Published studies as validation cases (scenarios/validation/published): each file's reported figures against
 * its run, one row per figure, with the figures the model has no mechanism for listed as untestable. What
 * `ccsim validate-model` prints and docs/validation.md records.
 */
import type { Scenario } from "@ccsim/scenario";
import { runCaseCard } from "./caseCard.js";
import type { Estimate } from "./Estimate.js";
import type { ScenarioRun } from "./runScenario.js";

type ReportedFigure = Scenario["reported"][number];

/**
 * evidence: no parameter was set from the study, so agreement is a test. consistency: a parameter was (agreement
 * checks the plumbing). untestable: the model has no mechanism for the figure. case: a figure without a kind.
 */
export type ValidationKind = "evidence" | "consistency" | "untestable" | "case";

export interface ValidationRow {
  readonly kind: ValidationKind;
  /** What the figure is: the KPI and its reading (month, change, variant, against the baseline), or the study's words. */
  readonly figure: string;
  /** The reported value with its tolerance and unit, or the study's words for an untestable figure. */
  readonly reported: string;
  /** Mean and 95% CI of the simulated figure; absent for untestable figures. */
  readonly simulated?: Estimate;
  /** Whether the simulated mean lies within the tolerance; absent for untestable figures. */
  readonly reproduced?: boolean;
  /** Why an untestable figure cannot be tested. */
  readonly reason?: string;
  /** How a compared figure was read from the study, and where the file says so, why it is or is not reproduced. */
  readonly reading?: string;
}

export interface ValidationCase {
  readonly file: string;
  readonly study: string;
  readonly citation: string;
  readonly design: string;
  readonly replications: number;
  readonly seed: number;
  readonly rows: readonly ValidationRow[];
}

/** The validation rows of one study's run (its reported figures, then its untestable ones). */
export function validationCase(file: string, scenario: Scenario, run: ScenarioRun): ValidationCase {
  const baseline = run.variants[0]?.name ?? "baseline";
  const tested = runCaseCard(run, scenario.reported).map(({ figure, simulated, reproduced }): ValidationRow => ({
    kind: figure.kind ?? "case",
    figure: figureLabel(figure, baseline),
    reported: `${round(figure.value)} ± ${round(figure.tolerance)} ${figure.unit}`,
    simulated,
    reproduced,
    ...(figure.reading === undefined ? {} : { reading: oneLine(figure.reading) }),
  }));
  const untestable = (scenario.study?.untestable ?? []).map((u): ValidationRow => ({
    kind: "untestable",
    figure: u.figure,
    reported: u.reported,
    reason: oneLine(u.reason),
  }));
  return {
    file,
    study: scenario.name,
    citation: oneLine(scenario.study?.citation ?? ""),
    design: oneLine(scenario.study?.design ?? ""),
    replications: run.replications,
    seed: run.seed,
    rows: [...tested, ...untestable],
  };
}

/** A reported figure in words: KPI, month or change, the variant it describes, and "vs" the baseline if paired. */
export function figureLabel(figure: ReportedFigure, baseline: string): string {
  const when =
    figure.changeSince !== undefined
      ? `, change ${figure.changeSince} to ${figure.month ?? "end"}`
      : figure.month !== undefined
        ? ` in ${figure.month}`
        : "";
  const variant = figure.variant === undefined ? "" : `, ${figure.variant}`;
  return `${figure.kpi}${when}${variant}${figure.against === "baseline" ? ` vs ${baseline}` : ""}`;
}

export interface ValidationSummary {
  readonly kind: ValidationKind;
  readonly figures: number;
  readonly reproduced: number;
}

/** Per kind (evidence first), how many figures there are and how many were reproduced. */
export function validationSummary(cases: readonly ValidationCase[]): ValidationSummary[] {
  const kinds: ValidationKind[] = ["evidence", "consistency", "case", "untestable"];
  return kinds
    .map((kind) => {
      const rows = cases.flatMap((c) => c.rows.filter((r) => r.kind === kind));
      return { kind, figures: rows.length, reproduced: rows.filter((r) => r.reproduced === true).length };
    })
    .filter((s) => s.figures > 0);
}

function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

function round(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}
