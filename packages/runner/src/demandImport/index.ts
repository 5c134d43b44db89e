export { applyDerivedDemand, fullMonthVolumes, resampleIntraday, type AppliedDemand } from "./applyDemand.js";
export { handleTimeFactors, PRIOR_CONTACTS } from "./handleTimeProfile.js";
export { deriveDemand, type DerivedDemand, type MonthVolume } from "./deriveDemand.js";
export { isKnownTimeZone, occurrences, parseIsoTimestamp } from "./localTime.js";
export { parseDemandFile } from "./parseDemandFile.js";
export { decodeText, MAX_DEMAND_FILE_BYTES, MAX_DEMAND_ROWS } from "./readTable.js";
export { DemandImportError, formatImportIssue, MAX_IMPORT_ISSUES } from "./records.js";
export type {
  ColumnMapping,
  DemandFileOptions,
  DemandFormat,
  ImportIssue,
  IntervalRecord,
  ParsedDemandFile,
} from "./records.js";
export { applyDemandFiles, type ScenarioWithDemand } from "./scenarioDemand.js";
export { syntheticGenesysHistory, type SyntheticDemand } from "./syntheticHistory.js";
export { intervalForecast, type IntervalForecast } from "./intervalForecast.js";
