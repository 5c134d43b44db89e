import type { MonthKpis } from "@ccsim/model";
import type { Scenario } from "@ccsim/scenario";
import { estimate, type Estimate } from "./Estimate.js";
import { meanOverMonths, type VariantResult } from "./runScenario.js";

type ReportedFigure = Scenario["reported"][number];

/** One line of a case card: what the case reported against what the model produced. */
export interface CaseCardRow {
  readonly figure: ReportedFigure;
  /** The simulated figure in the reported unit, mean and 95% CI across replications. */
  readonly simulated: Estimate;
  /** Whether the simulated mean lies within the reported value plus or minus its tolerance. */
  readonly reproduced: boolean;
  /**
   * For a figure about the variant's own past (`against: own`, when a baseline other than the variant ran): the
   * causal effect at the same months, the variant minus the baseline paired by replication (the figure read as
   * `against: baseline` at `month`, without `changeSince`: before the changes both ran the same world, so the
   * difference of changes is the difference of levels). What the case could not report: the world without the changes.
   */
  readonly againstBaseline?: Estimate;
}

/** The causal counterpart of a figure about the variant's own past: the same KPI and month, variant minus baseline. */
export function causalFigure(figure: ReportedFigure, lastMonth: string | undefined): ReportedFigure {
  const { changeSince, ...rest } = figure;
  const month = figure.month ?? (changeSince === undefined ? undefined : lastMonth);
  return { ...rest, ...(month === undefined ? {} : { month }), against: "baseline" };
}

/**
 * The case card of a run: each figure against the variant it names (`variant`), or the last variant (the one
 * that replays the case), with the run's first variant as the baseline.
 */
export function runCaseCard(
  run: { readonly variants: readonly VariantResult[] },
  reported: readonly ReportedFigure[],
): CaseCardRow[] {
  const last = run.variants[run.variants.length - 1];
  if (last === undefined) return [];
  return reported.flatMap((figure) => {
    const named = figure.variant === undefined ? last : run.variants.find((v) => v.name === figure.variant);
    if (named === undefined) throw new RangeError(`reported ${figure.kpi}: no variant named ${figure.variant}`);
    return caseCard(named, [figure], run.variants[0]);
  });
}

/** Model KPI behind each reported KPI name (channel KPIs from the first channel, usually voice). */
export function kpiKey(kpi: string, months: readonly MonthKpis[]): string {
  if (kpi === "contactsPerAgentMonthMax") return "contactsPerAgentMax";
  const channel = ["voice", "chat"].find((c) => `${c}.${kpi}` in (months[0]?.values ?? {}));
  return channel === undefined ? kpi : `${channel}.${kpi}`;
}

/**
 * The case card of a variant (usually the one that replays the case's changes): each reported figure is a level
 * (in `month`, or the mean over the reported months) or, with `changeSince`, a change from that month to `month`
 * (or the last month): relative in percent when the unit is `percent`, otherwise a difference. Fractions are
 * shown as percent or percentage points when the figure is given so.
 *
 * A figure `against: baseline` is the variant's level (or change) minus the baseline's, replication by
 * replication: both ran on the same seeds (common random numbers), so the pairs share their luck and the
 * interval is that of the causal effect, not of two noisy levels. With unit `percent` it is relative to the
 * baseline's level. Such figures need `baseline` (the run's first variant).
 *
 * Run-level KPIs (hire survival) have one value per replication, not per month: the figure is that value.
 */
export function caseCard(
  variant: VariantResult,
  reported: readonly ReportedFigure[],
  baseline?: VariantResult,
): CaseCardRow[] {
  return reported.map((figure) => {
    const values = variant.replications.map((months, r) => {
      const runLevel = variant.runs[r]?.[figure.kpi];
      if (figure.against !== "baseline")
        return runLevel === undefined ? ownFigure(figure, months) : runLevel * (figure.unit === "percent" ? 100 : 1);
      const base = baseline?.replications[r];
      if (base === undefined) throw new RangeError(`reported ${figure.kpi} is against the baseline, but none was run`);
      if (runLevel !== undefined) return difference(figure, runLevel, baseline?.runs[r]?.[figure.kpi] ?? NaN);
      return againstBaseline(figure, months, base);
    });
    const simulated = estimate(values);
    const reproduced = Math.abs(simulated.mean - figure.value) <= figure.tolerance;
    if (figure.against === "baseline" || baseline === undefined || baseline === variant)
      return { figure, simulated, reproduced };
    const causal = causalFigure(figure, variant.months[variant.months.length - 1]?.month);
    const effect = variant.replications.map((months, r) => {
      const base = baseline.replications[r];
      if (base === undefined) return NaN;
      const runLevel = variant.runs[r]?.[figure.kpi];
      return runLevel === undefined
        ? againstBaseline(causal, months, base)
        : difference(causal, runLevel, baseline.runs[r]?.[figure.kpi] ?? NaN);
    });
    return { figure, simulated, reproduced, againstBaseline: estimate(effect) };
  });
}

/** The KPI in one replication: its level in `month` (or the mean over the reported months). */
function level(figure: ReportedFigure, months: readonly MonthKpis[], month: string | undefined): number {
  const key = kpiKey(figure.kpi, months);
  if (month === undefined) return meanOverMonths(months, key);
  const found = months.find((m) => m.month === month) ?? months[months.length - 1];
  return found?.values[key] ?? NaN;
}

/** The figure's quantity before units: the level, or with `changeSince` the change to `month` (or the end). */
function quantity(figure: ReportedFigure, months: readonly MonthKpis[]): number {
  if (figure.changeSince === undefined) return level(figure, months, figure.month);
  const after = level(figure, months, figure.month ?? months[months.length - 1]?.month);
  return after - level(figure, months, figure.changeSince);
}

function ownFigure(figure: ReportedFigure, months: readonly MonthKpis[]): number {
  if (figure.changeSince === undefined)
    return level(figure, months, figure.month) * (figure.unit === "percent" ? 100 : 1);
  const before = level(figure, months, figure.changeSince);
  const change = quantity(figure, months);
  if (figure.unit === "percent") return before !== 0 ? (100 * change) / Math.abs(before) : 0;
  return change * (figure.unit === "percentage-points" ? 100 : 1);
}

/**
 * Variant minus baseline in one replication: relative to the baseline in percent when the unit is `percent`
 * (missing when the baseline is 0, rather than a made-up 0), otherwise a difference (x 100 for percentage points).
 */
function againstBaseline(figure: ReportedFigure, months: readonly MonthKpis[], base: readonly MonthKpis[]): number {
  return difference(figure, quantity(figure, months), quantity(figure, base));
}

function difference(figure: ReportedFigure, v: number, b: number): number {
  if (figure.unit === "percent") return b !== 0 ? (100 * (v - b)) / Math.abs(b) : NaN;
  return (v - b) * (figure.unit === "percentage-points" ? 100 : 1);
}
