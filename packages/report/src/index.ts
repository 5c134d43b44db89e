/**
 * @ccsim/report: evidence reports of scenario runs. Chart specs (Vega-Lite, shared with the web playground), SVG
 * rendering, self-contained HTML and Markdown reports, chart and result data as CSV, KPI formats for tables.
 */
export {
  buildReport,
  MATURITY_MONTHS_ON_TARGET,
  type Report,
  type ReportChart,
  type ReportOptions,
} from "./buildReport.js";
export {
  chartCsv,
  chartRange,
  chartRows,
  chartsFor,
  chartTarget,
  HIRE_SURVIVAL_CHART,
  monthsOnTarget,
  type ChartDef,
  type ChartRow,
} from "./charts.js";
export { CHART_FONT_PX, chartSpec, type ChartSpecOptions } from "./chartSpec.js";
export { en, type Messages } from "./i18n/en.js";
export { ru } from "./i18n/ru.js";
export { RU_CHARTS, RU_KPI } from "./i18n/glossary.js";
export { localizeChart } from "./i18n/chartText.js";
export { LITERAL_TEXT, PARAMETER_TEXT_RU, literalText, parameterDescription, valueText } from "./i18n/parameterText.js";
export { schemaDescriptions } from "./i18n/schemaDescriptions.js";
export { isLang, LANGS, locale, vegaLocale, type Lang, type Locale, type Unit } from "./i18n/locale.js";
export { interventionDates, variantChanges, type ParameterChange, type VariantChanges } from "./variantChanges.js";
export { monthsCsv } from "./csv.js";
export { csvCell, escapeHtml, jsonForScript, markdownText, terminalText } from "./escaping.js";
export { headlines, type Headline } from "./headlines.js";
export { htmlReport } from "./htmlReport.js";
export { kpiFormat, kpiUnit, MISSING, tableKpis, type KpiFormat } from "./kpiFormat.js";
export { markdownReport, type ReportFile } from "./markdownReport.js";
export { renderCharts, renderSvg } from "./renderSvg.js";
export { CASE_CARD_HEAD, caseCardHead, caseCardRows } from "./reportText.js";
export {
  bandSource,
  PLAUSIBLE_BANDS,
  plausibilityWarnings,
  type PlausibleBand,
  type PlausibilityWarning,
} from "./plausibility.js";
export {
  bandSentence,
  sensitivityReport,
  type SensitivityChart,
  type SensitivityReport,
} from "./sensitivitySection.js";
export { tornadoSpec, type TornadoBar } from "./tornadoChart.js";
export { BASELINE_NAME, variantNamer, withShownNames } from "./shownNames.js";
