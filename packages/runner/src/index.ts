export type { Distribution } from "@ccsim/engine";
export { calibrate, CalibrationError, type CalibrationInput, type CalibrationResult } from "./calibrate.js";
export { caseCard, type CaseCardRow } from "./caseCard.js";
export { compareVariants, type Difference, type VariantComparison } from "./compareVariants.js";
export { compileChanges, compileScenario } from "./compileScenario.js";
export { estimate, type Estimate } from "./Estimate.js";
export {
  flattenQueueKpis,
  runQueueExperiment,
  type QueueExperimentInput,
  type QueueExperimentResult,
  type QueueKpiName,
} from "./QueueExperiment.js";
export {
  meanOverMonths,
  resolveVariants,
  runInThisThread,
  runScenario,
  type MonthEstimates,
  type ReplicationExecutor,
  type ReplicationJob,
  type ResolvedVariant,
  type RunOptions,
  type ScenarioRun,
  type VariantResult,
} from "./runScenario.js";
export { resultDocument } from "./resultDocument.js";
export { sweepPoints, type SweepAxis, type SweepPoint } from "./sweep.js";
export { RunInterrupted } from "./RunInterrupted.js";
export * from "./sensitivity/index.js";
