/**
 * Warnings, not errors, for values that are legal but implausible: each says what it suspects, most often a
 * value typed in the wrong unit (minutes as seconds, a percentage as a fraction, a yearly figure as a monthly
 * one). The thresholds are ccsim's judgement of where real centres stop (assumptions), not limits: a warned
 * scenario still runs.
 */
import { intradayShares, intradaySharesByWeekday } from "./intradayShares.js";
import { intervalsPerDay } from "./sections/Calendar.js";
import { CHANNELS } from "./sections/Demand.js";
import { DEFAULT_SHIFTS } from "./sections/Operations.js";
import type { Scenario } from "./Scenario.js";
import { makeLocator } from "./internal/locate.js";
import { datedSets } from "./internal/datedSets.js";
import { readYaml } from "./internal/readYaml.js";
import type { ScenarioIssue } from "./ScenarioError.js";
import { formatPath } from "./ScenarioError.js";

export interface PlausibilityWarning {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

/** Mean weeks per month (365.25 / 12 / 7). */
const WEEKS_PER_MONTH = 4.348;
/**
 * Handle time of a month's volume over the agents' paid hours above which the volume is suspect: even a centre in
 * collapse rarely faces more than twice the work its agents are paid for (assumption).
 */
const WORK_SHARE_LIMIT = 3;
/**
 * How far the volume-weighted mean of a handle-time profile may stray from 1 before handleTimeSec no longer reads
 * as the day's mean handle time (assumption: an imported profile is within a few percent by construction).
 */
const FACTOR_MEAN_TOLERANCE = 0.1;
/** Shrinkage under this leaves too little for breaks, absence and training (typical: 0.25-0.40; assumption). */
const LOW_SHRINKAGE = 0.1;

const channelWarnings = (s: Scenario, name: (typeof CHANNELS)[number]): PlausibilityWarning[] => {
  const c = s.demand[name];
  if (c === undefined) return [];
  const at = (...rest: Array<string | number>) => ["demand", name, ...rest];
  const out: PlausibilityWarning[] = [];
  const aht = c.handleTimeSec;
  if (aht < 30) {
    out.push({
      path: at("handleTimeSec"),
      message: `handle time ${aht} s is under 30 s: minutes typed as seconds? (${aht} min would be ${Math.round(aht * 60)} s)`,
    });
  } else if (aht > 3600) {
    out.push({
      path: at("handleTimeSec"),
      message: `handle time ${aht} s is over an hour per contact: a total over several contacts, or a value in tenths of seconds?`,
    });
  }
  const factors = c.handleTimeFactorByInterval;
  const shares = intradayShares(c, s.calendar);
  if (factors !== undefined && factors.length === shares.length) {
    const mean = factors.reduce((a, f, i) => a + f * (shares[i] ?? 0), 0);
    if (Math.abs(mean - 1) > FACTOR_MEAN_TOLERANCE)
      out.push({
        path: at("handleTimeFactorByInterval"),
        message: `the handle-time multipliers average ${mean.toFixed(2)} weighted by volume, so the day's mean handle time is ${Math.round(mean * aht)} s, not handleTimeSec ${aht} s: scale them to average 1, or is that intended?`,
      });
  }
  if (c.patience.meanSec < 10) {
    out.push({
      path: at("patience", "meanSec"),
      message: `mean patience ${c.patience.meanSec} s is under 10 s: minutes typed as seconds? Nearly every caller who waits at all would abandon`,
    });
  }
  if (c.patience.meanSec > 1800) {
    out.push({
      path: at("patience", "meanSec"),
      message: `mean patience ${c.patience.meanSec} s is over half an hour: callers rarely wait that long; a value in tenths of seconds, or minutes multiplied by 60 twice?`,
    });
  }
  if (c.serviceLevel.target < 0.5) {
    out.push({
      path: at("serviceLevel", "target"),
      message: `a service-level target of ${c.serviceLevel.target} means ${Math.round(c.serviceLevel.target * 100)}% answered within the threshold; targets are usually 0.7-0.9: a typo?`,
    });
  }
  if (c.serviceLevel.thresholdSec > c.patience.meanSec && c.patience.distribution === "exponential") {
    out.push({
      path: at("serviceLevel", "thresholdSec"),
      message: `the service-level threshold (${c.serviceLevel.thresholdSec} s) is longer than mean patience (${c.patience.meanSec} s): most callers who wait that long have hung up; are the two the right way round?`,
    });
  }
  if (c.monthlyTrendPct > 10 || c.monthlyTrendPct < -10) {
    const yearly = ((1 + c.monthlyTrendPct / 100) ** 12 - 1) * 100;
    out.push({
      path: at("monthlyTrendPct"),
      message: `a trend of ${c.monthlyTrendPct}% per month is ${yearly.toFixed(0)}% per year: a yearly growth typed as monthly?`,
    });
  }
  if (c.forecastErrorCv > 0.5) {
    out.push({
      path: at("forecastErrorCv"),
      message: `forecast error cv ${c.forecastErrorCv} means the forecast is typically off by half: a percentage typed as a fraction (10% is 0.1)?`,
    });
  }
  // Volume per agent-day: below one contact a day, the volume is probably per day or per week, not per month.
  const volumes = c.monthlyVolumeSeries ?? (c.monthlyVolume === undefined ? [] : [c.monthlyVolume]);
  const head = s.operations.initialHeadcount;
  // An automatic start is sized to the need, so it cannot be out of proportion to the volume.
  const agents = head === "auto" ? 0 : head.proficient + head.nesting;
  const agentDays = agents * s.operations.workDaysPerWeek * WEEKS_PER_MONTH;
  const first = volumes[0];
  const path = c.monthlyVolumeSeries === undefined ? at("monthlyVolume") : at("monthlyVolumeSeries", 0);
  if (first !== undefined && agentDays > 0 && first / agentDays < 1) {
    out.push({
      path,
      message: `${first} contacts per month for ${agents} agents is ${(first / agentDays).toFixed(2)} contacts per agent-day: a daily or weekly volume typed as monthly?`,
    });
  }
  // And the other way: work for several times the agents' paid hours is a yearly volume, or agents per team.
  // All present: every agent on the phones whenever the centre is open, every day.
  const allPresent = s.operations.rostering === "all-present";
  const paidSec =
    (allPresent
      ? s.calendar.closeHour - s.calendar.openHour
      : Math.max(...s.operations.shifts.map((t) => t.lengthHours))) * 3600;
  const paidDays = allPresent ? agents * 7 * WEEKS_PER_MONTH : agentDays;
  const workShare = first === undefined || paidDays === 0 ? 0 : (first * aht) / (paidDays * paidSec);
  if (workShare > WORK_SHARE_LIMIT) {
    out.push({
      path,
      message: `${first} contacts per month at ${aht} s need ${workShare.toFixed(1)} times the paid hours of ${agents} agents: a yearly volume typed as monthly, or a headcount per team?`,
    });
  }
  return out;
};

/** Settings a variant or an intervention may change to make agents work from home. */
const REMOTE_SETTINGS = new Set([
  "simulatePeople",
  "recruiting.hiringMode",
  "recruiting.remoteShare",
  "operations.initialHeadcount",
  "operations.initialHeadcount.remoteShare",
]);

/** Every `set` of the scenario: its interventions', its variants' and their own interventions'. */
const allSets = (s: Scenario): ReadonlyArray<Readonly<Record<string, unknown>>> =>
  [...s.interventions.map((x) => x.set), ...s.variants.map((v) => v.set)].flatMap((set) => [
    set,
    ...datedSets(set).filter((x) => x !== undefined),
  ]);

/**
 * Shift templates for remote agents where no agent ever works from home (none at the start, none hired remote, and
 * no variant or intervention changes that): they are never rostered, and a roster that relies on them for the peaks
 * leaves the peaks short.
 */
const unusedRemoteShifts = (s: Scenario): PlausibilityWarning[] => {
  const head = s.operations.initialHeadcount;
  const r = s.recruiting;
  const hiresRemote =
    s.simulatePeople && (r.hiringMode === "remote" || (r.hiringMode === "mixed" && r.remoteShare > 0));
  const changed = allSets(s).some((set) => Object.keys(set).some((key) => REMOTE_SETTINGS.has(key)));
  // The default templates offer short remote shifts to whoever hires remote later: not a choice made in this file.
  const defaults = JSON.stringify(s.operations.shifts) === JSON.stringify(DEFAULT_SHIFTS);
  if ((head !== "auto" && head.remoteShare > 0) || hiresRemote || changed || defaults) return [];
  const why = s.simulatePeople
    ? "operations.initialHeadcount.remoteShare 0 and recruiting.hiringMode on-site"
    : "operations.initialHeadcount.remoteShare 0";
  return s.operations.shifts.flatMap((t, i) =>
    t.workMode === "remote"
      ? [
          {
            path: ["operations", "shifts", i, "workMode"],
            message: `shift "${t.name}" is for remote agents, and no agent works from home (${why}, in every variant): it is never rostered`,
          },
        ]
      : [],
  );
};

/**
 * Settings in percent (0-100) where a value of 1 or less only makes sense as a fraction typed for a percentage:
 * an outsourcing trigger at 0.9% of the FTE needed never fires, a partner share of 0.3% takes almost nothing.
 */
const percentTypedAsFraction = (s: Scenario): PlausibilityWarning[] => {
  const { outsourcing, payReview } = s.management;
  const settings: ReadonlyArray<readonly [boolean, string, string, number]> = [
    [outsourcing.enabled, "outsourcing", "capacityThresholdPct", outsourcing.capacityThresholdPct],
    [outsourcing.enabled, "outsourcing", "maxSharePct", outsourcing.maxSharePct],
    [outsourcing.enabled, "outsourcing", "partnerServiceLevelPct", outsourcing.partnerServiceLevelPct],
    [payReview.enabled, "payReview", "maxRaisePct", payReview.maxRaisePct],
  ];
  return settings.flatMap(([enabled, section, key, value]) =>
    enabled && value > 0 && value <= 1
      ? [
          {
            path: ["management", section, key],
            message: `${key} is in percent, so ${value} means ${value}%: a fraction typed for a percentage? For ${Math.round(value * 1000) / 10}%, write ${Math.round(value * 1000) / 10}`,
          },
        ]
      : [],
  );
};

const clock = (hour: number): string =>
  `${String(Math.floor(hour)).padStart(2, "0")}:${String(Math.round((hour % 1) * 60)).padStart(2, "0")}`;

/**
 * Open intervals that no shift template reaches (a shift ends at closing time, so starts near the close reach only
 * the close): nobody can be rostered then, and every contact arriving there waits until it abandons. Typical
 * after opening round the clock with the default day templates. Named when those intervals carry demand.
 */
const uncoveredOpenHours = (s: Scenario): PlausibilityWarning[] => {
  if (s.operations.rostering === "all-present") return [];
  const cal = s.calendar;
  const step = cal.intervalMinutes / 60;
  const starts = s.operations.shifts.flatMap((t) =>
    t.startTimes.map((time) => [Number(time.slice(0, 2)) + Number(time.slice(3)) / 60, t.lengthHours] as const),
  );
  const uncovered = Array.from({ length: intervalsPerDay(cal) }, (_, i) => {
    const mid = cal.openHour + (i + 0.5) * step;
    return !starts.some(([start, length]) => start <= mid && mid < start + length);
  });
  if (!uncovered.includes(true)) return [];
  const shares = CHANNELS.flatMap((name) => {
    const c = s.demand[name];
    if (c === undefined) return [];
    const days = intradaySharesByWeekday(c, cal);
    const share = days.reduce((a, day) => a + day.reduce((b, x, i) => b + (uncovered[i] ? x : 0), 0), 0) / 7;
    return share > 0 ? [`${(share * 100).toFixed(share < 0.1 ? 1 : 0)}% of the day's ${name} contacts`] : [];
  });
  if (shares.length === 0) return [];
  const ranges: string[] = [];
  uncovered.forEach((gap, i) => {
    if (!gap || uncovered[i - 1] === true) return;
    let end = i;
    while (uncovered[end + 1] === true) end++;
    ranges.push(`${clock(cal.openHour + i * step)}-${clock(cal.openHour + (end + 1) * step)}`);
  });
  return [
    {
      path: ["operations", "shifts"],
      message: `no shift template covers ${ranges.join(", ")} of the opening hours, where ${shares.join(" and ")} arrive: nobody can be rostered then, so they wait until they abandon; add start times or templates that cover those hours`,
    },
  ];
};

/** The warnings of a decoded scenario (after any demand file was applied), in a stable order. */
export const plausibilityWarnings = (s: Scenario): ReadonlyArray<PlausibilityWarning> => {
  const out = CHANNELS.flatMap((name) => channelWarnings(s, name));
  out.push(...unusedRemoteShifts(s));
  out.push(...uncoveredOpenHours(s));
  out.push(...percentTypedAsFraction(s));
  const ops = s.operations;
  if (ops.maxOccupancy < 0.6) {
    out.push({
      path: ["operations", "maxOccupancy"],
      message: `an occupancy cap of ${ops.maxOccupancy} keeps agents idle at least ${Math.round((1 - ops.maxOccupancy) * 100)}% of their time on the phones: caps are usually 0.8-0.9; is this another figure (utilisation, adherence)?`,
    });
  }
  if (ops.maxAbandonRate > 0.25) {
    out.push({
      path: ["operations", "maxAbandonRate"],
      message: `an abandonment cap of ${ops.maxAbandonRate} lets ${Math.round(ops.maxAbandonRate * 100)}% of callers hang up: ${ops.maxAbandonRate}% would be ${ops.maxAbandonRate / 100}`,
    });
  }
  if (ops.rostering !== "all-present" && ops.shrinkage > 0.6) {
    out.push({
      path: ["operations", "shrinkage"],
      message: `shrinkage ${ops.shrinkage} leaves agents on the phones ${Math.round((1 - ops.shrinkage) * 100)}% of paid time; typical values are 0.25-0.40`,
    });
  }
  if (ops.rostering !== "all-present" && ops.shrinkage > 0 && ops.shrinkage < LOW_SHRINKAGE) {
    out.push({
      path: ["operations", "shrinkage"],
      message: `shrinkage ${ops.shrinkage} leaves ${Math.round(ops.shrinkage * 100)}% of paid time for breaks, absence, training and meetings; typical values are 0.25-0.40: absence alone, or the in-shift share only?`,
    });
  }
  const market = s.labourMarket.marketWagePerMonth;
  if (
    s.simulatePeople &&
    s.pay.scheme === "fixed" &&
    (s.pay.salaryPerMonth < market / 5 || s.pay.salaryPerMonth > market * 5)
  ) {
    out.push({
      path: ["pay", "salaryPerMonth"],
      message: `salary ${s.pay.salaryPerMonth} per month against a market wage of ${market}: an hourly or yearly amount, or another currency?`,
    });
  }
  return out;
};

/** The warnings with file positions (as ScenarioIssues, for the same printing as errors). */
export const locatedWarnings = (text: string, fileName: string, s: Scenario): ReadonlyArray<ScenarioIssue> => {
  const warnings = plausibilityWarnings(s);
  if (warnings.length === 0) return [];
  const read = readYaml(text);
  const locate = read.ok ? makeLocator(read.read.doc, read.read.lineCounter) : () => ({ line: 1, column: 1 });
  return warnings
    .map((w) => ({ file: fileName, ...locate(w.path, "value"), path: formatPath(w.path), message: w.message }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
};
