/**
 * `ccsim demand FILE`: what ccsim derives from an interval history or forecast file (months, handle time, weekday
 * shares, intraday profiles), so a planner can check an import before trusting a run on it.
 */
import { readFileSync, statSync } from "node:fs";
import {
  decodeText,
  deriveDemand,
  DemandImportError,
  fullMonthVolumes,
  MAX_DEMAND_FILE_BYTES,
  parseDemandFile,
  type ColumnMapping,
  type DemandFormat,
  type DerivedDemand,
  type IntervalRecord,
} from "@ccsim/runner/demand";
import { whyUnreadable } from "@ccsim/runner/node";
import { DEMAND_FILE_FORMATS, WEEKDAYS } from "@ccsim/scenario";
import { InvalidArgumentError, Option, type Command } from "commander";
import { isoDate } from "../options.js";
import { ScenarioFileError } from "../scenarioFile.js";
import { count, textTable } from "../textTable.js";
import { UserError } from "../UserError.js";

interface DemandOptions {
  format: DemandFormat;
  timeZone: string;
  queue?: string;
  intervalMinutes: 15 | 30;
  columns?: ColumnMapping;
  excludeDate: string[];
  json?: boolean;
}

const COLUMN_KEYS = ["intervalStart", "offered", "handled", "abandoned", "ahtSec", "totalHandleSec", "queue"];

