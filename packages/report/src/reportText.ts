import type { ResultDocument } from "@ccsim/scenario";
import { kpiFormat } from "./kpiFormat.js";
import type { Report, ReportChart } from "./buildReport.js";
import { MATURITY_MONTHS_ON_TARGET } from "./buildReport.js";

/** Text shared by the HTML and Markdown reports, so both say the same thing in the same words. */

export function targetText(chart: ReportChart): string | undefined {
  if (chart.target === undefined || chart.def.target === undefined) return undefined;
  const bound = chart.def.target.kind === "min" ? "at least" : "at most";
  const counts = chart.onTarget.map((o) => `${o.variant} ${o.met} of ${o.months}`).join("; ");
  const { met, of } = MATURITY_MONTHS_ON_TARGET;
  return `Target: ${bound} ${round(chart.target)}${chart.def.unitSuffix} (dashed red line). Months on target in the last ${of}: ${counts} (maturity bar: ${met} of ${of}).`;
}

/** One row per targeted chart: the target, then per variant its months on target and whether that meets the maturity bar. */
export function targetRows(report: Report): string[][] {
  const { met, of } = MATURITY_MONTHS_ON_TARGET;
  return report.charts
    .filter((c) => c.target !== undefined && c.def.target !== undefined)
    .map((c) => [
      c.def.title,
      `${c.def.target!.kind === "min" ? ">=" : "<="} ${round(c.target!)}${c.def.unitSuffix}`,
      ...c.onTarget.map((o) => `${o.met} of ${o.months}${o.months >= of && o.met >= met ? " (mature)" : ""}`),
    ]);
}

export function targetHead(report: Report): string[] {
  return ["KPI", "target", ...report.variants.map((v) => `${v.name}: months on target`)];
}

/** The case card's rows (columns as in CASE_CARD_HEAD) from a result document: empty when it has none. */
export function caseCardRows(doc: ResultDocument): string[][] {
  return (doc.caseCard?.figures ?? []).map((f) => {
    const what =
      (f.changeSince === undefined
        ? `${f.kpi}${f.month === undefined ? " (mean)" : ` in ${f.month}`}`
        : `${f.kpi}: change ${f.changeSince} to ${f.month ?? "end"}`) +
      (f.against === "baseline" ? `, vs ${doc.variants[0]?.name ?? "baseline"}` : "");
    const effect = f.againstBaseline;
    return [
      what,
      f.status,
      `${round(f.value)} ± ${round(f.tolerance)} ${f.unit}`,
      round(f.simulated.mean),
      `${round(f.simulated.ci95_low)} to ${round(f.simulated.ci95_high)}`,
      f.reproduced ? "yes" : "no",
      effect === undefined ? "" : `${signed(effect.mean)} (${signed(effect.ci95_low)} to ${signed(effect.ci95_high)})`,
      f.source ?? "",
    ];
  });
}

/** A difference with its sign, so an effect reads as one. */
const signed = (x: number): string => (x > 0 ? `+${round(x)}` : round(x));

/**
 * Columns of the case card. status: `fitted` (a calibration fact, reproduced by construction) or `predicted`;
 * the simulated figure is the variant against its own past, as a case reports it; the causal effect is the variant
 * minus the baseline in the same months, paired by replication, which a case cannot observe.
 */
export const CASE_CARD_HEAD = [
  "figure",
  "status",
  "reported",
  "simulated",
  "95% CI",
  "reproduced",
  "causal effect vs baseline (95% CI)",
  "source",
];

export function assumptionRows(report: Report): string[][] {
  return report.assumptions.map((a) => [
    a.path,
    shortJson(a.value),
    a.defaultValue === undefined ? "none" : shortJson(a.defaultValue),
    a.status === "set" ? "set by the scenario" : "default (assumption)",
    a.description,
  ]);
}

export const ASSUMPTION_HEAD = ["parameter", "value", "default", "status", "meaning and source"];

export function provenanceRows(report: Report): string[][] {
  const p = report.result.provenance;
  return [
    ["ccsim version", p.ccsimVersion],
    ["git commit", p.gitCommit],
    ["scenario file", p.scenarioFile],
    ["scenario SHA-256", p.scenarioSha256],
    ["seed", String(p.seed)],
    ["replications per variant", String(p.replications)],
    ["fidelity", p.fidelity],
    ["command", p.command],
  ];
}

/** Per variant, its mean over the reported months of the chart's series, for the Markdown table beside each chart. */
export function chartMeanRows(chart: ReportChart, report: Report): string[][] {
  return report.result.variants.map((v) => [
    v.name,
    ...chart.def.series.map((s) => {
      const e = v.overall[s.kpi]!;
      const f = kpiFormat(s.kpi);
      return `${f.format(e.mean)} (${f.format(e.ci95_low)} to ${f.format(e.ci95_high)})`;
    }),
  ]);
}

export function round(x: number): string {
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString("en-US");
  return Number(x.toPrecision(4)).toString();
}

function shortJson(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
