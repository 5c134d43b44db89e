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
export { MAX_SWEEP_POINTS, sweepGridSize, sweepPoints, type SweepAxis, type SweepPoint } from "./sweep.js";
export { RunInterrupted } from "./RunInterrupted.js";
export {
  DEFAULT_WORKLOAD_LIMITS,
  estimateWorkload,
  MAX_PEAK_AGENTS,
  scaledLimits,
  workloadProblems,
  type WorkloadEstimate,
  type WorkloadJob,
  type WorkloadLimits,
} from "./workloadEstimate.js";
