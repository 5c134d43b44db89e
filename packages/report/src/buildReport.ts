import {
  parameterRows,
  scenarioTexts,
  type ScenarioTexts,
  type ParameterRow,
  type ResultDocument,
  type Scenario,
  type SensitivityDocument,
} from "@ccsim/scenario";
import type { TopLevelSpec } from "vega-lite";
import { chartCsv, chartRows, chartsFor, chartTarget, monthsOnTarget, type ChartDef, type ChartRow } from "./charts.js";
import { chartSpec } from "./chartSpec.js";
import { headlines, type Headline } from "./headlines.js";
import { localizeChart } from "./i18n/chartText.js";
import { valueText } from "./i18n/parameterText.js";
import { locale, type Lang, type Locale } from "./i18n/locale.js";
import { interventionDates, variantChanges, type VariantChanges } from "./variantChanges.js";
import { plausibilityWarnings, type PlausibilityWarning } from "./plausibility.js";
import { BASELINE_NAME, variantNamer, withShownNames } from "./shownNames.js";
import { sensitivityReport, type SensitivityReport } from "./sensitivitySection.js";

/** The months-on-target count that marks a mature centre (ICMI maturity model: targets met in 9 of the last 12 months). */
export const MATURITY_MONTHS_ON_TARGET = { met: 9, of: 12 } as const;

export interface ReportChart {
  readonly def: ChartDef;
  readonly rows: readonly ChartRow[];
  /** The target in the chart's axis unit, when the scenario sets one. */
  readonly target?: number;
  readonly onTarget: readonly { readonly variant: string; readonly met: number; readonly months: number }[];
  readonly spec: TopLevelSpec;
  readonly csv: string;
}

/** Everything a report shows, independent of its format (HTML or Markdown). */
export interface Report {
  readonly title: string;
  /** The question the scenario asks: its description. */
  readonly question: string;
  readonly variants: readonly {
    readonly name: string;
    readonly description?: string;
    readonly settings: readonly string[];
  }[];
  readonly headlines: readonly Headline[];
  readonly charts: readonly ReportChart[];
  readonly assumptions: readonly ParameterRow[];
  /** Figures outside the bands real centres report (plausibility.ts), one per variant and figure. */
  readonly warnings: readonly PlausibilityWarning[];
  /** The whole result (case card and provenance included), embedded in the HTML report so its numbers can be read back. */
  readonly result: ResultDocument;
  /** The result with variant names as the reader sees them (shownNames.ts): what the tables and charts draw from. */
  readonly shown: ResultDocument;
  /** The declared uncertainty and, when a saved study is given, its tornado charts and bands. */
  readonly sensitivity?: SensitivityReport;
  /** The report's language and formats. */
  readonly locale: Locale;
  /** Per variant, every parameter it changes (what-changed table; the assumptions table's variant columns). */
  readonly changes: readonly VariantChanges[];
  /** Dates the interventions take effect, marked on every monthly chart. */
  readonly markers: readonly string[];
}

export interface ReportOptions {
  readonly lang?: Lang;
  /** The scenario file's text: its comments give the sources of the variants' values. */
  readonly scenarioText?: string;
}

/** Builds the report of a run from its result document and the scenario that produced it (and its saved sensitivity study). */
export function buildReport(
  doc: ResultDocument,
  scenario: Scenario,
  study?: SensitivityDocument,
  options: ReportOptions = {},
): Report {
  const loc = locale(options.lang ?? "en", scenario.currency);
  const sensitivity = sensitivityReport(scenario, study, loc);
  const markers = interventionDates(scenario);
  const texts = scenarioTexts(scenario, loc.lang);
  const nameOf = variantNamer(scenario, loc);
  const shown = withShownNames(doc, nameOf);
  const charts = chartsFor(shown).map((english): ReportChart => {
    const def = localizeChart(english, loc);
    const rows = chartRows(shown, def);
    const target = chartTarget(def, scenario.targets);
    return {
      def,
      rows,
      ...(target === undefined ? {} : { target }),
      onTarget: target === undefined ? [] : monthsOnTarget(def, rows, target),
      spec: chartSpec(def, rows, target, { locale: loc, markers }),
      csv: chartCsv(def, rows),
    };
  });
  return {
    title: texts.name,
    question: texts.description ?? "",
    variants: doc.variants.map((v) => {
      const own = scenario.variants.find((s) => s.name === v.name);
      const description = v.name === BASELINE_NAME ? undefined : texts.variantDescription(v.name, v.description);
      return {
        name: nameOf(v.name),
        ...(description === undefined ? {} : { description }),
        settings: Object.entries(own?.set ?? {}).map(([path, value]) => settingText(path, value, loc, texts)),
      };
    }),
    headlines: headlines(shown, loc),
    charts,
    assumptions: parameterRows(scenario),
    warnings: plausibilityWarnings(shown, loc),
    result: doc,
    shown,
    ...(sensitivity === undefined ? {} : { sensitivity }),
    locale: loc,
    changes: variantChanges(scenario, options.scenarioText ?? doc.scenarioText).map((v) => ({
      ...v,
      variant: nameOf(v.variant),
    })),
    markers,
  };
}

/** A variant's override in words; dated interventions by date and description rather than as raw data. */
function settingText(path: string, value: unknown, loc: Locale, texts: ScenarioTexts): string {
  if (path !== "interventions" || !Array.isArray(value)) return `${path} = ${valueText(value, loc)}`;
  return (value as { from: string; description?: string; set: Record<string, unknown> }[])
    .map(
      (i) =>
        `${loc.since(i.from)}: ${i.description === undefined ? Object.keys(i.set).join(", ") : texts.intervention(i.description)}`,
    )
    .join("; ");
}

/** The headlines grouped by variant, in variant order. */
export function byVariant(report: Report): Map<string, Headline[]> {
  const groups = new Map<string, Headline[]>();
  for (const h of report.headlines) groups.set(h.variant, [...(groups.get(h.variant) ?? []), h]);
  return groups;
}
