import { steadyStateMonthlyAttrition, type AttritionParams, type HirePath } from "@ccsim/model";

/** What the calibration needs of training: the path from hire to the first day on the phones. */
export type TrainingPath = Pick<HirePath, "trainingDays" | "classCadenceDays" | "dropoutHazardPerDay" | "nestingDays">;

/**
 * Scales the post-training stage hazards by one factor so that the steady-state monthly attrition (leavers past
 * training / average headcount past training) equals `targetPerMonth` (MTS: 0.11). The steady state is that of
 * the hire path the people layer runs (model `steadyStateMonthlyAttrition`): the wait for a class, training and
 * nesting, then the tenure bands counted in days since hire (`TENURE_BANDS`), all at neutral multipliers. The
 * factor is found by bisection (attrition rises with it). The pay, burnout, remote, engagement, referral and
 * culture-first multipliers act on top, so a run realises the target where they average to 1: pay at the market
 * wage, no burnout, neutral engagement, on site.
 */
export function calibrateHazards(
  hazards: AttritionParams,
  training: TrainingPath,
  targetPerMonth: number,
): AttritionParams {
  // Every replication of a variant compiles the same inputs, and the 40 steady-state solves cost about 3% of a
  // warm MTS replication: the factor (a pure function of the inputs) is kept for the next compile. Its key holds only
  // what the solves read (the four stage hazards, the training path, the target), so the worlds of a sensitivity
  // study that change, say, the burnout coefficient or the pay elasticity reuse it too.
  const key = JSON.stringify([
    hazards.nestingHazardPerDay,
    hazards.earlyHazardPerDay,
    hazards.firstYearHazardPerDay,
    hazards.tenuredHazardPerDay,
    training.trainingDays,
    training.classCadenceDays,
    training.dropoutHazardPerDay,
    training.nestingDays,
    targetPerMonth,
  ]);
  let factor = CALIBRATED.get(key);
  if (factor === undefined) {
    factor = bisect(hazards, training, targetPerMonth);
    if (CALIBRATED.size >= CALIBRATED_KEPT) CALIBRATED.clear();
    CALIBRATED.set(key, factor);
  }
  return scaled(hazards, factor);
}

/** Calibration factors already found in this process (a study's variants and interventions: a handful of keys). */
const CALIBRATED = new Map<string, number>();
const CALIBRATED_KEPT = 64;

/** The post-training stage hazards times `factor`. */
const scaled = (hazards: AttritionParams, factor: number): AttritionParams => ({
  ...hazards,
  nestingHazardPerDay: hazards.nestingHazardPerDay * factor,
  earlyHazardPerDay: hazards.earlyHazardPerDay * factor,
  firstYearHazardPerDay: hazards.firstYearHazardPerDay * factor,
  tenuredHazardPerDay: hazards.tenuredHazardPerDay * factor,
});

/** The factor on the stage hazards that gives `targetPerMonth`. */
function bisect(hazards: AttritionParams, training: TrainingPath, targetPerMonth: number): number {
  const attritionAt = (factor: number): number =>
    steadyStateMonthlyAttrition({
      ...training,
      attrition: scaled(hazards, factor),
      earlyMultiplier: 1,
      earlyDays: 0,
      multiplier: 1,
    });
  let low = 1e-3,
    high = 1e3;
  // 40 halvings of the log range 1e-3..1e3: the factor to 1e-11 relative, well below any run's noise.
  for (let i = 0; i < 40; i++) {
    const mid = Math.sqrt(low * high);
    if (attritionAt(mid) < targetPerMonth) low = mid;
    else high = mid;
  }
  return Math.sqrt(low * high);
}
