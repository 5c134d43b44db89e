import { STAGE } from "../AgentPool.js";
import type { AttritionParams } from "./PeopleParams.js";

/** Days in a week and in an average calendar month (365.25 / 12): the units scenario hazards and lengths use. */
export const DAYS_PER_WEEK = 7;
export const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Tenure bands of the quit hazard past nesting, in days since hire (the day the vacancy is filled, before the wait
 * for a class and classroom training): the early band to 13 weeks, the first year to 12 months, tenured after.
 * The quit hazards (PeopleLayer), the hazard calibration and the steady-state start all count from this origin.
 */
export const TENURE_BANDS = { earlyEndDay: 13 * DAYS_PER_WEEK, firstYearEndDay: 365 } as const;

/** The tenure band of the MTS figure "share of staff with half a year to two years of tenure", in days since hire. */
export const HALF_TO_TWO_YEARS = { fromDay: 182, toDay: 730 } as const;

/**
 * Base daily quit hazard of an agent in `stage` (STAGE.training, nesting, proficient) `sinceHire` days after its
 * hire, before the pay, burnout, remote, engagement, referral and culture-first multipliers.
 */
export function stageHazardPerDay(
  attrition: AttritionParams,
  dropoutHazardPerDay: number,
  stage: number,
  sinceHire: number,
): number {
  if (stage === STAGE.training) return dropoutHazardPerDay;
  if (stage === STAGE.nesting) return attrition.nestingHazardPerDay;
  if (sinceHire < TENURE_BANDS.earlyEndDay) return attrition.earlyHazardPerDay;
  return sinceHire < TENURE_BANDS.firstYearEndDay ? attrition.firstYearHazardPerDay : attrition.tenuredHazardPerDay;
}

/**
 * The path of one hire from the day it is hired to the day it leaves, as the people layer runs it: the hire waits
 * for the next class start (classes start on days that are multiples of the cadence, counted from the first
 * simulated day), trains, nests, then is proficient. Its wait depends on the hire day's phase within the cadence,
 * so the path has one survival curve per phase.
 */
export interface HirePath {
  readonly attrition: AttritionParams;
  readonly dropoutHazardPerDay: number;
  /** Classroom days (0: hires go straight to nesting on their hire day). */
  readonly trainingDays: number;
  readonly classCadenceDays: number;
  readonly nestingDays: number;
  /** Multiplier on the hazard for the first `earlyDays` after hire (culture-first training), and those days. */
  readonly earlyMultiplier: number;
  readonly earlyDays: number;
  /** Multiplier on every hazard of the path (pay, engagement and work mode at reference conditions); 1 = none. */
  readonly multiplier: number;
}

/** Whole days of training and of the class cadence, rounded as the people layer rounds them. */
export function classTiming(path: Pick<HirePath, "trainingDays" | "classCadenceDays">): {
  training: number;
  cadence: number;
} {
  const training = Math.max(0, Math.round(path.trainingDays));
  return { training, cadence: training === 0 ? 1 : Math.max(1, Math.round(path.classCadenceDays)) };
}

/** Days a hire on day `hireDay` waits for its class start (0 when hired on a class-start day). */
export function classWait(hireDay: number, cadence: number): number {
  return (cadence - (((hireDay % cadence) + cadence) % cadence)) % cadence;
}

/**
 * Daily survival curves of the path, one per phase w (days waited for the class, 0 .. cadence - 1).
 *
 * Day order in the people layer: on day d an agent first faces its quit draw (with the stage it had at the end of
 * day d - 1 and tenure d - hireDay), then stages advance, then hires are made and classes start. So a hire on day
 * h faces draws j = 1, 2, ... (on days h + j); draw j is in training while j <= w + T, in nesting while
 * j <= w + T + N, and past nesting in the tenure band of j. S_w(k) is the probability of surviving draws 1..k,
 * i.e. of being employed at the end of day h + k; the agent is a trainee on those days while k < w + T.
 */
