/**
 * Morris elementary effects: for each input, the change of the output when that input alone moves by Delta,
 * divided by Delta on the unit scale, so an effect reads as "the output's change across the whole declared range"
 * (exact for a linear output). mu* (mean absolute effect; Campolongo et al. 2007) ranks importance; sigma (their
 * standard deviation) flags interactions and non-linearity; mu (the signed mean) tells the direction.
 */
import type { MorrisDesign } from "./design.js";

export interface MorrisEffect {
  readonly muStar: number;
  readonly mu: number;
  readonly sigma: number;
}

/** Mean absolute, mean and standard deviation (n - 1) of every input's elementary effects. */
export function morrisEffects(design: MorrisDesign, outputs: readonly number[], k: number): MorrisEffect[] {
  if (outputs.length !== design.points.length)
    throw new RangeError(`expected ${design.points.length} outputs, got ${outputs.length}`);
  const effects: number[][] = Array.from({ length: k }, () => []);
  for (const step of design.steps)
    effects[step.input]!.push((outputs[step.from + 1]! - outputs[step.from]!) / step.delta);
  return effects.map((e) => {
    const n = e.length;
    const mu = e.reduce((s, x) => s + x, 0) / n;
    const muStar = e.reduce((s, x) => s + Math.abs(x), 0) / n;
    const sigma = n < 2 ? 0 : Math.sqrt(e.reduce((s, x) => s + (x - mu) ** 2, 0) / (n - 1));
    return { muStar, mu, sigma };
  });
}
