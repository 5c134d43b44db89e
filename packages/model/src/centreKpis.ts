import type { ChannelParams } from "./CentreParams.js";
import type { CentreTally } from "./CentreTally.js";
import type { SimCalendar } from "./SimCalendar.js";

/**
 * One reported month of one replication: KPI values by name. Channel KPIs are prefixed with the channel
 * (`voice.serviceLevel`); centre-wide ones are not. Names and units are listed in docs/model.md.
 */
export interface MonthKpis {
  /** Calendar month, "YYYY-MM". */
  readonly month: string;
  readonly values: Readonly<Record<string, number>>;
}

const HOUR_SEC = 3600;

/** One simulated day of one replication (warm-up days included), when daily KPIs are asked for. */
export interface DayKpis {
  /** Day index from the start of the simulation (0 = first day of the first simulated month). */
  readonly day: number;
  readonly values: Readonly<Record<string, number>>;
}

/**
 * KPIs of the reported months (warm-up months dropped). Staffing sufficiency compares like with like: agent-hours
 * rostered against the planner's requirement on the phones grossed up for shrinkage, the hours it needed rostered.
 */
export function centreMonthKpis(
  tally: CentreTally,
  calendar: SimCalendar,
  channels: readonly ChannelParams[],
  shrinkage: number,
): MonthKpis[] {
  const months: MonthKpis[] = [];
  for (let m = calendar.spec.warmupMonths; m < calendar.months; m++) {
    const values = periodKpis(tally, channels, shrinkage, calendar.monthStartDay[m]!, calendar.monthStartDay[m + 1]!);
    Object.assign(values, {
      contactsPerAgentP50: tally.contactsPerAgentP50[m]!,
      contactsPerAgentP95: tally.contactsPerAgentP95[m]!,
      contactsPerAgentMax: tally.contactsPerAgentMax[m]!,
    });
    months.push({ month: calendar.monthLabels[m]!, values });
  }
  return months;
}

/** KPIs of every simulated day (the same names as the monthly ones, without the per-agent distribution). */
export function centreDayKpis(tally: CentreTally, channels: readonly ChannelParams[], shrinkage: number): DayKpis[] {
  return Array.from({ length: tally.days }, (_, day) => ({
    day,
    values: periodKpis(tally, channels, shrinkage, day, day + 1),
  }));
}

/** KPIs summed over days [first, end). */
function periodKpis(
  tally: CentreTally,
  channels: readonly ChannelParams[],
  shrinkage: number,
  first: number,
  end: number,
): Record<string, number> {
  const values: Record<string, number> = {};
  const sum = (series: Float64Array, stride: number, offset: number): number => {
    let total = 0;
    for (let d = first; d < end; d++) total += series[d * stride + offset]!;
    return total;
  };
  let onTarget = 1;
  channels.forEach((ch, c) => {
    const n = channels.length;
    const offered = sum(tally.offered, n, c);
    const answered = sum(tally.answered, n, c);
    const abandoned = sum(tally.abandoned, n, c);
    const sl = serviceLevel(
      ch,
      offered,
      sum(tally.answeredWithinThreshold, n, c),
      sum(tally.abandonedWithinThreshold, n, c),
    );
    if (sl < ch.targetServiceLevel) onTarget = 0;
    Object.assign(values, {
      [`${ch.name}.offered`]: offered,
      [`${ch.name}.answered`]: answered,
      [`${ch.name}.abandoned`]: abandoned,
      [`${ch.name}.serviceLevel`]: sl,
      [`${ch.name}.abandonRate`]: ratio(abandoned, offered),
      [`${ch.name}.asaSec`]: ratio(sum(tally.waitAnsweredSec, n, c), answered),
      [`${ch.name}.ahtSec`]: ratio(sum(tally.handleSec, n, c), answered),
    });
  });
  const required = sum(tally.requiredAgentSec, 1, 0);
  const scheduled = sum(tally.scheduledAgentSec, 1, 0);
  const loggedIn = sum(tally.loggedInAgentSec, 1, 0);
  return Object.assign(values, {
    // NOTE: busy time can exceed logged-in time in a collapsed month: interval fidelity credits a Poisson number of
    // answered contacts x AHT, which in an overloaded interval can top the agents' time, and contact fidelity credits
    // a contact's whole handle time when it starts, including work after the shift or past closing. Occupancy, a
    // share of logged-in time, is capped at 1.
    occupancy: Math.min(1, ratio(sum(tally.busyAgentSec, 1, 0), loggedIn)),
    requiredAgentHours: required / HOUR_SEC,
    scheduledAgentHours: scheduled / HOUR_SEC,
    loggedInAgentHours: loggedIn / HOUR_SEC,
    staffingSufficiency: ratio(scheduled * (1 - shrinkage), required),
    onServiceLevelTarget: onTarget,
  });
}

function serviceLevel(ch: ChannelParams, offered: number, within: number, abandonedWithin: number): number {
  switch (ch.serviceLevelDefinition) {
    case "answered-within-threshold":
      return ratio(within, offered);
    case "waited-within-threshold":
      return ratio(within + abandonedWithin, offered);
    case "excluding-short-abandons":
      return ratio(within, offered - abandonedWithin);
  }
}

/** x / y, or 0 when nothing was measured (no contacts, no agents). */
function ratio(x: number, y: number): number {
  return y > 0 ? x / y : 0;
}
