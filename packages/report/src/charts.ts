import type { ResultDocument, Scenario } from "@ccsim/scenario";
import { csvCell } from "./escaping.js";
import type { ChartDef } from "./chartDefs.js";

export { chartsFor, HIRE_SURVIVAL_CHART, type ChartDef } from "./chartDefs.js";

/** One point of a chart: a variant's series in one month, mean and 95% CI in the axis unit. */
export interface ChartRow {
  readonly variant: string;
  readonly series: string;
  /** `YYYY-MM` (empty on a days-since-hire chart). */
  readonly month: string;
  /** Days since hire, on a days-since-hire chart. */
  readonly day?: number;
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

/**
 * The values a chart's figure can take, in its axis unit: NPS from -100 to +100, shares of a whole from 0 to 100%,
 * everything else from 0 up (staffing sufficiency and pay against the market, though in percent, may exceed 100%).
 * Confidence bands are clipped to it, so a band never claims a share below 0% (mean +- t x SE of a rare event can
 * reach below zero).
 */
export function chartRange(chart: ChartDef): readonly [number, number] {
  if (chart.series.every((s) => s.kpi === "enps" || s.kpi === "tnps")) return [-100, 100];
  if (chart.share === true) return [0, 100];
  return [0, Number.POSITIVE_INFINITY];
}

/** The chart's data: every variant, series and month (or day since hire), in that order; missing months are left out. */
export function chartRows(doc: ResultDocument, chart: ChartDef): ChartRow[] {
  const missing = (x: number | null): boolean => x === null || Number.isNaN(x);
  const [low, high] = chartRange(chart);
  const clip = (x: number): number => Math.min(high, Math.max(low, x));
  if (chart.x === "days-since-hire") {
    return doc.variants.flatMap((v) =>
      (v.hireSurvival ?? [])
        .filter((p) => !missing(p.survival.mean))
        .map((p) => ({
          variant: v.name,
          series: chart.series[0]!.label,
          month: "",
          day: p.day,
          mean: p.survival.mean * chart.scale,
          ciLow: clip(p.survival.ci95_low * chart.scale),
          ciHigh: clip(p.survival.ci95_high * chart.scale),
        })),
    );
  }
  return doc.variants.flatMap((v) =>
    chart.series.flatMap((s) =>
      v.months
        .filter((m) => !missing(m.kpis[s.kpi]!.mean))
        .map((m) => {
          const e = m.kpis[s.kpi]!;
          return {
            variant: v.name,
            series: s.label,
            month: m.month,
            mean: e.mean * chart.scale,
            ciLow: clip(e.ci95_low * chart.scale),
            ciHigh: clip(e.ci95_high * chart.scale),
          };
        }),
    ),
  );
}

/** The chart's target in the axis unit, when the scenario sets one. */
export function chartTarget(chart: ChartDef, targets: Scenario["targets"]): number | undefined {
  const value = chart.target === undefined ? undefined : targets[chart.target.name];
  return value === undefined ? undefined : value * chart.scale;
}

/**
 * Per variant, how many of the last 12 reported months (all of them when fewer) meet the chart's target, judged on
 * the monthly mean: the maturity criterion counts months on target in the last 12.
 */
export function monthsOnTarget(
  chart: ChartDef,
  rows: readonly ChartRow[],
  target: number,
): { variant: string; met: number; months: number }[] {
  const variants = [...new Set(rows.map((r) => r.variant))];
  return variants.map((variant) => {
    const own = rows.filter((r) => r.variant === variant).slice(-12);
    const met = own.filter((r) => (chart.target?.kind === "max" ? r.mean <= target : r.mean >= target)).length;
    return { variant, met, months: own.length };
  });
}

/** The chart's data as CSV, with the units in the header. */
export function chartCsv(chart: ChartDef, rows: readonly ChartRow[]): string {
  const days = chart.x === "days-since-hire";
  const lines = [`variant,series,${days ? "days_since_hire" : "month"},mean (${chart.axisTitle}),ci95_low,ci95_high`];
  for (const r of rows)
    lines.push([csvCell(r.variant), csvCell(r.series), days ? r.day : r.month, r.mean, r.ciLow, r.ciHigh].join(","));
  return `${lines.join("\n")}\n`;
}
