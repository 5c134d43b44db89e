/**
 * What a planner takes from a run into a WFM suite or a spreadsheet: outcomes and requirement per interval, the
 * roster of one replication, and the capacity plan per month. Plain rows; the CLI writes them as CSV and Excel.
 */
import { buildCalendar, MAX_RECORDED_DAYS, Planner, type IntervalRecords, type SimCalendar } from "@ccsim/model";
import { applyOverrides, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { compileScenario } from "./compileScenario.js";
import type { ScenarioRun, VariantResult } from "./runScenario.js";

const DAY_MS = 86_400_000;

/**
 * The scenario a variant ran: the baseline's with the variant's overrides (checked before the run, so they
 * apply); a sweep point or unknown name falls back to the baseline's, whose calendar every variant shares.
 */
function scenarioOf(scenario: Scenario, variant: string | undefined): Scenario {
  const set = scenario.variants.find((v) => v.name === variant)?.set;
  if (set === undefined) return scenario;
  const applied = applyOverrides(scenario, set);
  return Either.isRight(applied) ? applied.right : scenario;
}

/** The simulated calendar of a scenario with the date of each day index. */
function calendarOf(scenario: Scenario): { calendar: SimCalendar; dateOf: (day: number) => string } {
  const spec = compileScenario(scenario).calendar;
  const first = Date.UTC(spec.startYear, spec.startMonth - 1, 1);
  return { calendar: buildCalendar(spec), dateOf: (day) => new Date(first + day * DAY_MS).toISOString().slice(0, 10) };
}

/**
 * Day indices `[fromDay, toDay)` of the dates `from` to `to` (inclusive, YYYY-MM-DD), or a message saying what is
 * wrong. Default: the first seven days of the first reported month (as `ccsim requirement`); `to` defaults to
 * `from`. At most MAX_RECORDED_DAYS days, within the reported months.
 */
export function exportDays(
  scenario: Scenario,
  from?: string,
  to?: string,
): { fromDay: number; toDay: number } | { problem: string } {
  const { calendar, dateOf } = calendarOf(scenario);
  const firstReported = calendar.monthStartDay[calendar.spec.warmupMonths]!;
  const dayOf = (date: string): number =>
    Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(dateOf(0))) / DAY_MS);
  const fromDay = from === undefined ? firstReported : dayOf(from);
  const toDay = (to === undefined ? (from === undefined ? fromDay + 6 : fromDay) : dayOf(to)) + 1;
  const range = `${dateOf(firstReported)} to ${dateOf(calendar.days - 1)}`;
  if (fromDay < firstReported || toDay > calendar.days)
    return { problem: `the export days must lie in the reported months, ${range}` };
  if (toDay <= fromDay) return { problem: "the last export day is before the first" };
  if (toDay - fromDay > MAX_RECORDED_DAYS)
    return { problem: `at most ${MAX_RECORDED_DAYS} days are exported interval by interval (memory per replication)` };
  return { fromDay, toDay };
}

/** One row of intervals.csv: means over the replications recorded (or one replication's values). */
export interface IntervalRow {
  readonly date: string;
  /** Start HH:MM on the centre's clock. */
  readonly start: string;
  readonly intervalMinutes: number;
  readonly channel: string;
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  /** Ratio of the summed counts under the channel's service-level definition; NaN without contacts. */
  readonly serviceLevel: number;
  readonly asaSec: number;
  /** The planner's forecast (contacts in the interval, forecast error included) and its requirement on the phones. */
  readonly forecastOffered: number;
  /**
   * The handle time the planner staffs for: a proficient agent's mean (chat sessions grown by concurrency, times the
   * interval's factor by time of day), times the day's planned handle-time multiplier (`operations.plannedHandleTime`:
   * with the people layer, the workforce's observed one), mean over the replications.
   */
  readonly plannedAhtSec: number;
  readonly requiredAgents: number;
  readonly rosteredAgents: number;
  readonly loggedInAgents: number;
  /** Busy time over logged-in time of all channels' agents, capped at 1; NaN with nobody logged in. */
  readonly occupancy: number;
}

