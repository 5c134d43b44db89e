import type { RandomStream } from "../RandomStream.js";

/**
 * Standard normal variates by Marsaglia's polar method, using only `rng` (no trigonometry). Each accepted pair
 * yields two independent normals; the second is cached in the closure and returned by the next call, so a
 * sampler draws on average 2 * 4/pi ~ 2.55 uniforms per two normals.
 */
export function makeNormalSampler(rng: RandomStream): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    for (;;) {
      const v1 = 2 * rng.next() - 1;
      const v2 = 2 * rng.next() - 1;
      const s = v1 * v1 + v2 * v2;
      if (s >= 1 || s === 0) continue;
      const factor = Math.sqrt((-2 * Math.log(s)) / s);
      spare = v2 * factor;
      hasSpare = true;
      return v1 * factor;
    }
  };
}
