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
 */
export function caseCard(variant: VariantResult, reported: readonly ReportedFigure[]): CaseCardRow[] {
  return reported.map((figure) => {
    const values = variant.replications.map((months) => simulatedFigure(figure, months));
    const simulated = estimate(values);
    return { figure, simulated, reproduced: Math.abs(simulated.mean - figure.value) <= figure.tolerance };
  });
}

function simulatedFigure(figure: ReportedFigure, months: readonly MonthKpis[]): number {
  const key = kpiKey(figure.kpi, months);
  const at = (month: string | undefined): number => {
    if (month === undefined) return meanOverMonths(months, key);
    const found = months.find((m) => m.month === month) ?? months[months.length - 1]!;
    return found.values[key]!;
  };
  const scale = figure.unit === "percent" || figure.unit === "percentage-points" ? 100 : 1;
  if (figure.changeSince === undefined) return at(figure.month) * (figure.unit === "percent" ? 100 : 1);
  const before = at(figure.changeSince);
  const after = at(figure.month ?? months[months.length - 1]!.month);
  if (figure.unit === "percent") return before !== 0 ? (100 * (after - before)) / Math.abs(before) : 0;
  return (after - before) * (scale === 100 ? 100 : 1);
}
