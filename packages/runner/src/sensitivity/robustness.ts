/**
 * Whether a headline difference survives the declared uncertainty: across the sampled worlds, the share in which
 * variant minus baseline keeps the sign it has in the scenario as declared, the share in which it is positive, and
 * its spread (5th, 50th and 95th percentiles: the uncertainty band).
 */
import type { RobustnessJson } from "@ccsim/scenario";
import { quantileSorted } from "simple-statistics";

export type Robustness = RobustnessJson;

export function robustness(kpi: string, variant: string, nominal: number, differences: readonly number[]): Robustness {
  const sorted = [...differences].sort((a, b) => a - b);
  const n = differences.length;
  const sameSign = differences.filter((d) => Math.sign(d) === Math.sign(nominal)).length;
  return {
    kpi,
    variant,
    nominal,
    shareSameSign: sameSign / n,
    sharePositive: differences.filter((d) => d > 0).length / n,
    shareNegative: differences.filter((d) => d < 0).length / n,
    p05: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    worlds: n,
  };
}
