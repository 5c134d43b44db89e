import type { TopLevelSpec } from "vega-lite";
import type { ChartDef, ChartRow } from "./charts.js";

/** Baseline first in grey-blue, variants in distinct hues (Tableau 10, colour-blind aware order). */
const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#59a14f",
  "#e15759",
  "#b07aa1",
  "#76b7b2",
  "#edc948",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

export interface ChartSpecOptions {
  readonly width?: number;
  readonly height?: number;
}

/**
 * The Vega-Lite spec of a monthly chart: per variant (colour) and series (dash) a line of monthly means over a
 * band of their 95% confidence intervals, and the scenario's target as a dashed red rule. The same spec serves the
 * reports (rendered to SVG) and the web playground (rendered live).
 */
export function chartSpec(
  chart: ChartDef,
  rows: readonly ChartRow[],
  target: number | undefined,
  options: ChartSpecOptions = {},
): TopLevelSpec {
  const variants = [...new Set(rows.map((r) => r.variant))];
  const color = {
    field: "variant",
    type: "nominal",
    title: "variant",
    sort: variants,
    scale: { domain: variants, range: PALETTE.slice(0, variants.length) },
    legend: { symbolType: "stroke", symbolStrokeWidth: 3 },
  } as const;
  const days = chart.x === "days-since-hire";
  const x = days
    ? ({ field: "day", type: "quantitative", title: "days since hire" } as const)
    : ({ field: "date", type: "temporal", title: null, axis: { format: "%b %Y", labelAngle: -40 } } as const);
  const dash =
    chart.series.length > 1
      ? {
          strokeDash: {
            field: "series",
            type: "nominal" as const,
            title: "series",
            sort: chart.series.map((s) => s.label),
            legend: {
              symbolType: "stroke",
              symbolStrokeWidth: 2,
              encode: { symbols: { update: { stroke: { value: "#333" } } } },
            },
          },
        }
      : {};
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: chart.title, subtitle: chart.definition, subtitleColor: "#555" },
    width: options.width ?? 520,
    height: options.height ?? 220,
    background: "white",
    config: { legend: { symbolSize: 300, labelLimit: 280 } },
    // NOTE: months are drawn at their first day; the date is derived here so the data rows stay plain `YYYY-MM`.
    data: { values: days ? rows.map((r) => ({ ...r })) : rows.map((r) => ({ ...r, date: `${r.month}-01` })) },
    layer: [
      // NOTE: one band layer per variant with a fixed fill, so the bands stay out of the legend (a shared colour
      // scale would merge the band's pale symbols into it).
      ...variants.map((variant, i) => ({
        transform: [{ filter: { field: "variant", equal: variant } }],
        mark: { type: "area" as const, opacity: 0.18, fill: PALETTE[i % PALETTE.length]! },
        encoding: {
          x,
          y: { field: "ciLow", type: "quantitative" as const, title: chart.axisTitle, scale: { zero: false } },
          y2: { field: "ciHigh" },
          detail: { field: "series" },
        },
      })),
      {
        mark: { type: "line", point: days ? false : { size: 18, filled: true } },
        encoding: {
          x,
          y: { field: "mean", type: "quantitative" },
          color,
          ...dash,
          tooltip: [
            { field: "variant" },
            { field: "series" },
            { field: days ? "day" : "month" },
            { field: "mean", format: ".4~f" },
            { field: "ciLow", title: "95% CI low", format: ".4~f" },
            { field: "ciHigh", title: "95% CI high", format: ".4~f" },
          ],
        },
      },
      ...(target === undefined
        ? []
        : [
            {
              data: { values: [{ target }] },
              mark: { type: "rule" as const, color: "#c0392b", strokeDash: [6, 4], strokeWidth: 1.5 },
              encoding: { y: { field: "target", type: "quantitative" as const } },
            },
          ]),
    ],
  };
}
