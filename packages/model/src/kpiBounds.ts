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