const hhmm = (sec: number): string =>
  `${String(Math.floor(sec / 3600) % 24).padStart(2, "0")}:${String(Math.floor((sec % 3600) / 60)).padStart(2, "0")}`;

/** Rows of intervals.csv from the run's interval records (empty when none were recorded). */
export function intervalRows(base: Scenario, run: ScenarioRun): IntervalRow[] {
  const records = run.intervals?.records ?? [];
  const first = records[0];
  if (first === undefined) return [];
  const scenario = scenarioOf(base, run.intervals?.variant);
  const params = compileScenario(scenario);
  const { calendar, dateOf } = calendarOf(scenario);
  const n = records.length,
    channels = params.channels;
  const sum = (pick: (r: IntervalRecords) => Float64Array, k: number): number =>
    records.reduce((a, r) => a + pick(r)[k]!, 0);
  const rows: IntervalRow[] = [];
  for (let d = 0; d < first.days; d++) {
    const multiplier = records.reduce((a, r) => a + r.plannedMultiplier[d]!, 0) / n;
    for (let i = 0; i < first.intervalsPerDay; i++) {
      const s = d * first.intervalsPerDay + i;
      const loggedIn = sum((r) => r.loggedIn, s);
      const busy = sum((r) => r.busySec, s);
      channels.forEach((ch, c) => {
        const k = s * first.channels + c;
        const offered = sum((r) => r.offered, k),
          answered = sum((r) => r.answered, k);
        const within = sum((r) => r.answeredWithinThreshold, k),
          abandonedWithin = sum((r) => r.abandonedWithinThreshold, k);
        const sl =
          ch.serviceLevelDefinition === "answered-within-threshold"
            ? within / offered
            : ch.serviceLevelDefinition === "waited-within-threshold"
              ? (within + abandonedWithin) / offered
              : within / (offered - abandonedWithin);
        rows.push({
          date: dateOf(first.fromDay + d),
          start: hhmm(calendar.openSec + i * calendar.intervalSec),
          intervalMinutes: calendar.intervalSec / 60,
          channel: ch.name,
          offered: offered / n,
          answered: answered / n,
          abandoned: sum((r) => r.abandoned, k) / n,
          serviceLevel: offered > 0 ? sl : NaN,
          asaSec: answered > 0 ? sum((r) => r.waitAnsweredSec, k) / answered : NaN,
          forecastOffered: sum((r) => r.forecastOffered, k) / n,
          plannedAhtSec: Planner.plannedAhtSec(ch, i) * multiplier,
          requiredAgents: sum((r) => r.required, k) / n,
          rosteredAgents: sum((r) => r.rostered, s) / n,
          loggedInAgents: loggedIn / n,
          occupancy: loggedIn > 0 ? Math.min(1, busy / (loggedIn * calendar.intervalSec)) : NaN,
        });
      });
    }
  }
  return rows;
}

/** One shift worked: agent (index in the run), date, start and end (HH:MM), breaks, remote. */
export interface RosterRow {
  readonly agent: number;
  readonly date: string;
  readonly shiftStart: string;
  readonly shiftEnd: string;
  /** A split shift's or overtime's second block, when there is one. */
  readonly secondStart: string;
  readonly secondEnd: string;
  /** Breaks as `HH:MM-HH:MM`, separated by spaces. */
  readonly breaks: string;
  readonly remote: boolean;
}

