import type { AttritionParams } from "@ccsim/model";

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Scales the post-training stage hazards by one factor so that the steady-state monthly attrition equals
 * `targetPerMonth` (MTS: 0.11). In steady state leavers equal hires, so attrition = 1 / mean tenure, and the
 * mean tenure under piecewise-constant hazards is the integral of the survival curve; the factor is found by
 * bisection (the mean tenure falls as it rises). The pay, burnout, remote, engagement and referral multipliers
 * act on top, so a run's attrition matches the target only where they average to 1.
 */
export function calibrateHazards(hazards: AttritionParams, nestingDays: number, targetPerMonth: number): AttritionParams {
  const attritionAt = (factor: number): number => DAYS_PER_MONTH / meanTenureDays(hazards, nestingDays, factor);
  let low = 1e-3, high = 1e3;
  for (let i = 0; i < 100; i++) {
    const mid = Math.sqrt(low * high);
    if (attritionAt(mid) < targetPerMonth) low = mid;
    else high = mid;
  }
  const factor = Math.sqrt(low * high);
  return {
    ...hazards,
    nestingHazardPerDay: hazards.nestingHazardPerDay * factor,
    earlyHazardPerDay: hazards.earlyHazardPerDay * factor,
    firstYearHazardPerDay: hazards.firstYearHazardPerDay * factor,
    tenuredHazardPerDay: hazards.tenuredHazardPerDay * factor,
  };
}

/** Mean tenure in days after training: nesting, then to 91 days after hire, then to a year, then for good. */
function meanTenureDays(h: AttritionParams, nestingDays: number, factor: number): number {
  const pieces: [number, number][] = [
    [h.nestingHazardPerDay * factor, nestingDays],
    [h.earlyHazardPerDay * factor, Math.max(0, 91 - nestingDays)],
    [h.firstYearHazardPerDay * factor, 365 - Math.max(91, nestingDays)],
    [h.tenuredHazardPerDay * factor, Infinity],
  ];
  let survival = 1, mean = 0;
  for (const [rate, length] of pieces) {
    // Integral of survival over a piece of constant hazard: S0 (1 - exp(-rate L)) / rate.
    const kept = length === Infinity ? 0 : Math.exp(-rate * length);
    mean += (survival * (1 - kept)) / rate;
    survival *= kept;
  }
  return mean;
}
