/** Month KPIs that are shares (0 to 1); channel KPIs by their name after the channel prefix. */
const SHARES = new Set([
  "serviceLevel",
  "abandonRate",
  "occupancy",
  "onServiceLevelTarget",
  "monthlyAttrition",
  "trainingDropout",
  "filledWithin30Days",
  "tenureShareHalfToTwoYears",
  "hireSurvival90d",
  "hireSurvival180d",
  "hireSurvival365d",
]);
/** Net promoter scores: -100 to +100 points. */
const SCORES = new Set(["tnps", "enps"]);

/**
 * The range a KPI's values can take, when it is bounded (shares 0-1, NPS -100..+100): a confidence interval
 * computed as mean +- t x standard error can cross the bound, and is clipped to it when shown.
 */
export function kpiRange(name: string): readonly [number, number] | undefined {
  const kpi = name.slice(name.lastIndexOf(".") + 1);
  if (SHARES.has(kpi)) return [0, 1];
  return SCORES.has(kpi) ? [-100, 100] : undefined;
}

/**
 * The range a difference of two values of a bounded KPI can take (a share minus a share: -1 to +1; an NPS minus an
 * NPS: -200 to +200), so that a paired difference's interval at few replications is not shown beyond it.
 */
export function kpiDifferenceRange(name: string): readonly [number, number] | undefined {
  const range = kpiRange(name);
  return range === undefined ? undefined : [range[0] - range[1], range[1] - range[0]];
}
