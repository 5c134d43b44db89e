import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { caseCard, type Estimate, type ScenarioRun } from "@ccsim/runner";
import type { Scenario } from "@ccsim/scenario";
import type { Provenance } from "./provenance.js";

/**
 * The JSON document of a run: provenance, per variant the monthly estimates and the horizon means, and the case
 * card (reported figures against the last variant) when the scenario reports any.
 */
export function runJson(run: ScenarioRun, stamp: Provenance, reported: Scenario["reported"] = []): Record<string, unknown> {
  const replay = run.variants[run.variants.length - 1]!;
  return {
    provenance: stamp,
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
  };
}

/** Long CSV: one row per variant, month and KPI. */
export function runCsv(run: ScenarioRun): string {
  const rows = ["variant,month,kpi,mean,ci95_low,ci95_high,p10,p90,replications"];
  for (const v of run.variants) {
    for (const m of v.months) {
      for (const [kpi, e] of Object.entries(m.kpis)) rows.push([csvCell(v.name), m.month, kpi, e.mean, e.ciLow, e.ciHigh, e.p10, e.p90, e.replications].join(","));
    }
  }
  return `${rows.join("\n")}\n`;
}

/** Writes result.json and months.csv into `dir`: each to a temporary name first, then renamed, so an interrupted run leaves no half-written file. */
export function writeResultFiles(dir: string, json: Record<string, unknown>, csv: string): void {
  mkdirSync(dir, { recursive: true });
  writeAtomically(join(dir, "result.json"), `${JSON.stringify(json, null, 2)}\n`);
  writeAtomically(join(dir, "months.csv"), csv);
}

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

function estimateJson(e: Estimate): Record<string, number> {
  return { mean: e.mean, ci95_low: e.ciLow, ci95_high: e.ciHigh, p10: e.p10, p90: e.p90 };
}

function mapValues<T, U>(record: Readonly<Record<string, T>>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
