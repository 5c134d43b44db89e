import type { RandomStream } from "@ccsim/engine";
import { STAGE, type AgentPool } from "../AgentPool.js";
import type { CentreTally } from "../CentreTally.js";
import type { BinomialSampler } from "../internal/binomial.js";
import type { CustomerExperienceParams, MotivationParams } from "./PeopleParams.js";
import { engagementLogit, engagementOf, enpsCutPoints } from "./steadyState.js";
import { tnpsShares } from "./surveyShares.js";

/** The monthly surveys of docs/model.md 4.5: customers' tNPS per agent, agents' engagement and eNPS. */

/** Answers counted by kind, over one agent or the whole centre. */
export interface NpsCount {
  promoters: number;
  detractors: number;
  answers: number;
}

/** NPS of counted answers, or `otherwise` when nobody answered. */
export function npsOf(count: NpsCount, otherwise: number): number {
  return count.answers > 0 ? (100 * (count.promoters - count.detractors)) / count.answers : otherwise;
}

/**
 * Samples the customer surveys of an agent who handled `contacts` this month at `quality` into `total`; returns the
 * agent's own tNPS (its expected tNPS when none of its customers answered). round(contacts x surveyResponseRate)
 * customers answer, each independently a promoter, detractor or passive by tnpsShares: one multinomial draw of
 * the three counts (promoters binomial over the answers, detractors binomial over the rest), the same distribution
 * as one uniform per answer at a few uniforms per agent instead of about a hundred.
 */
export function surveyCustomers(
  p: CustomerExperienceParams,
  quality: number,
  contacts: number,
  excessWaitMin: number,
  binomial: BinomialSampler,
  total: NpsCount,
): number {
  const shares = tnpsShares(p, quality, excessWaitMin);
  const answers = Math.max(0, Math.round(contacts * p.surveyResponseRate));
  const promoters = binomial(answers, shares.promoters);
  const rest = 1 - shares.promoters;
  const detractors = rest > 0 ? binomial(answers - promoters, Math.min(1, shares.detractors / rest)) : 0;
  const own: NpsCount = { promoters, detractors, answers };
  total.promoters += own.promoters;
  total.detractors += own.detractors;
  total.answers += own.answers;
  return npsOf(own, 100 * (shares.promoters - shares.detractors));
}

/**
 * Updates each active agent's engagement, logistic(g0 + g_pay ln(earnings / market) + g_clarity (clarity - 0.5)
 * + g_remote [remote] - g_burn B) at the market wage `wage`, and runs the eNPS survey: a share enpsResponseRate
 * answers, each as a promoter, passive or detractor by the ordered logit on its latent engagement (enpsShares).
 * Returns the eNPS (0 when nobody answered).
 */
export function surveyAgents(pool: AgentPool, m: MotivationParams, wage: number, draw: RandomStream): number {
  const count: NpsCount = { promoters: 0, detractors: 0, answers: 0 };
  // enpsShares taken apart: its cut points (two logarithms) once, not per respondent, and the detractors' share
  // (an exponential) only for the answers that are not promoters. The same numbers, compared in the same order.
  const theta = enpsCutPoints(m);
  for (let a = 0; a < pool.count; a++) {
    if (pool.stage[a] === STAGE.left) continue;
    const logit = engagementLogit(m, pool.earnings[a]!, wage, pool.remote[a] === 1, pool.burnout[a]!);
    pool.engagement[a] = engagementOf(logit);
    // A hire waiting for a class has accepted an offer but is not yet employed: not surveyed.
    if (pool.stage[a] === STAGE.training && pool.productionDay[a]! < 0) continue;
    if (draw.next() >= m.enpsResponseRate) continue;
    // One answer per respondent from the ordered logit: promoter, detractor or passive.
    const u = draw.next();
    count.answers++;
    if (u < 1 - engagementOf(theta.promoter - logit)) count.promoters++;
    else if (u >= 1 - engagementOf(theta.detractor - logit)) count.detractors++;
  }
  return npsOf(count, 0);
}

/** Mean wait of the contacts answered on days [from, to) over all channels (0 when none was answered). */
export function meanWaitSec(tally: CentreTally, from: number, to: number): number {
  let wait = 0,
    answered = 0;
  for (let d = from; d < to; d++) {
    for (let c = 0; c < tally.channels; c++) {
      wait += tally.waitAnsweredSec[d * tally.channels + c]!;
      answered += tally.answered[d * tally.channels + c]!;
    }
  }
  return answered > 0 ? wait / answered : 0;
}
