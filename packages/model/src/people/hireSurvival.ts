/**
 * Kaplan-Meier survival of hires since their hire day, at daily resolution: a hire leaves at t = leave day - hire
 * day (its quit draw on that day), or is censored at the end of the run (t = last day - hire day, still employed).
 * S(t) = product over u = 1..t of (1 - leavers at u / hires at risk at u), at risk meaning neither left nor
 * censored before u. NaN beyond the longest follow-up (no hire at risk).
 */
export function kaplanMeier(hireDays: readonly number[], leftDays: readonly number[], lastDay: number): Float64Array {
  const n = hireDays.length;
  let longest = 0;
  for (const hired of hireDays) longest = Math.max(longest, lastDay - hired);
  const events = new Float64Array(longest + 2);
  const censored = new Float64Array(longest + 2);
  hireDays.forEach((hired, i) => {
    // No leaving day: still employed, censored at the end of the run.
    const left = leftDays[i] ?? -1;
    if (left >= 0 && left <= lastDay) events[left - hired]!++;
    else censored[lastDay - hired]!++;
  });
  const curve = new Float64Array(longest + 1).fill(NaN);
  if (n === 0) return curve;
  let atRisk = n - events[0]! - censored[0]!,
    s = 1;
  curve[0] = 1;
  for (let u = 1; u <= longest; u++) {
    if (atRisk <= 0) break;
    s *= 1 - events[u]! / atRisk;
    curve[u] = s;
    atRisk -= events[u]! + censored[u]!;
  }
  return curve;
}

/** The run-level KPIs read off the curve: survival to 90, 180 and 365 days after hire (NaN if not followed that long). */
export const HIRE_SURVIVAL_DAYS = [90, 180, 365] as const;

export function hireSurvivalKpis(curve: Float64Array): Record<string, number> {
  return Object.fromEntries(HIRE_SURVIVAL_DAYS.map((d) => [`hireSurvival${d}d`, curve[d] ?? NaN]));
}
