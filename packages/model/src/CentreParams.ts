import type { Distribution } from "@ccsim/engine";
import type { ServiceLevelDefinition } from "@ccsim/erlang";
import type { DemandSpec } from "./Demand.js";
import type { PeopleParams } from "./people/PeopleParams.js";
import type { ShiftTemplate } from "./Roster.js";
import type { CalendarSpec } from "./SimCalendar.js";

/**
 * Parameters of the contact-centre model in internal units (seconds, shares). Scenario files use human units;
 * the runner's compile step converts them once (design rule 4).
 */
export interface ChannelParams {
  readonly name: "voice" | "chat";
  readonly demand: DemandSpec;
  /** Handle time of a proficient agent at normal effort, one session at a time (lognormal by mean and CV: docs/model.md). */
  readonly handleTimeSec: Distribution;
  /**
   * Handle time by time of day: a multiplier of `handleTimeSec` per open interval of the day (length
   * `calendar.intervalsPerDay`) for contacts arriving then. Absent: every interval at 1 (and no multiplication, so
   * results are exactly those of a channel without one).
   */
  readonly handleTimeFactorByInterval?: readonly number[] | undefined;
  readonly patienceSec: Distribution;
  /** Sessions an agent may hold at once (1 for voice). */
  readonly concurrency: number;
  /** Handle time grows by this share per other session open when a session starts (chat multitasking). */
  readonly concurrencyHandleTimeFactor: number;
  readonly targetServiceLevel: number;
  readonly thresholdSec: number;
  readonly serviceLevelDefinition: ServiceLevelDefinition;
  /** CV of the planner's multiplicative volume forecast error, drawn per month (0: the planner knows the rates). */
  readonly forecastErrorCv: number;
  /** Planner's caps on abandonment and occupancy (absent: no cap). */
  readonly maxAbandon?: number | undefined;
  readonly maxOccupancy?: number | undefined;
}

export interface OperationsParams {
  /** Share of paid time off the phones (breaks, absence, coaching); the planner divides by (1 - shrinkage). */
  readonly shrinkage: number;
  /** Part of the shrinkage taken as whole days of unplanned absence; the rest is in-shift (breaks, coaching). */
  readonly absenceShare: number;
  readonly shiftTemplates: readonly ShiftTemplate[];
  /** Remote agents may work two short templates a day (a split shift) to fit the peaks; on-site agents never do. */
  readonly remoteSplitShifts: boolean;
  /** Shift days per agent per week (the other days are the agent's days off). */
  readonly workDaysPerWeek: number;
  /**
   * planner: daily rosters from shift templates against the planner's requirement; all-present: every rosterable
   * agent is on the phones whenever the centre has demand (no shifts, breaks or absence; for checks and teaching).
   */
  readonly rostering: "planner" | "all-present";
  /**
   * Handle time the planner staffs and hires for: observed, the channel's handle time times the realised handle-time
   * multiplier of the agents on the phones over the trailing `plannedHandleTimeWindowDays` (PlannedHandleTime);
   * proficient, the channel's handle time. Absent: proficient.
   */
  readonly plannedHandleTime?: "observed" | "proficient" | undefined;
  readonly plannedHandleTimeWindowDays?: number | undefined;
}

export interface WorkforceParams {
  /** Proficient agents at the start (a fixed roster until the people layer hires and loses them). */
  readonly initialAgents: number;
  /** Shares of agents by skill: voice only, chat only, both (sums to 1). */
  readonly skillShares: { readonly voice: number; readonly chat: number; readonly both: number };
  /** Sigma of the persistent lognormal personal speed factor (mean 1); 0.15 (Gans et al. 2010, heterogeneity of agents' speed). */
  readonly speedFactorSigma: number;
  /**
   * Share of the starting agents who work from home (0-1; absent: 0). Without the people layer, agents are remote
   * evenly over the roster (so over skills and days off); the people layer draws each agent's work mode instead.
   */
  readonly remoteShare?: number | undefined;
}

export interface CentreParams {
  readonly calendar: CalendarSpec;
  readonly channels: readonly ChannelParams[];
  readonly operations: OperationsParams;
  readonly workforce: WorkforceParams;
  /** The people layer (hiring, training, learning, attrition, pay, motivation); absent: a fixed proficient roster. */
  readonly people?: PeopleParams | undefined;
}
