import { STAGE } from "../AgentPool.js";
import { classWait, HirePathSurvival, type HirePath } from "./hirePath.js";
import { marketWageOn } from "./labourMarket.js";
import { offeredPay } from "./pay.js";
import type { MotivationParams, PeopleParams } from "./PeopleParams.js";

/** Tenures beyond a working life are cut off: no one has worked at a contact centre for more than 40 years. */
export const MAX_TENURE_DAYS = 40 * 365;

/** Latent engagement (log-odds): g0 + g_pay ln(earnings / market) + g_clarity (clarity - 0.5) + g_remote [remote] - g_burn B. */
export function engagementLogit(
  m: MotivationParams,
  earnings: number,
  marketWage: number,
  remote: boolean,
  burnout: number,
): number {
  return (
    m.intercept +
    m.payWeight * Math.log(Math.max(earnings, 1) / marketWage) +
    m.clarityWeight * (m.kpiClarity - 0.5) +
    (remote ? m.remoteWeight : 0) -
    m.burnoutWeight * burnout
  );
}

/** Engagement in (0, 1), the logistic of the latent engagement. */
export function engagementOf(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/**
 * Shares of promoters (9-10) and detractors (0-6) among eNPS answers of agents with latent engagement `logit`, by
 * the ordered logit: P(detractor) = logistic(theta_d - eta), P(promoter) = 1 - logistic(theta_p - eta), with the cut
 * points theta_d = logit(detractors at neutral) and theta_p = logit(1 - promoters at neutral). eNPS = 100 (P(promoter)
 * - P(detractor)) spans -100 (eta -> -infinity) to +100 (eta -> +infinity).
 */
export function enpsShares(m: MotivationParams, logit: number): { promoters: number; detractors: number } {
  const theta = enpsCutPoints(m);
  return { promoters: 1 - engagementOf(theta.promoter - logit), detractors: engagementOf(theta.detractor - logit) };
}

/** The ordered logit's cut points of enpsShares: theta_d and theta_p. */
export function enpsCutPoints(m: MotivationParams): { detractor: number; promoter: number } {
  return {
    detractor: Math.log(m.enpsDetractorsAtNeutral / (1 - m.enpsDetractorsAtNeutral)),
    promoter: Math.log((1 - m.enpsPromotersAtNeutral) / m.enpsPromotersAtNeutral),
  };
}

/** Expected eNPS of agents with latent engagement `logit` (closed form of the survey). */
export function expectedEnps(m: MotivationParams, logit: number): number {
  const s = enpsShares(m, logit);
  return 100 * (s.promoters - s.detractors);
}

/** Where a starting agent is on its hire path: its hire day, first day on the phones (-1: waiting for a class) and stage. */
export interface StartPosition {
  readonly hireDay: number;
  readonly productionDay: number;
  readonly stage: number;
}

/**
 * The stationary (renewal) workforce of one work mode: at the start of day 0 an agent hired k + 1 days before is
 * still employed with probability S(k), the survival of the whole hire-to-leave path (class wait, training,
 * nesting, tenure bands, at the mode's reference multipliers), so with hires at a constant rate the ages of the
 * employed have density proportional to S(k), and an agent's stage, class and experience follow from its age.
 */
export class SteadyStateTenure {
  readonly survival: HirePathSurvival;
  /** cumulative[k] = sum of the weights of ages below k. */
  private readonly cumulative: Float64Array;
  /** First age in nesting and first age proficient (stages are consecutive age ranges). */
  private readonly nestingFrom: number;
  private readonly proficientFrom: number;

  constructor(path: HirePath) {
    const s = (this.survival = new HirePathSurvival(path));
    this.cumulative = new Float64Array(MAX_TENURE_DAYS + 1);
    let nestingFrom = MAX_TENURE_DAYS,
      proficientFrom = MAX_TENURE_DAYS;
    for (let k = 0; k < MAX_TENURE_DAYS; k++) {
      const w = classWait(-1 - k, s.cadence);
      this.cumulative[k + 1] = this.cumulative[k]! + s.survivalAt(w, k);
      // Both stage boundaries are first ages, so the stage stops mattering once the first proficient age is found.
      if (proficientFrom !== MAX_TENURE_DAYS) continue;
      const stage = this.stageAt(k);
      if (stage !== STAGE.training && nestingFrom === MAX_TENURE_DAYS) nestingFrom = k;
      if (stage === STAGE.proficient && proficientFrom === MAX_TENURE_DAYS) proficientFrom = k;
    }
    this.nestingFrom = nestingFrom;
    this.proficientFrom = Math.max(nestingFrom, proficientFrom);
  }

  /** Stage at the end of day -1 of an agent hired on day -1 - k. */
  stageAt(k: number): number {
    const s = this.survival;
    const graduation = classWait(-1 - k, s.cadence) + s.training;
    return k < graduation ? STAGE.training : k < graduation + s.nesting ? STAGE.nesting : STAGE.proficient;
  }

  /** Shares of the stationary workforce in training, nesting and proficient. */
  stageShares(): { training: number; nesting: number; proficient: number } {
    const c = this.cumulative;
    const total = c[MAX_TENURE_DAYS]!;
    return {
      training: c[this.nestingFrom]! / total,
      nesting: (c[this.proficientFrom]! - c[this.nestingFrom]!) / total,
      proficient: 1 - c[this.proficientFrom]! / total,
    };
  }

  /** Expected days employed per hire (all stages), over hire days spread evenly on the class cadence. */
  meanDaysPerHire(): number {
    const s = this.survival;
    let days = 0;
    for (let w = 0; w < s.cadence; w++) days += s.expectedDays(w, 0);
    return days / s.cadence;
  }

  /** An age k (the agent was hired on day -1 - k) from the stationary distribution within `stage`, for u in [0, 1). */
  sampleAge(stage: number, u: number): number {
    const c = this.cumulative;
    const [from, to] =
      stage === STAGE.training
        ? [0, this.nestingFrom]
        : stage === STAGE.nesting
          ? [this.nestingFrom, this.proficientFrom]
          : [this.proficientFrom, MAX_TENURE_DAYS];
    if (to <= from) return stage === STAGE.training ? 0 : from;
    const target = c[from]! + u * (c[to]! - c[from]!);
    let low = from,
      high = to - 1;
    // Largest k in [from, to) with cumulative[k] <= target.
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (c[mid]! <= target) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Hire day, first day on the phones and stage of an agent of age k at the start. */
  position(k: number): StartPosition {
    const s = this.survival;
    const hireDay = -1 - k;
    const classStart = hireDay + classWait(hireDay, s.cadence);
    const stage = this.stageAt(k);
    // A class starting on day 0 has not started yet: its hires wait for it (productionDay -1).
    const productionDay = s.training === 0 ? hireDay : classStart >= 0 ? -1 : classStart + s.training;
    return { hireDay, productionDay, stage };
  }
}

/**
 * The stationary workforce of `path`, shared: a sensitivity study resolves hundreds of worlds (each sizing its `auto`
 * start twice, for the run and for its dated changes) and every replication seeds its starting workforce from the
 * same two paths, while building one costs a pass over 40 years of days. Most worlds of a study change no input of
 * the hire path (demand, headcount factor, applicants), so the same few paths recur. Instances are never changed
 * after construction, so sharing them is exact.
 */
export function steadyStateTenure(path: HirePath): SteadyStateTenure {
  const a = path.attrition;
  // NOTE: every input the survival curve reads (hirePath.ts: the four stage hazards and the path's own fields), and
  // nothing else, so a change of, say, the burnout coefficient still finds the curve it does not affect.
  const key = [
    a.nestingHazardPerDay,
    a.earlyHazardPerDay,
    a.firstYearHazardPerDay,
    a.tenuredHazardPerDay,
    path.dropoutHazardPerDay,
    path.trainingDays,
    path.classCadenceDays,
    path.nestingDays,
    path.earlyMultiplier,
    path.earlyDays,
    path.multiplier,
  ].join(",");
  const known = TENURES.get(key);
  if (known !== undefined) return known;
  const made = new SteadyStateTenure(path);
  // A study's worlds bring a few dozen distinct paths at most; a full cache is emptied rather than evicted in order.
  if (TENURES.size >= TENURES_KEPT) TENURES.clear();
  TENURES.set(key, made);
  return made;
}

const TENURES = new Map<string, SteadyStateTenure>();
const TENURES_KEPT = 64;

/**
 * The hire path of one work mode at its reference multipliers: pay as offered against the market wage of day 0,
 * no burnout, the engagement those give, the remote multiplier for remote agents, and culture-first training.
 */
export function referencePath(p: PeopleParams, remote: boolean): HirePath {
  const wage = marketWageOn(p.labourMarket, 0);
  const pay = offeredPay(p.pay);
  const engagement = engagementOf(engagementLogit(p.motivation, pay, wage, remote, 0));
  const multiplier =
    (Math.max(pay, 1) / wage) ** p.attrition.payElasticity *
    p.attrition.detractorMultiplier ** (0.5 - engagement) *
    (remote ? p.attrition.remoteMultiplier : 1);
  return {
    attrition: p.attrition,
    dropoutHazardPerDay: p.training.dropoutHazardPerDay,
    trainingDays: p.training.trainingDays,
    classCadenceDays: p.training.classCadenceDays,
    nestingDays: p.rampUp.nestingDays,
    earlyMultiplier: p.training.earlyHazardMultiplier,
    earlyDays: p.training.earlyDays,
    multiplier,
  };
}

/**
 * The steady-state make-up of a workforce hiring `remoteShareOfHires` remote: the share of each stage and the share
 * of remote agents (remote agents stay longer, so they are a larger share of the staff than of the hires).
 */
export function steadyStateMix(
  p: PeopleParams,
  remoteShareOfHires: number,
): { training: number; nesting: number; proficient: number; remoteShare: number } {
  const onSite = steadyStateTenure(referencePath(p, false));
  const remote = steadyStateTenure(referencePath(p, true));
  const onSiteDays = (1 - remoteShareOfHires) * onSite.meanDaysPerHire();
  const remoteDays = remoteShareOfHires * remote.meanDaysPerHire();
  const r = remoteDays / (onSiteDays + remoteDays);
  const a = onSite.stageShares(),
    b = remote.stageShares();
  return {
    training: (1 - r) * a.training + r * b.training,
    nesting: (1 - r) * a.nesting + r * b.nesting,
    proficient: (1 - r) * a.proficient + r * b.proficient,
    remoteShare: r,
  };
}
