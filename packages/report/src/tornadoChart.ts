import type { TopLevelSpec } from "vega-lite";
import { CHART_FONT_PX, localeConfig, wrapLines } from "./chartSpec.js";
import { locale, vegaLocale, type Locale } from "./i18n/locale.js";

/** One bar of a tornado chart: a parameter's influence on one output, in the chart's unit. */
export interface TornadoBar {
  readonly parameter: string;
  /** Morris: mu* (the output's mean absolute change across the parameter's range); Sobol: the total index. */
  readonly value: number;
  /** Morris: whether raising the parameter raises or lowers the output on average (the sign of mu). */
  readonly direction?: "raises" | "lowers";
  /** Sobol: the first-order index and the total index's 95% interval. */
  readonly first?: number;
  readonly low?: number;
  readonly high?: number;
}

/**
 * A tornado chart in Vega-Lite: one horizontal bar per parameter, the most influential on top. Morris bars are
 * coloured by direction; Sobol bars show the total index with its 95% interval as a line and the first-order index
 * as a dark tick (the gap between them is what the parameter does through interactions). Text is as large as the
 * monthly charts' (CHART_FONT_PX), the legend sits below the plot and long titles wrap, so the chart stays readable
 * at the report's width with the longest parameter names; legend and numbers are in the locale's language and form.
 */
export function tornadoSpec(
  title: string,
  subtitle: string,
  axisTitle: string,
  bars: readonly TornadoBar[],
  loc: Locale = locale("en"),
): TopLevelSpec {
  const words = loc.t.sensitivity;
  const order = [...bars].sort((a, b) => b.value - a.value).map((b) => b.parameter);
  // Room for the longest names: a variant's own value carries the variant in brackets, which must not be cut off.
  const y = { field: "parameter", type: "nominal", sort: order, title: null, axis: { labelLimit: 560 } } as const;
  const sobol = bars.some((b) => b.low !== undefined);
  const tooltip = [
    { field: "parameter" },
    { field: "value", title: axisTitle, format: ".4~f" },
    ...(sobol
      ? [
          { field: "first", title: "first-order", format: ".3f" },
          { field: "low", title: "95% CI low", format: ".3f" },
          { field: "high", title: "95% CI high", format: ".3f" },
        ]
      : [{ field: "direction" }]),
  ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: wrapLines(title, 600), subtitle: wrapLines(subtitle, 600), subtitleColor: "#555" },
    width: 420,
    height: { step: 24 },
    background: "white",
    config: {
      axis: { labelFontSize: CHART_FONT_PX, titleFontSize: CHART_FONT_PX },
      legend: { labelFontSize: CHART_FONT_PX, titleFontSize: CHART_FONT_PX, orient: "bottom", direction: "horizontal" },
      title: { fontSize: CHART_FONT_PX + 3, subtitleFontSize: CHART_FONT_PX },
      ...localeConfig(vegaLocale(loc.lang)),
    },
    data: {
      values: bars.map((b) => ({
        ...b,
        ...(b.direction === undefined ? {} : { effect: b.direction === "raises" ? words.raises : words.lowers }),
      })),
    },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.7 } },
        encoding: {
          y,
          x: { field: "value", type: "quantitative", title: axisTitle },
          ...(sobol
            ? { color: { value: "#4e79a7" } }
            : {
                color: {
                  field: "effect",
                  type: "nominal",
                  title: words.raisingIt,
                  scale: { domain: [words.raises, words.lowers], range: ["#59a14f", "#e15759"] },
                },
              }),
          tooltip,
        },
      },
      ...(sobol
        ? [
            {
              mark: { type: "rule" as const, color: "#222" },
              encoding: { y, x: { field: "low", type: "quantitative" as const }, x2: { field: "high" } },
            },
            {
              mark: { type: "tick" as const, color: "#222", thickness: 3 },
              encoding: { y, x: { field: "first", type: "quantitative" as const } },
            },
          ]
        : []),
    ],
  };
}
