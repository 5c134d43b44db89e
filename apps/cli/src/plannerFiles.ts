/**
 * The planner's files of a run, written beside result.json and months.csv with --out: intervals.csv, the
 * requirement in the Calabrio forecast layout, roster.csv and capacity.csv. Numbers are rounded for reading (3
 * decimals for counts and agents, 4 for shares, 1 for seconds); a value the run cannot give (no contacts in the
 * interval, no people layer) is an empty cell, not 0.
 */
import { csvCell } from "@ccsim/report";
import { capacityRows, intervalRows, rosterRows, type Simulation } from "@ccsim/runner";
import type { ResultFile } from "./writeResultSet.js";

const cell = (x: number, digits: number): string =>
  Number.isFinite(x) ? String(Math.round(x * 10 ** digits) / 10 ** digits) : "";

const csv = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  [header.join(","), ...rows.map((r) => r.join(","))].join("\n") + "\n";

/**
 * The columns of intervals.csv, in order (issue 15), then the interval length and what the planner staffed for
 * (forecast contacts, error included, and handle time), so any row's requirement can be checked with `ccsim staff`.
 */
export const INTERVAL_COLUMNS = [
  "interval_start",
  "channel",
  "offered",
  "answered",
  "abandoned",
  "service_level",
  "asa_sec",
  "required_agents",
  "rostered_agents",
  "logged_in_agents",
  "occupancy",
  "interval_minutes",
  "forecast_offered",
  "planned_aht_sec",
] as const;

/** intervals.csv, requirement-calabrio.csv, roster.csv and capacity.csv of a finished run. */
export function plannerFiles(simulation: Simulation): ResultFile[] {
  const { scenario, run } = simulation;
  const intervals = intervalRows(scenario, run);
  const files: ResultFile[] = [];
  if (intervals.length > 0) {
    files.push({
      name: "intervals.csv",
      content: csv(
        INTERVAL_COLUMNS,
        intervals.map((r) => [
          `${r.date}T${r.start}`,
          csvCell(r.channel),
          cell(r.offered, 3),
          cell(r.answered, 3),
          cell(r.abandoned, 3),
          cell(r.serviceLevel, 4),
          cell(r.asaSec, 1),
          cell(r.requiredAgents, 3),
          cell(r.rosteredAgents, 3),
          cell(r.loggedInAgents, 3),
          cell(r.occupancy, 4),
          r.intervalMinutes,
          cell(r.forecastOffered, 6),
          cell(r.plannedAhtSec, 3),
        ]),
      ),
    });
    // Calabrio forecast layout (no header): skill, start, end (yyyyMMdd HH:mm), volume, average task time, after-task
    // work, agents. ccsim's handle time includes after-call work, so it goes in as task time with 0 after-task work.
    const stamp = (date: string, start: string): string => `${date.replace(/-/g, "")} ${start}`;
    files.push({
      name: "requirement-calabrio.csv",
      content:
        intervals
          .map((r) => {
            const end = endOf(r.date, r.start, r.intervalMinutes);
            return [
              csvCell(r.channel),
              stamp(r.date, r.start),
              stamp(end.date, end.start),
              cell(r.forecastOffered, 3),
              cell(r.plannedAhtSec, 1),
              0,
              cell(r.requiredAgents, 3),
            ].join(",");
          })
          .join("\n") + "\n",
    });
  }
  const roster = rosterRows(scenario, run);
  if (roster.length > 0) {
    files.push({
      name: "roster.csv",
      content: csv(
        ["agent", "date", "shift_start", "shift_end", "second_start", "second_end", "breaks", "remote"],
        roster.map((r) => [
          r.agent,
          r.date,
          r.shiftStart,
          r.shiftEnd,
          r.secondStart,
          r.secondEnd,
          r.breaks,
          r.remote ? "yes" : "no",
        ]),
      ),
    });
  }
  files.push({ name: "capacity.csv", content: capacityCsv(simulation) });
  return files;
}

/** The capacity plan of every variant, a row per variant and month. */
export function capacityCsv({ scenario, run }: Simulation): string {
  return csv(
    [
      "variant",
      "month",
      "fte_required",
      "fte_available",
      "fte_rostered",
      "hires",
      "class_starts",
      "class_trainees",
      "leavers",
      "overtime_hours",
      "outsourced_contacts",
    ],
    run.variants.flatMap((v) =>
      capacityRows(scenario, v).map((r) => [
        csvCell(v.name),
        r.month,
        cell(r.fteRequired, 1),
        cell(r.fteAvailable, 1),
        cell(r.fteRostered, 1),
        cell(r.hires, 1),
        cell(r.classStarts, 2),
        cell(r.classTrainees, 1),
        cell(r.leavers, 1),
        cell(r.overtimeHours, 1),
        cell(r.outsourcedContacts, 0),
      ]),
    ),
  );
}

/** The end of an interval as date and HH:MM (the last interval of a day open to midnight ends the next day). */
function endOf(date: string, start: string, minutes: number): { date: string; start: string } {
  const ms = Date.parse(`${date}T${start}:00Z`) + minutes * 60_000;
  const iso = new Date(ms).toISOString();
  return { date: iso.slice(0, 10), start: iso.slice(11, 16) };
}
