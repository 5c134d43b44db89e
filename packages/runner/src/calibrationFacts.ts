import type { MonthKpis } from "@ccsim/model";
import type { CalibrationFact } from "@ccsim/scenario";
import { kpiKey } from "./caseCard.js";
import { estimate, type Estimate } from "./Estimate.js";
import { meanOverMonths, type VariantResult } from "./runScenario.js";

/** One calibration fact against the simulation: the simulated figure across replications and whether it is met. */
export interface FactRow {
  readonly fact: CalibrationFact;
  /** The simulated figure in the fact's unit, mean and 95% CI across replications. */
  readonly simulated: Estimate;
  /** Whether the simulated mean lies within the fact's value plus or minus its tolerance. */
  readonly met: boolean;
}

/**
 * Each fact on the variant it names: a level is the mean over the months `from` to `to` (every reported month
 * without them; months where the KPI is missing left out, as everywhere), in percent when the unit is `percent`;
 * with `changeSince` it is the change from that month to `to` (or the last month), relative in percent when the unit
 * is `percent`, in points when it is `percentage-points`: the conventions of the case card, so a fact and a reported
 * figure that describe the same months give the same number.
 */
export function factRows(facts: readonly CalibrationFact[], variants: readonly VariantResult[]): FactRow[] {
  return facts.map((fact) => {
    const variant = fact.variant === "baseline" ? variants[0] : variants.find((v) => v.name === fact.variant);
    if (variant === undefined) throw new RangeError(`calibration fact ${fact.kpi}: no variant named ${fact.variant}`);
    const simulated = estimate(variant.replications.map((months) => factValue(fact, months)));
    return { fact, simulated, met: Math.abs(simulated.mean - fact.value) <= fact.tolerance };
  });
}

function factValue(fact: CalibrationFact, months: readonly MonthKpis[]): number {
  const key = kpiKey(fact.kpi, months);
  const mean = (from: string | undefined, to: string | undefined): number =>
    meanOverMonths(
      months.filter((m) => (from === undefined || m.month >= from) && (to === undefined || m.month <= to)),
      key,
    );
  if (fact.changeSince === undefined) return mean(fact.from, fact.to) * (fact.unit === "percent" ? 100 : 1);
  const last = fact.to ?? months[months.length - 1]?.month;
  const before = mean(fact.changeSince, fact.changeSince);
  const change = mean(last, last) - before;
  if (fact.unit === "percent") return before !== 0 ? (100 * change) / Math.abs(before) : NaN;
  return change * (fact.unit === "percentage-points" ? 100 : 1);
}

/** Sum over the rows of ((simulated - value) / tolerance)^2: the misfit `ccsim calibrate` minimises. */
export function misfit(rows: readonly { simulated: Estimate; value: number; tolerance: number }[]): number {
  // A figure with nothing to measure (no vacancy filled) is no fit at all, not a perfect one.
  const term = (r: (typeof rows)[number]): number => ((r.simulated.mean - r.value) / Math.max(r.tolerance, 1e-12)) ** 2;
  return rows.reduce((sum, r) => sum + (Number.isNaN(r.simulated.mean) ? Infinity : term(r)), 0);
}