/** The roster of the replication that recorded one (empty when none did). */
export function rosterRows(scenario: Scenario, run: ScenarioRun): RosterRow[] {
  const recorded = run.intervals?.records.find((r) => r.roster !== undefined);
  const roster = recorded?.roster;
  if (recorded === undefined || roster === undefined) return [];
  const { calendar, dateOf } = calendarOf(scenario);
  const at = (interval: number): string => hhmm(calendar.openSec + interval * calendar.intervalSec);
  const rows: RosterRow[] = [];
  for (let r = 0; r < roster.rows; r++) {
    const breaks: string[] = [];
    for (let k = roster.breaksFrom[r]!; k < roster.breaksFrom[r]! + roster.breakCount[r]!; k++) {
      const start = calendar.openSec + roster.breakAt[k]! * calendar.intervalSec;
      breaks.push(`${hhmm(start)}-${hhmm(start + Math.round(roster.breakShare[k]! * calendar.intervalSec))}`);
    }
    const second = roster.length2[r]! > 0;
    rows.push({
      agent: roster.agent[r]!,
      date: dateOf(recorded.fromDay + roster.day[r]!),
      shiftStart: at(roster.start1[r]!),
      shiftEnd: at(roster.start1[r]! + roster.length1[r]!),
      secondStart: second ? at(roster.start2[r]!) : "",
      secondEnd: second ? at(roster.start2[r]! + roster.length2[r]!) : "",
      breaks: breaks.sort().join(" "),
      remote: roster.remote[r] === 1,
    });
  }
  return rows.sort((a, b) => (a.date === b.date ? a.agent - b.agent : a.date < b.date ? -1 : 1));
}

/** One month of the capacity plan (means over replications; NaN where the scenario does not model it). */
export interface CapacityRow {
  readonly month: string;
  readonly fteRequired: number;
  readonly fteAvailable: number;
  readonly fteRostered: number;
  readonly hires: number;
  readonly classStarts: number;
  readonly classTrainees: number;
  readonly leavers: number;
  readonly overtimeHours: number;
  readonly outsourcedContacts: number;
}

/**
 * The capacity plan of a variant. FTE are agent-hours over the paid hours of one agent in the month (work days a
 * week x the longest shift, as the hire-up-to policy counts them): required = the planner's hours on the phones
 * grossed up for shrinkage; rostered = hours rostered; available = agents employed past training (with the people
 * layer: headcount less trainees; without it the fixed workforce).
 */
export function capacityRows(base: Scenario, variant: VariantResult): CapacityRow[] {
  const scenario = scenarioOf(base, variant.name);
  const params = compileScenario(scenario);
  const { calendar } = calendarOf(scenario);
  const ops = params.operations;
  const allPresent = ops.rostering === "all-present";
  const shiftHours =
    ((allPresent ? calendar.intervalsPerDay : Math.max(...ops.shiftTemplates.map((t) => t.lengthIntervals))) *
      calendar.intervalSec) /
    3600;
  const shrinkage = allPresent ? 0 : ops.shrinkage;
  const mean = (m: (typeof variant.months)[number], name: string): number => m.kpis[name]?.mean ?? NaN;
  const classes = variant.classes ?? [];
  return variant.months.map((m, i) => {
    const monthIndex = calendar.spec.warmupMonths + i;
    const days = calendar.monthStartDay[monthIndex + 1]! - calendar.monthStartDay[monthIndex]!;
    const paidHours = (allPresent ? days : (days * ops.workDaysPerWeek) / 7) * shiftHours;
    const inMonth = (day: number): boolean =>
      day >= calendar.monthStartDay[monthIndex]! && day < calendar.monthStartDay[monthIndex + 1]!;
    const perReplication = (f: (c: (typeof classes)[number]) => number): number =>
      classes.length === 0 ? NaN : classes.reduce((a, c) => a + f(c), 0) / classes.length;
    const headcount = mean(m, "headcount");
    return {
      month: m.month,
      fteRequired: mean(m, "requiredAgentHours") / (1 - shrinkage) / paidHours,
      fteAvailable: Number.isNaN(headcount)
        ? params.workforce.initialAgents
        : headcount - (m.kpis.headcountTraining?.mean ?? 0),
      fteRostered: mean(m, "scheduledAgentHours") / paidHours,
      hires: mean(m, "hiresPerMonth"),
      classStarts: perReplication((c) => c.startDay.filter(inMonth).length),
      classTrainees: perReplication((c) => c.size.reduce((a, s, k) => a + (inMonth(c.startDay[k]!) ? s : 0), 0)),
      leavers: mean(m, "leavers"),
      overtimeHours: mean(m, "overtimeHours"),
      outsourcedContacts: mean(m, "outsourcedContacts"),
    };
  });
}
