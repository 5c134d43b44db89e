export { erlangA, erlangAInto, erlangAOutcomes, type ErlangAOutcomes } from "./erlangA.js";
export { erlangB } from "./erlangB.js";
export { erlangC } from "./erlangC.js";
export { queueMetrics } from "./queueMetrics.js";
export {
  SERVICE_LEVEL_DEFINITIONS,
  validateQueueInput,
  type QueueInput,
  type QueueMetrics,
  type QueueResult,
  type ServiceLevelDefinition,
} from "./QueueInput.js";
export { solveStaffing, type StaffingConstraint, type StaffingInput, type StaffingResult } from "./solveStaffing.js";
