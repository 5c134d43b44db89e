import type { TopLevelSpec } from "vega-lite";
import type { Locale as VegaLocale } from "vega";
import type { UnitSpec } from "vega-lite/types_unstable/spec/unit.js";
import type { Field } from "vega-lite/types_unstable/channeldef.js";
import type { ChartDef, ChartRow } from "./charts.js";
import { locale, vegaLocale, type Locale } from "./i18n/locale.js";

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
  /** Language of the chart's words and number and date formats (English by default). */
  readonly locale?: Locale;
  /** Dates (`YYYY-MM` or `YYYY-MM-DD`) the scenario's interventions take effect: a dotted rule each on month charts. */
  readonly markers?: readonly string[];
}

/**
 * Smallest text on a chart, in px at the chart's own size. A report shows a chart at its own size or a little
 * smaller (a 1366 px screen fits two 640 px columns, a chart with a wide money axis is ~670 px): 13 px keeps
 * every label at 12 px or more there (test/browser/report.browser.test.ts measures it).
 */
export const CHART_FONT_PX = 13;

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
  const loc = options.locale ?? locale("en");
  const width = options.width ?? 480;
  const words = loc.t.chart;
  const variants = [...new Set(rows.map((r) => r.variant))];
  const color = {
    field: "variant",
    type: "nominal",
    title: words.variant,
    sort: variants,
    scale: { domain: variants, range: PALETTE.slice(0, variants.length) },
    legend: { symbolType: "stroke", symbolStrokeWidth: 3 },
  } as const;
  const days = chart.x === "days-since-hire";
  const x = days
    ? ({ field: "day", type: "quantitative", title: words.daysSinceHire } as const)
    : ({ field: "date", type: "temporal", title: null, axis: { format: "%b %Y", labelAngle: -40 } } as const);
  const dash =
    chart.series.length > 1
      ? {
          strokeDash: {
            field: "series",
            type: "nominal" as const,
            title: words.series,
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
    title: { text: chart.title, subtitle: wrapLines(chart.definition, width), subtitleColor: "#555" },
    // The chart's name for screen readers, in the report's language: Vega's own per-mark descriptions are English
    // ("X-axis for a time scale", "Symbol legend titled") and read raw data, so they are switched off below.
    description: `${chart.title}: ${chart.definition}`,
    width,
    height: options.height ?? 220,
    background: "white",
    // Legends below the plot: beside it they widened the SVG, which the page then shrank (10 px text on 570 px).
    config: {
      aria: false,
      legend: {
        symbolSize: 300,
        // The whole plot width: Vega estimates text width without a canvas (servers), generously for Cyrillic, and
        // cut "виртуальный контактный центр" at 280 px.
        labelLimit: width,
        orient: "bottom",
        direction: "vertical",
        labelFontSize: CHART_FONT_PX,
        titleFontSize: CHART_FONT_PX,
      },
      axis: { labelFontSize: CHART_FONT_PX, titleFontSize: CHART_FONT_PX },
      title: { fontSize: CHART_FONT_PX + 3, subtitleFontSize: CHART_FONT_PX },
      ...localeConfig(vegaLocale(loc.lang)),
    },
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
            { field: "variant", title: words.variant },
            { field: "series", title: words.series },
            days ? { field: "day", title: words.daysSinceHire } : { field: "month", title: words.month },
            { field: "mean", title: words.mean, format: ".4~f" },
            { field: "ciLow", title: words.ciLow, format: ".4~f" },
            { field: "ciHigh", title: words.ciHigh, format: ".4~f" },
          ],
        },
      },
      ...(days ? [] : markerLayers(options.markers ?? [], loc)),
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

/** A dotted rule at each intervention date, labelled with its month at the top of the plot. */
function markerLayers(dates: readonly string[], loc: Locale): UnitSpec<Field>[] {
  if (dates.length === 0) return [];
  const values = dates.map((d) => ({ date: d.length === 7 ? `${d}-01` : d, label: loc.month(d) }));
  const x = { field: "date", type: "temporal" as const };
  return [
    {
      data: { values },
      mark: { type: "rule", color: "#333", strokeDash: [2, 3], strokeWidth: 1.5 },
      encoding: { x },
    },
    {
      data: { values },
      mark: { type: "text", align: "left", baseline: "top", dx: 3, dy: 2, fontSize: CHART_FONT_PX, color: "#333" },
      encoding: { x, y: { value: 0 }, text: { field: "label" } },
    },
  ];
}

/** Vega's number and time locale as a spec's config entry (none for English, Vega's own). */
export function localeConfig(vega: object | undefined): { locale?: VegaLocale } {
  return vega === undefined ? {} : { locale: vega };
}

/**
 * The subtitle in lines that fit the plot's width (about 8 px a character at 12 px, Cyrillic included): one long line widened the
 * whole SVG, which the page then shrank, text and all.
 */
export function wrapLines(text: string, widthPx: number): string[] {
  const max = Math.max(30, Math.floor(widthPx / 8));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
