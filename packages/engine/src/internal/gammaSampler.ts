import type { RandomStream } from "../RandomStream.js";
import { makeNormalSampler } from "./normalSampler.js";

/**
 * Gamma(shape, scale) variates by Marsaglia and Tsang, "A simple method for generating gamma variables",
 * ACM TOMS 26(3), 2000. For shape < 1 it samples Gamma(shape + 1) and multiplies by U^(1/shape) (the paper's
 * boost, section 6). Expected cost: about one normal and one uniform per draw for any shape.
 */
export function makeGammaSampler(shape: number, scale: number, rng: RandomStream): () => number {
  const boosted = shape < 1;
  const d = (boosted ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const inverseShape = 1 / shape;
  const normal = makeNormalSampler(rng);
  return () => {
    const x = marsagliaTsang(d, c, normal, rng) * scale;
    return boosted ? x * Math.pow(rng.next(), inverseShape) : x;
  };
}

/** One Gamma(d + 1/3, 1) variate. */
function marsagliaTsang(d: number, c: number, normal: () => number, rng: RandomStream): number {
  for (;;) {
    const x = normal();
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.next();
    const xSquared = x * x;
    // Cheap squeeze first (accepts ~98% of candidates), then the exact test.
    if (u < 1 - 0.0331 * xSquared * xSquared) return d * v;
    if (Math.log(u) < 0.5 * xSquared + d * (1 - v + Math.log(v))) return d * v;
  }
}
