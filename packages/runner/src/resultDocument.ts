import { kpiRange } from "@ccsim/model";
import type { EstimateJson, Provenance, ResultDocument, Scenario } from "@ccsim/scenario";
import { runCaseCard } from "./caseCard.js";
import { pairedDifferences } from "./pairedDifferences.js";
import type { Estimate } from "./Estimate.js";
import type { ScenarioRun } from "./runScenario.js";

/**
 * The result document of a run: provenance, per variant the monthly estimates and the horizon means, each
 * variant's paired differences from the baseline, and the case card (reported figures against the last variant,
 * or against its difference from the baseline where a figure says so) when the scenario reports any.
 */
export function resultDocument(
  run: ScenarioRun,
  provenance: Provenance,
  reported: Scenario["reported"] = [],
  scenarioText?: string,
): ResultDocument {
  const replay = run.variants[run.variants.length - 1];
  if (replay === undefined) throw new RangeError("a run has at least one variant");
  return {
    provenance,
    ...(reported.length === 0
      ? {}
      : {
          caseCard: {
            variant: replay.name,
            figures: runCaseCard(run, reported).map((row) => ({
              ...row.figure,
              simulated: estimateJson(row.simulated),
              reproduced: row.reproduced,
              ...(row.againstBaseline === undefined ? {} : { againstBaseline: estimateJson(row.againstBaseline) }),
            })),
          },
        }),
    variants: run.variants.map((v) => ({
      name: v.name,
      ...(v.description === undefined ? {} : { description: v.description }),
      overall: mapValues(v.overall, (e, kpi) => estimateJson(e, kpiRange(kpi))),
      months: v.months.map((m) => ({
        month: m.month,
        kpis: mapValues(m.kpis, (e, kpi) => estimateJson(e, kpiRange(kpi))),
      })),
      ...(v.hireSurvival.length === 0 ? {} : { hireSurvival: survivalCurve(v.hireSurvival) }),
    })),
    ...(scenarioText === undefined ? {} : { scenarioText }),
    comparisons: pairedDifferences(run).map((c) => ({
      variant: c.variant,
      overall: c.overall.map((d) => ({
        kpi: d.kpi,
        baseline: estimateJson(d.baseline),
        variant: estimateJson(d.variant),
        difference: estimateJson(d.difference),
        significant: d.significant,
      })),
    })),
  };
}

/** Days between the points of the hire-survival curve in the document (the KPIs at 90, 180, 365 days are exact). */
export const SURVIVAL_CURVE_STEP_DAYS = 7;

/** The hire-survival curve every SURVIVAL_CURVE_STEP_DAYS days, as far as some replication followed its hires. */
function survivalCurve(curve: readonly Estimate[]): { day: number; survival: EstimateJson }[] {
  const points: { day: number; survival: EstimateJson }[] = [];
  for (let day = 0; day < curve.length; day += SURVIVAL_CURVE_STEP_DAYS) {
    const point = curve[day];
    if (point === undefined || Number.isNaN(point.mean)) break;
    points.push({ day, survival: estimateJson(point, [0, 1]) });
  }
  return points;
}

/**
 * An estimate as JSON, its interval clipped to the KPI's range (a share's mean +- t x SE can leave [0, 1]). Missing
 * values (NaN) become null when serialised.
 */
function estimateJson(e: Estimate, range?: readonly [number, number]): EstimateJson {
  const clip = (x: number): number => (range === undefined ? x : Math.min(range[1], Math.max(range[0], x)));
  return { mean: e.mean, ci95_low: clip(e.ciLow), ci95_high: clip(e.ciHigh), p10: e.p10, p90: e.p90 };
}

function mapValues<T, U>(record: Readonly<Record<string, T>>, f: (value: T, key: string) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v, k)]));
}
