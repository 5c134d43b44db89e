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
 * The settings a KPI is computed under from day `fromDay` on: each channel's service-level definition and target,
 * and the shrinkage (staffing sufficiency). A dated change replaces them; days keep the ones in force on them.
 */
export interface KpiSettings {
  readonly fromDay: number;
  readonly channels: readonly ChannelParams[];
  readonly shrinkage: number;
}

/**
 * KPIs of the reported months (warm-up months dropped). Staffing sufficiency compares like with like: agent-hours
 * rostered against the planner's requirement on the phones grossed up for shrinkage, the hours it needed rostered.
 * `changes` (by fromDay) are the settings of dated interventions: a month's service level counts each day's
 * contacts by the definition in force that day, its target is the one in force on its last day, and its
 * sufficiency grosses each day up by that day's shrinkage.
 */
export function centreMonthKpis(
  tally: CentreTally,
  calendar: SimCalendar,
  channels: readonly ChannelParams[],
  shrinkage: number,
  changes: readonly KpiSettings[] = [],
): MonthKpis[] {
  const settings = settingsFrom(channels, shrinkage, changes);
  const months: MonthKpis[] = [];
  for (let m = calendar.spec.warmupMonths; m < calendar.months; m++) {
    const values = periodKpis(tally, settings, calendar.monthStartDay[m]!, calendar.monthStartDay[m + 1]!);
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
export function centreDayKpis(
  tally: CentreTally,
  channels: readonly ChannelParams[],
  shrinkage: number,
  changes: readonly KpiSettings[] = [],
): DayKpis[] {
  const settings = settingsFrom(channels, shrinkage, changes);
  return Array.from({ length: tally.days }, (_, day) => ({
    day,
    values: periodKpis(tally, settings, day, day + 1),
  }));
}

/** The run's own settings from day 0, then each change's from its day (a later one on the same day wins). */
function settingsFrom(
  channels: readonly ChannelParams[],
  shrinkage: number,
  changes: readonly KpiSettings[],
): KpiSettings[] {
  const all = [{ fromDay: 0, channels, shrinkage }, ...[...changes].sort((a, b) => a.fromDay - b.fromDay)];
  return all.filter((s, i) => all[i + 1] === undefined || all[i + 1]!.fromDay > s.fromDay);
}

interface Piece {
  readonly from: number;
  readonly to: number;
  readonly s: KpiSettings;
}

/** Days [first, end) cut where the settings change, each piece with the settings in force on it. */
function pieces(settings: readonly KpiSettings[], first: number, end: number): Piece[] {
  const out: Piece[] = [];
  settings.forEach((s, i) => {
    const from = Math.max(first, s.fromDay);
    const to = Math.min(end, settings[i + 1]?.fromDay ?? end);
    if (from < to) out.push({ from, to, s });
  });
  return out;
}

/**
 * Neighbouring pieces that agree on `key` joined: a change that leaves a setting as it was (every intervention
 * passes all of them again) leaves its sums those of the whole period, in the same order, to the last digit.
 */
function joined(parts: readonly Piece[], key: (s: KpiSettings) => unknown): Piece[] {
  const out: Piece[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous !== undefined && key(previous.s) === key(part.s)) out[out.length - 1] = { ...previous, to: part.to };
    else out.push(part);
  }
  return out;
}

/** KPIs summed over days [first, end). */
function periodKpis(
  tally: CentreTally,
  settings: readonly KpiSettings[],
  first: number,
  end: number,
): Record<string, number> {
  const values: Record<string, number> = {};
  const parts = pieces(settings, first, end);
  const last = parts[parts.length - 1]!.s;
  const channels = last.channels;
  const sum = (series: Float64Array, stride: number, offset: number, from = first, to = end): number => {
    let total = 0;
    for (let d = from; d < to; d++) total += series[d * stride + offset]!;
    return total;
  };
  let onTarget = 1;
  channels.forEach((ch, c) => {
    const n = channels.length;
    const offered = sum(tally.offered, n, c);
    const answered = sum(tally.answered, n, c);
    const abandoned = sum(tally.abandoned, n, c);
    // Each piece's contacts by the definition in force on it: met and counted contacts add up over the pieces.
    let met = 0,
      counted = 0;
    for (const { from, to, s } of joined(parts, (x) => x.channels[c]!.serviceLevelDefinition)) {
      const part = serviceLevelParts(
        s.channels[c]!,
        sum(tally.offered, n, c, from, to),
        sum(tally.answeredWithinThreshold, n, c, from, to),
        sum(tally.abandonedWithinThreshold, n, c, from, to),
      );
      met += part.met;
      counted += part.counted;
    }
    const sl = ratio(met, counted);
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
  // Rostered hours on the phones: each piece's at its own shrinkage.
  let onPhones = 0;
  for (const { from, to, s } of joined(parts, (x) => x.shrinkage))
    onPhones += sum(tally.scheduledAgentSec, 1, 0, from, to) * (1 - s.shrinkage);
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
    staffingSufficiency: ratio(onPhones, required),
    onServiceLevelTarget: onTarget,
  });
}

/** The contacts that met the threshold and those the service level counts, by the channel's definition. */
function serviceLevelParts(
  ch: ChannelParams,
  offered: number,
  within: number,
  abandonedWithin: number,
): { met: number; counted: number } {
  switch (ch.serviceLevelDefinition) {
    case "answered-within-threshold":
      return { met: within, counted: offered };
    case "waited-within-threshold":
      return { met: within + abandonedWithin, counted: offered };
    case "excluding-short-abandons":
      return { met: within, counted: offered - abandonedWithin };
  }
}

/** x / y, or 0 when nothing was measured (no contacts, no agents). */
function ratio(x: number, y: number): number {
  return y > 0 ? x / y : 0;
}
