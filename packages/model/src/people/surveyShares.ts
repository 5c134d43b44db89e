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
  const shares = (mu: number): NpsShares => ({
    promoters: 1 - normalCdf((8.5 - mu) / p.scoreNoiseSd),
    detractors: normalCdf((6.5 - mu) / p.scoreNoiseSd),
  });
  const ok = shares(mean);
  const bad = shares(mean - p.unresolvedPenalty);
  return {
    promoters: resolved * ok.promoters + (1 - resolved) * bad.promoters,
    detractors: resolved * ok.detractors + (1 - resolved) * bad.detractors,
  };
}