/** `--columns intervalStart=Start,offered=Calls,...` as a mapping. */
function parseColumns(value: string): ColumnMapping {
  const pairs = value.split(",").map((p) => p.split("=").map((s) => s.trim()) as [string, string | undefined]);
  const bad = pairs.find(([k, v]) => !COLUMN_KEYS.includes(k) || v === undefined || v === "");
  if (bad !== undefined)
    throw new InvalidArgumentError(
      `expected key=Header pairs with keys ${COLUMN_KEYS.join(", ")}; "${bad.join("=")}" is not one.`,
    );
  const mapping = Object.fromEntries(pairs) as Record<string, string>;
  if (mapping.intervalStart === undefined || mapping.offered === undefined)
    throw new InvalidArgumentError("expected at least intervalStart= and offered=.");
  return mapping as unknown as ColumnMapping;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const hhmm = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** Records grouped by channel ("voice", "chat", or "all" for files without one) and the queues in each. */
function byChannel(records: ReadonlyArray<IntervalRecord>): Map<string, IntervalRecord[]> {
  const groups = new Map<string, IntervalRecord[]>();
  for (const r of records) {
    const key = r.channel ?? "all";
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  return groups;
}

/** Shares of an intraday profile summed to hours, so the text table stays 24 rows whatever the interval. */
const hourly = (profile: ReadonlyArray<number>, intervalMinutes: number): number[] =>
  Array.from({ length: 24 }, (_, h) =>
    profile.slice((h * 60) / intervalMinutes, ((h + 1) * 60) / intervalMinutes).reduce((a, b) => a + b, 0),
  );

function queuesOf(records: ReadonlyArray<IntervalRecord>): Array<{ queue: string; offered: number }> {
  const m = new Map<string, number>();
  for (const r of records) m.set(r.queue, (m.get(r.queue) ?? 0) + r.offered);
  return [...m].map(([queue, offered]) => ({ queue, offered }));
}

function toJson(channel: string, records: ReadonlyArray<IntervalRecord>, d: DerivedDemand): Record<string, unknown> {
  const full = new Map(fullMonthVolumes(d).map((m) => [m.month, m.volume]));
  return {
    channel,
    queues: queuesOf(records),
    first_date: d.firstDate,
    last_date: d.lastDate,
    days: d.days,
    interval_minutes: d.intervalMinutes,
    offered: d.offered,
    months: d.months.map((m) => ({
      month: m.month,
      offered: m.offered,
      handled: m.handled ?? null,
      days_covered: m.daysCovered,
      days_in_month: m.daysInMonth,
      full_month_volume: full.get(m.month) ?? null,
    })),
    handle_time_sec: d.handleTimeSec ?? null,
    abandon_rate: d.abandonRate ?? null,
    weekday_shares: Object.fromEntries(WEEKDAYS.map((w, i) => [w, d.weekdayShares[i]])),
    intraday_shares: d.intraday,
    intraday_shares_by_weekday: Object.fromEntries(WEEKDAYS.map((w, i) => [w, d.intradayByWeekday[i]])),
    handle_time_sec_by_interval: d.handleTimeByInterval.map((x) => x ?? null),
    excluded_dates: d.excludedDates,
    missing_dates: d.missingDates,
    suspect_days: d.suspectDays.map((s) => ({ date: s.date, offered: s.offered, weekday_median: s.weekdayMedian })),
  };
}

function toText(channel: string, records: ReadonlyArray<IntervalRecord>, d: DerivedDemand): string {
  const full = new Map(fullMonthVolumes(d).map((m) => [m.month, m.volume]));
  const queues = queuesOf(records);
  const lines = [
    `${channel === "all" ? "all rows (the file names no channel)" : channel}: ${d.firstDate} to ${d.lastDate}, ${d.days} ${d.days === 1 ? "day" : "days"} of ${d.intervalMinutes}-minute intervals, ${count(d.offered)} contacts offered` +
      (queues.length > 1
        ? ` in ${queues.length} queues (${queues.map((q) => `${q.queue} ${count(q.offered)}`).join(", ")})`
        : (queues[0]?.queue ?? "") === ""
          ? ""
          : ` (queue ${queues[0]?.queue})`),
    `handle time: ${d.handleTimeSec === undefined ? "not in the file" : `${d.handleTimeSec.toFixed(1)} s mean`}` +
      (d.abandonRate === undefined ? "" : `; abandoned: ${pct(d.abandonRate)} of offered`),
    "",
    textTable(
      ["month", "days in file", "offered (contacts)", "handled (contacts)", "full month (contacts, scaled by weekday)"],
      d.months.map((m) => [
        m.month,
        `${m.daysCovered} of ${m.daysInMonth}`,
        count(m.offered),
        m.handled === undefined ? "-" : count(m.handled),
        full.has(m.month) ? count(full.get(m.month)!) : "(under 7 days)",
      ]),
    ),
    "",
    textTable(["weekday", ...WEEKDAYS], [["share of week", ...d.weekdayShares.map(pct)]]),
    "",
    "intraday profile, share of the day's volume per hour (local time):",
    textTable(
      ["hour", "all days", ...WEEKDAYS, "handle time (s)"],
      hourly(d.intraday, d.intervalMinutes).flatMap((share, h) => {
        if (share === 0 && d.intradayByWeekday.every((p) => hourly(p, d.intervalMinutes)[h] === 0)) return [];
        const slots = d.handleTimeByInterval
          .slice((h * 60) / d.intervalMinutes, ((h + 1) * 60) / d.intervalMinutes)
          .filter((x) => x !== undefined);
        const aht = slots.length === 0 ? "-" : (slots.reduce((a, b) => a + b, 0) / slots.length).toFixed(0);
        return [
          [hhmm(h * 60), pct(share), ...d.intradayByWeekday.map((p) => pct(hourly(p, d.intervalMinutes)[h] ?? 0)), aht],
        ];
      }),
    ),
  ];
  if (d.excludedDates.length > 0) lines.push("", `left out of shares and profiles: ${d.excludedDates.join(", ")}`);
  if (d.missingDates.length > 0)
    lines.push(
      "",
      `days missing from the file (no rows: a gap in the export? full months are scaled over the days present): ${d.missingDates.join(", ")}`,
    );
  if (d.suspectDays.length > 0) {
    lines.push(
      "",
      "days under half their weekday's median volume (holidays? outages? list them in demandFile.excludeDates):",
      ...d.suspectDays.map(
        (s) =>
          `  ${s.date} (${WEEKDAYS[(new Date(`${s.date}T00:00:00Z`).getUTCDay() + 6) % 7]}): ${count(s.offered)} offered, median ${count(s.weekdayMedian)}`,
      ),
    );
  }
  return lines.join("\n");
}

export function registerDemand(program: Command): void {
  program
    .command("demand")
    .description("read an interval history or forecast file and print what ccsim derives from it")
    .argument("<file>", "CSV or pipe-delimited file exported by a WFM suite")
    .addOption(new Option("--format <format>", "layout of the file").choices(DEMAND_FILE_FORMATS).makeOptionMandatory())
    .option("--time-zone <zone>", "IANA time zone of the centre; UTC timestamps are converted to it", "UTC")
    .option("--queue <name>", "only this queue's rows (default: every queue)")
    .addOption(
      new Option("--interval-minutes <minutes>", "interval length, for formats that do not state it per row")
        .choices(["15", "30"])
        .default(15)
        // A parser of its own replaces the one .choices() installs: it must check the choice too.
        .argParser((value: string): number => {
          if (value !== "15" && value !== "30") throw new InvalidArgumentError("Allowed choices are 15, 30.");
          return Number(value);
        }),
    )
    .option(
      "--columns <pairs>",
      "for --format columns: intervalStart=Header,offered=Header[,handled=..,abandoned=..,ahtSec=..,totalHandleSec=..,queue=..]",
      parseColumns,
    )
    .addOption(
      new Option("--exclude-date <date>", "a day YYYY-MM-DD to leave out of shares and profiles (repeatable)")
        .argParser((v: string, all: string[]) => [...all, isoDate(v)])
        .default([], "none"),
    )
    .option("--json", "print one JSON object")
    .action((file: string, o: DemandOptions) => {
      let text: string;
      try {
        if (statSync(file).size > MAX_DEMAND_FILE_BYTES)
          throw new UserError(
            `${file}: larger than ${MAX_DEMAND_FILE_BYTES / 1024 / 1024} MB; split it by queue or period`,
          );
        text = decodeText(readFileSync(file));
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw new UserError(`${file}: cannot read the file: ${whyUnreadable(error)}`);
      }
      // The parser's own message speaks of a scenario's demandFile; on the command line the mapping is --columns.
      if (o.format === "columns" && o.columns === undefined)
        throw new UserError("--format columns needs --columns intervalStart=Header,offered=Header[,...]");
      if (o.format !== "columns" && o.columns !== undefined)
        throw new UserError(`--columns applies to --format columns only, not ${o.format}`);
      let parsed;
      try {
        parsed = parseDemandFile(text, file, {
          format: o.format,
          timeZone: o.timeZone,
          queue: o.queue,
          intervalMinutes: o.intervalMinutes,
          columns: o.columns,
        });
      } catch (error) {
        if (error instanceof DemandImportError) {
          // The parser stops listing after MAX_IMPORT_ISSUES; say how many more there are, as a scenario's check does.
          const more =
            error.more > 0
              ? [
                  {
                    file,
                    line: 1,
                    column: 0,
                    path: "",
                    message: `${error.more} more problems not shown: fix these first`,
                  },
                ]
              : [];
          throw new ScenarioFileError([...error.issues.map((i) => ({ ...i, path: "" })), ...more]);
        }
        throw error;
      }
      const groups = [...byChannel(parsed.records)].map(([channel, records]) => ({
        channel,
        records,
        derived: deriveDemand(records, parsed.intervalMinutes, o.excludeDate),
      }));
      if (o.json === true) {
        console.log(
          JSON.stringify(
            {
              file,
              format: o.format,
              time_zone: o.timeZone,
              channels: groups.map((g) => toJson(g.channel, g.records, g.derived)),
            },
            null,
            2,
          ),
        );
        return;
      }
      console.log(groups.map((g) => toText(g.channel, g.records, g.derived)).join("\n\n"));
    });
}
