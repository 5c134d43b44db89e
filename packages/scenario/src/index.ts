/**
 * @ccsim/scenario: the scenario file format (one Effect Schema), its loader with located errors, versioning,
 * overrides for variants and interventions, and the JSON Schema and reference generated from it.
 */
export { CURRENT_SCHEMA_VERSION, DEFAULT_SEED, Scenario } from "./Scenario.js";
export type { ScenarioInput } from "./Scenario.js";
export { ScenarioError, formatIssue, formatPath } from "./ScenarioError.js";
export type { ScenarioIssue } from "./ScenarioError.js";
export { loadScenario, loadScenarioEffect, loadScenarioResult } from "./loadScenario.js";
export type { LoadResult } from "./loadScenario.js";
export { applyOverrides, encodeScenario } from "./applyOverrides.js";
export type { OverrideKind, OverrideSource } from "./applyOverrides.js";
export { MIGRATIONS, migrate } from "./migrate.js";
export type { Migration, MigrationResult, Rename } from "./migrate.js";
export { scenarioJsonSchema, scenarioJsonSchemaText } from "./jsonSchema.js";
export type {
  CaseCardFigure,
  ComparisonDocument,
  DifferenceDocument,
  EstimateJson,
  Provenance,
  ReportedFigure,
  ResultDocument,
  VariantDocument,
} from "./ResultDocument.js";
export type {
  IndexEstimateJson,
  RobustnessJson,
  SensitivityDocument,
  SensitivityRowJson,
} from "./SensitivityDocument.js";
export { parameterRows, type ParameterRow } from "./parameterTable.js";
export { scenarioReferenceMarkdown } from "./scenarioReference.js";
export { intradayShares, intradaySharesByWeekday } from "./intradayShares.js";
export { locatedWarnings, plausibilityWarnings, type PlausibilityWarning } from "./plausibility.js";
export { WEEKDAYS, intervalsPerDay } from "./sections/Calendar.js";
export { CHANNELS } from "./sections/Demand.js";
export { DEMAND_FILE_FORMATS } from "./sections/DemandFile.js";
export { MAX_AGENTS } from "./sections/Operations.js";
export { FIGURE_UNITS, KPI_NAMES } from "./sections/Reporting.js";
export {
  MAX_UNCERTAIN,
  UNCERTAIN_DISTRIBUTIONS,
  uncertainName,
  type UncertainParameter,
} from "./sections/Uncertain.js";
export type { Calibration, CalibrationFact } from "./sections/Calibration.js";
export { numericParameterKind } from "./internal/checkUncertain.js";
export { peopleLayerOnly } from "./internal/checkPeopleOff.js";
export { sharedRunSettingIssue } from "./internal/overridePaths.js";
export { MAX_ALIAS_COUNT, MAX_NESTING, MAX_TEXT_LENGTH } from "./internal/readYaml.js";
export { invalidUtf8At } from "./utf8.js";
export { scenarioTexts, type ScenarioTexts } from "./scenarioTexts.js";
export { TRANSLATED_LANGUAGES, type Translations } from "./sections/Translations.js";
export { CROSS_FIELD, type CrossFieldTemplate } from "./crossFieldMessages.js";
export { crossField, crossFieldOf, crossFieldRu, type CrossFieldKey } from "./crossFieldText.js";
