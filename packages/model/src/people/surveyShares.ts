import { normalCdf } from "../internal/normalCdf.js";
import type { CustomerExperienceParams } from "./PeopleParams.js";

/** Shares of promoters (9-10) and detractors (0-6) among survey answers. */
export interface NpsShares {
  readonly promoters: number;
  readonly detractors: number;
}

/**
 * Transactional NPS answer shares for contacts served at `quality` with a mean excess wait of `excessWaitMin`
 * minutes beyond the reference: the latent 0-10 score is normal with mean
 *   baseScore + qualityWeight (quality - 1) - waitPenaltyPerMinute x excessWait - unresolvedPenalty [unresolved],
 * resolved with probability firstContactResolution x quality. Answers round the score: a promoter scores >= 8.5,
 * a detractor < 6.5. Resolution weighs more than waiting (Feinberg et al. 2000).
 */
export function tnpsShares(p: CustomerExperienceParams, quality: number, excessWaitMin: number): NpsShares {
  const resolved = Math.min(1, p.firstContactResolution * quality);
  const mean = p.baseScore + p.qualityWeight * (quality - 1) - p.waitPenaltyPerMinute * excessWaitMin;
  // The shares when resolved (mean) and unresolved (less the penalty), mixed. Written out rather than through a
  // helper returning an object per case: this runs per agent and month, and only the result is allocated.
  const unresolvedMean = mean - p.unresolvedPenalty,
    sd = p.scoreNoiseSd;
  return {
    promoters:
      resolved * (1 - normalCdf((8.5 - mean) / sd)) + (1 - resolved) * (1 - normalCdf((8.5 - unresolvedMean) / sd)),
    detractors: resolved * normalCdf((6.5 - mean) / sd) + (1 - resolved) * normalCdf((6.5 - unresolvedMean) / sd),
  };
}
