/**
 * @ccsim/runner: the library entry of ccsim. `simulate`, `compareVariants` and `sweep` take a scenario (a path, a
 * file's text or data) and return a result document or located problems; no Effect types in any signature. The
 * lower-level pieces below (runScenario, estimates, paired differences, calibration, the queue experiment) serve
 * tools that schedule replications themselves. Browser-safe: Node-only pieces live in `@ccsim/runner/node`.
 */
export {
  checkScenario,
  compareVariants,
  simulate,
  sweep,
  type Outcome,
  type PreparedScenario,
  type SimulateOptions,
  type Simulation,
  type SweepOptions,
  type SweepSimulation,
} from "./api.js";
export { formatProblem, MAX_FILE_BYTES, type Problem, type ScenarioSource } from "./source.js";
export { CCSIM_VERSION } from "./version.js";
export type { Distribution } from "@ccsim/engine";
export type { CalibrationFact, Provenance, ResultDocument, Scenario } from "@ccsim/scenario";
export { calibrate, CalibrationError, type CalibrationInput, type CalibrationResult } from "./calibrate.js";
export { caseCard, runCaseCard, type CaseCardRow } from "./caseCard.js";
export { factRows, type FactRow } from "./calibrationFacts.js";
export { pairedDifferences, type Difference, type VariantComparison } from "./pairedDifferences.js";
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
  runInThisThread,
  runScenario,
  type IntervalRequest,
  type MonthEstimates,
  type ReplicationExecutor,
  type ResolvedVariant,
  type RunOptions,
  type ScenarioRun,
  type VariantResult,
} from "./runScenario.js";
export type { ClassStarts, ReplicationJob, ReplicationResult } from "./replicate.js";
export {
  capacityRows,
  exportDays,
  intervalRows,
  rosterRows,
  type CapacityRow,
  type IntervalRow,
  type RosterRow,
} from "./plannerExports.js";
export { resultDocument } from "./resultDocument.js";
export { MAX_SWEEP_POINTS, sweepGridSize, type SweepAxis, type SweepPoint } from "./sweep.js";
export { RunInterrupted } from "./RunInterrupted.js";
export {
  DEFAULT_WORKLOAD_LIMITS,
  estimateWorkload,
  MAX_PEAK_AGENTS,
  scaledLimits,
  startMostlyTrainees,
  workloadProblems,
  type WorkloadEstimate,
  type WorkloadJob,
  type WorkloadLimits,
} from "./workloadEstimate.js";
export * from "./sensitivity/index.js";
export {
  figureLabel,
  validationCase,
  validationSummary,
  type ValidationCase,
  type ValidationKind,
  type ValidationRow,
  type ValidationSummary,
} from "./validationCases.js";
