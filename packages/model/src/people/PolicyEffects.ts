import type { ChannelParams, OperationsParams } from "../CentreParams.js";
import type { PeopleParams } from "./PeopleParams.js";

/**
 * What the management policies (docs/model.md section 5) do to the people layer, and all the layer knows of them:
 * `Management` satisfies it, so the people modules never import the management package's classes (no import cycle).
 */
export interface PolicyEffects {
  /** Quit hazard multiplier of the pay policy (a refused raise). */
  hazardMultiplier(day: number): number;
  /** Hourly rate of overtime pay. */
  overtimeHourlyRate(): number;
  /** People parameters of a dated intervention, with the raises already given carried over. */
  configure(channels: readonly ChannelParams[], operations: OperationsParams, params: PeopleParams): PeopleParams;
  readonly overtime: {
    /**
     * Agent a's recent overtime adds strainPerWeeklyHour x weeklyLoad[a] (0 past the array) to its burnout strain
     * (Overtime.strain). The parts, not a method: the daily loop over agents computes it inline, as a call per agent
     * returned its number boxed, a heap allocation per agent and day.
     */
    readonly weeklyLoad: Float64Array;
    readonly params: { readonly strainPerWeeklyHour: number };
    /** Agent a's overtime pay this month at the hourly rate. */
    pay(a: number, hourlyRate: number): number;
  };
  readonly recruitingEffort: { applicantMultiplier(): number; readonly spendThisMonth: number };
  readonly outsourcing: {
    readonly costThisMonth: number;
    /** This month's contacts the partner answered, at the terms each was routed under. */
    handledThisMonth(): number;
  };
}
