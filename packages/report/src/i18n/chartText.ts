import type { ChartDef } from "../chartDefs.js";
import { RU_CHARTS } from "./glossary.js";
import type { Locale } from "./locale.js";

/**
 * A chart's texts in the locale's language, with `{currency}` in its axis title replaced by the scenario's
 * currency code ("RUB per contact"): the same definition, only the words change.
 */
export function localizeChart(def: ChartDef, loc: Locale): ChartDef {
  const own = loc.lang === "ru" ? RU_CHARTS[def.id] : undefined;
  const currency = (text: string): string => text.replace("{currency}", loc.currency);
  if (own === undefined) return { ...def, axisTitle: currency(def.axisTitle) };
  return {
    ...def,
    title: own.title,
    axisTitle: currency(own.axisTitle),
    definition: own.definition,
    series: def.series.map((s) => ({ ...s, label: own.series[s.kpi.split(".").pop() ?? s.kpi] ?? s.label })),
  };
}
