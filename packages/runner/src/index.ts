export { estimate, type Estimate } from "./Estimate.js";
export {
  flattenQueueKpis,
  runQueueExperiment,
  type QueueExperimentInput,
  type QueueExperimentResult,
  type QueueKpiName,
} from "./QueueExperiment.js";
export type { Distribution } from "@ccsim/engine";
