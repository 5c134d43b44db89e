export { AgentPool, BOTH_SKILLS, CHAT_SKILL, NOT_YET_EMPLOYED, skillGroupAt, STAGE, VOICE_SKILL } from "./AgentPool.js";
export type { CentreParams, ChannelParams, OperationsParams, WorkforceParams } from "./CentreParams.js";
export { centreDayKpis, centreMonthKpis, type DayKpis, type KpiSettings, type MonthKpis } from "./centreKpis.js";
export { contactStreams } from "./ContactFidelity.js";
export type { DayHooks } from "./DayHooks.js";
export { DAY_PLAN_STREAMS } from "./DayPlan.js";
export { arrivalRates, type DemandSpec } from "./Demand.js";
export { INTERVAL_STREAMS } from "./IntervalFidelity.js";
export { MAX_RECORDED_DAYS, type IntervalRange, type IntervalRecords, type RosterRecords } from "./IntervalLog.js";
export { kpiDifferenceRange, kpiRange } from "./kpiBounds.js";
export { Planner } from "./Planner.js";
export { PlannedHandleTime } from "./PlannedHandleTime.js";
export { assignShifts, GreedyRoster, shiftOptions, type ShiftOptions, type ShiftTemplate } from "./Roster.js";
export { ShiftAssigner } from "./ShiftAssigner.js";
export {
  buildCalendar,
  daysFromCivil,
  intervalStartSec,
  SECONDS_PER_DAY,
  type CalendarSpec,
  type SimCalendar,
} from "./SimCalendar.js";
export {
  simulateCentre,
  startingPlannedMultiplier,
  WORKFORCE_STREAMS,
  type CentreRun,
  type Fidelity,
  type ParamsChange,
  type SimulateOptions,
} from "./simulateCentre.js";
export {
  runStationaryQueue,
  stationaryQueueKpis,
  STATIONARY_QUEUE_STREAMS,
  type QueueKpis,
  type StationaryQueueParams,
  type StationaryQueueTally,
} from "./StationaryQueue.js";
export {
  classTiming,
  classWait,
  DAYS_PER_MONTH,
  DAYS_PER_WEEK,
  HALF_TO_TWO_YEARS,
  HirePathSurvival,
  stageHazardPerDay,
  steadyStateMonthlyAttrition,
  TENURE_BANDS,
  type HirePath,
} from "./people/hirePath.js";
export { PeopleLayer } from "./people/PeopleLayer.js";
export { PEOPLE_STREAMS } from "./people/peopleStreams.js";
export { offeredPay } from "./people/pay.js";
export { Management, withPayIndex } from "./management/Management.js";
export { Outsourcing } from "./management/Outsourcing.js";
export { Overtime } from "./management/Overtime.js";
export { PayReview } from "./management/PayReview.js";
export { RecruitingEffort } from "./management/RecruitingEffort.js";
export type {
  ManagementParams,
  OutsourcingParams,
  OvertimeParams,
  PayReviewParams,
  RecruitingEffortParams,
} from "./management/ManagementParams.js";
export { requiredFteAtStart } from "./people/StaffingTarget.js";
export {
  engagementLogit,
  engagementOf,
  enpsShares,
  expectedEnps,
  MAX_TENURE_DAYS,
  referencePath,
  steadyStateMix,
  SteadyStateTenure,
  type StartPosition,
} from "./people/steadyState.js";
export type {
  AttritionParams,
  BurnoutParams,
  CustomerExperienceParams,
  HiringPolicy,
  LabourMarketParams,
  MotivationParams,
  MoneyParams,
  PayParams,
  PeopleParams,
  RampUpParams,
  RecruitingParams,
  TrainingParams,
} from "./people/PeopleParams.js";
