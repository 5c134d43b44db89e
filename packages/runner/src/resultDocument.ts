import type { EstimateJson, Provenance, ResultDocument, Scenario } from "@ccsim/scenario";
import { caseCard } from "./caseCard.js";
import { pairedDifferences } from "./pairedDifferences.js";
import type { Estimate } from "./Estimate.js";
import type { ScenarioRun } from "./runScenario.js";

/**
 * The result document of a run: provenance, per variant the monthly estimates and the horizon means, each
 * variant's paired differences from the baseline, and the case card (reported figures against the last variant)
 * when the scenario reports any.
 */
export function resultDocument(run: ScenarioRun, provenance: Provenance, reported: Scenario["reported"] = []): ResultDocument {
  const replay = run.variants[run.variants.length - 1]!;
  return {
    provenance,
    ...(reported.length === 0 ? {} : {
      caseCard: {
        variant: replay.name,
        figures: caseCard(replay, reported).map(({ figure, simulated, reproduced }) => ({ ...figure, simulated: estimateJson(simulated), reproduced })),
      },
    }),
    variants: run.variants.map((v) => ({
      name: v.name,
      ...(v.description === undefined ? {} : { description: v.description }),
      overall: mapValues(v.overall, estimateJson),
      months: v.months.map((m) => ({ month: m.month, kpis: mapValues(m.kpis, estimateJson) })),
    })),
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

function estimateJson(e: Estimate): EstimateJson {
  return { mean: e.mean, ci95_low: e.ciLow, ci95_high: e.ciHigh, p10: e.p10, p90: e.p90 };
}

function mapValues<T, U>(record: Readonly<Record<string, T>>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}
