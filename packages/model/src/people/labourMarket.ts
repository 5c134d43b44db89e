import type { LabourMarketParams, RecruitingParams } from "./PeopleParams.js";

/**
 * The labour market of docs/model.md 4.1 as the people layer reads it: the market wage and hh.index (active CVs per
 * vacancy) of a day, both compiled to daily series by the runner (packages/runner/src/compilePeople.ts).
 */

/** The market wage w_m on `day` (hot path: one call per agent-day in the quit hazard). */
export function marketWageOn(market: LabourMarketParams, day: number): number {
  return market.marketWageByDay[day]!;
}

/** hh.index seen by a centre that hires a remote share r with catchment multiplier k: H_eff = H (1 - r + r k). */
export function effectiveHhIndex(market: LabourMarketParams, recruiting: RecruitingParams, day: number): number {
  const r = recruiting.remoteShare;
  return market.hhIndexByDay[day]! * (1 - r + r * recruiting.remoteCatchmentMultiplier);
}