export class HirePathSurvival {
  readonly training: number;
  readonly cadence: number;
  /** Draws (and end-of-day counts) in nesting after graduation. */
  readonly nesting: number;
  /** From this many days on, every phase's hazard is the constant tail hazard. */
  readonly constantFrom: number;
  readonly tailHazardPerDay: number;
  /** survival[w * (constantFrom + 1) + k] = S_w(k), k = 0 .. constantFrom. */
  private readonly survival: Float64Array;

  constructor(readonly path: HirePath) {
    const { training, cadence } = classTiming(path);
    this.training = training;
    this.cadence = cadence;
    // NOTE: a graduate is promoted at the earliest the day after graduating, so even without nesting one draw is in nesting.
    this.nesting = Math.max(1, Math.round(path.nestingDays));
    this.constantFrom =
      Math.max(TENURE_BANDS.firstYearEndDay, cadence - 1 + training + this.nesting, Math.ceil(path.earlyDays)) + 1;
    this.tailHazardPerDay = path.attrition.tenuredHazardPerDay * path.multiplier;
    const n = this.constantFrom + 1;
    this.survival = new Float64Array(cadence * n);
    for (let w = 0; w < cadence; w++) {
      let s = 1;
      this.survival[w * n] = 1;
      for (let k = 1; k < n; k++) {
        s *= Math.exp(-this.hazardOfDraw(w, k));
        this.survival[w * n + k] = s;
      }
    }
  }

  /** Hazard of draw j (j >= 1 days after hire) for a hire that waited w days for its class. */
  hazardOfDraw(w: number, j: number): number {
    const p = this.path;
    const stage =
      j <= w + this.training
        ? STAGE.training
        : j <= w + this.training + this.nesting
          ? STAGE.nesting
          : STAGE.proficient;
    const h = stageHazardPerDay(p.attrition, p.dropoutHazardPerDay, stage, j) * p.multiplier;
    return j < p.earlyDays ? h * p.earlyMultiplier : h;
  }

  /** S_w(k): probability that a hire with class wait w is still employed k days after its hire day. */
  survivalAt(w: number, k: number): number {
    const n = this.constantFrom + 1;
    if (k <= this.constantFrom) return this.survival[w * n + k]!;
    return this.survival[w * n + this.constantFrom]! * Math.exp(-this.tailHazardPerDay * (k - this.constantFrom));
  }

  /** Expected end-of-day counts of a hire with class wait w over days from..to-1 after hire (to may be Infinity). */
  expectedDays(w: number, from: number, to = Infinity): number {
    let sum = 0;
    const stop = Math.min(to, this.constantFrom);
    for (let k = from; k < stop; k++) sum += this.survivalAt(w, k);
    if (to <= this.constantFrom) return sum;
    // Geometric tail at the constant hazard: sum over k >= K of S(K) q^(k - K), q = exp(-h).
    const start = Math.max(from, this.constantFrom);
    const q = Math.exp(-this.tailHazardPerDay);
    const head = this.survivalAt(w, start);
    const count = to - start;
    return (
      sum + (count === Infinity ? head / -Math.expm1(-this.tailHazardPerDay) : (head * (1 - q ** count)) / (1 - q))
    );
  }

  /** Days from hire to the first day on the phones for class wait w. */
  graduationAge(w: number): number {
    return w + this.training;
  }
}

/**
 * Monthly attrition (leavers past training / average headcount past training, the `monthlyAttrition` KPI) of a
 * centre that hires at a constant rate for long enough, with hire days spread evenly over the class cadence: per
 * hire, the expected leavers past training are the probability of finishing training, and the expected days past
 * training the sum of the survival curve from graduation on.
 */
export function steadyStateMonthlyAttrition(path: HirePath): number {
  const s = new HirePathSurvival(path);
  let leavers = 0,
    days = 0;
  for (let w = 0; w < s.cadence; w++) {
    const graduation = s.graduationAge(w);
    leavers += s.survivalAt(w, graduation);
    days += s.expectedDays(w, graduation);
  }
  return days > 0 ? (DAYS_PER_MONTH * leavers) / days : 0;
}
