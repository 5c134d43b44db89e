/**
 * The file layouts ccsim reads, each as a mapping from a row's cells to an interval record. Layouts are described
 * in docs/planner.md with their sources: the canonical long format (ccsim's own), the Genesys Cloud WFM historical
 * data import CSV, the Calabrio forecast file, the NICE IEX pipe-delimited export, and any CSV with a column
 * mapping. Every cell that cannot be read is reported with its line and column.
 */
import { parseIsoTimestamp, type Timestamp } from "./localTime.js";
import type { ColumnMapping, DemandFileOptions, IntervalRecord } from "./records.js";
import type { Row } from "./readTable.js";

/** A record before time-zone handling: the timestamp is still an instant or a local time. */
export interface RawRecord extends Omit<IntervalRecord, "date" | "minute"> {
  readonly start: Timestamp;
  /** The row's own interval length when the format states it (canonical, Calabrio). */
  readonly intervalMinutes: number | undefined;
  /** Column of the start time, for messages about it. */
  readonly startColumn: number;
  /**
   * What else splits a queue's interval into rows (Genesys: skill set and language), "" if nothing: rows that
   * differ in it are parts of one interval, summed, not duplicates.
   */
  readonly split: string;
}

export type Report = (line: number, column: number, message: string) => void;

/** Header names compared without case, spaces or punctuation: "Interval Start UTC Date" = "interval_start_utc_date". */
export const normalise = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** A format: whether its first row is a header, and how a data row becomes a record. */
export interface Layout {
  /** The layout's own delimiter, or undefined to take the file's (`,`, `;`, tab or `|`, from its first line). */
  readonly delimiter: string | undefined;
  /**
   * Reads the header (if any) and returns the row reader, or reports what is missing and returns undefined.
   * `decimalComma`: the file is not comma-separated, so a comma in a number is its decimal mark (Excel saves CSV
   * with `;` and decimal commas where the comma is the decimal mark).
   */
  readonly begin: (
    header: Row | undefined,
    report: Report,
    decimalComma: boolean,
  ) => ((row: Row, report: Report) => RawRecord | undefined) | undefined;
  readonly hasHeader: boolean;
}

/** Reads the cells of one row, reporting each bad one at its 1-based column. */
class Cells {
  bad = false;
  constructor(
    private readonly row: Row,
    private readonly report: Report,
    private readonly decimalComma: boolean,
  ) {}

  text(index: number | undefined): string {
    return index === undefined ? "" : (this.row.cells[index] ?? "");
  }

  /** A count or a number of seconds: finite, not negative. Missing optional columns give undefined. */
  number(index: number | undefined, label: string, required: boolean): number | undefined {
    if (index === undefined) return undefined;
    const cell = this.row.cells[index];
    if (cell === undefined || cell === "") {
      if (required) this.fail(index, `${label} is empty`);
      return undefined;
    }
    const plain = this.decimalComma && /^[+]?(\d+,\d*|,\d+)$/.test(cell) ? cell.replace(",", ".") : cell;
    const value = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? Number(plain) : NaN;
    if (!Number.isFinite(value)) {
      const hint = this.decimalComma
        ? /\d[.,]\d{3}[.,]/.test(cell)
          ? " (write it without thousands separators)"
          : ""
        : cell.includes(",")
          ? " (write decimals with a point)"
          : "";
      this.fail(index, `${label} "${cell}" is not a number of 0 or more${hint}`);
      return undefined;
    }
    return value;
  }

  fail(index: number, message: string): void {
    this.bad = true;
    this.report(this.row.line, index + 1, message);
  }
}

/** Column indices by normalised header name; reports the required ones that are missing. */
function columnsOf(
  header: Row,
  wanted: Record<string, { readonly names: readonly string[]; readonly required: boolean }>,
  report: Report,
): Record<string, number | undefined> | undefined {
  const index = new Map(header.cells.map((c, i) => [normalise(c), i] as const));
  const found: Record<string, number | undefined> = {};
  let ok = true;
  for (const [key, spec] of Object.entries(wanted)) {
    const at = spec.names.map((n) => index.get(normalise(n))).find((i) => i !== undefined);
    if (at === undefined && spec.required) {
      report(header.line, 0, `missing column "${spec.names[0]}" in the header (found: ${header.cells.join(", ")})`);
      ok = false;
    }
    found[key] = at;
  }
  return ok ? found : undefined;
}

/** Genesys media types, and the canonical channel column, as ccsim channels; others (email, callback) are kept apart. */
function channelOf(value: string): "voice" | "chat" | undefined | "other" {
  const v = value.trim().toLowerCase();
  if (v === "") return undefined;
  if (v === "voice" || v === "call" || v === "phone") return "voice";
  if (v === "chat" || v === "message" || v === "messaging" || v === "webchat") return "chat";
  return "other";
}

/** A record from named columns: shared by the canonical, Genesys and mapped layouts. */
function fromColumns(
  cols: Record<string, number | undefined>,
  opts: { readonly instantOnly: boolean; readonly startLabel: string; readonly decimalComma: boolean },
) {
  return (row: Row, report: Report): RawRecord | undefined => {
    const cells = new Cells(row, report, opts.decimalComma);
    const startText = cells.text(cols.start);
    const start = parseIsoTimestamp(startText);
    if (start === undefined)
      cells.fail(
        cols.start!,
        `${opts.startLabel} "${startText}" is not an ISO 8601 date-time (e.g. 2026-03-02T08:15:00Z)`,
      );
    else if (opts.instantOnly && start.kind === "local")
      cells.fail(cols.start!, `${opts.startLabel} "${startText}" has no time zone: write it in UTC with a trailing Z`);
    const channelText = cells.text(cols.channel);
    const channel = channelOf(channelText);
    const offered = cells.number(cols.offered, "offered", true);
    const handled = cells.number(cols.handled, "handled", false);
    const abandoned = cells.number(cols.abandoned, "abandoned", false);
    const total = cells.number(cols.totalHandle, "total handle time", false);
    const aht = cells.number(cols.aht, "handle time", false);
    const minutes = cells.number(cols.intervalMinutes, "interval_minutes", true);
    if (minutes !== undefined && minutes !== 15 && minutes !== 30)
      cells.fail(cols.intervalMinutes!, `interval_minutes ${minutes}: only 15 or 30 are read`);
    if (offered !== undefined && handled !== undefined && handled > offered) {
      cells.fail(cols.handled!, `handled ${handled} is more than offered ${offered}`);
    }
    if (cells.bad || start === undefined || offered === undefined) return undefined;
    if (channel === "other") return undefined; // email, callback...: not a channel ccsim models; left out silently by design
    const handleSec = total ?? (aht !== undefined ? aht * (handled ?? offered) : undefined);
    const split = [cells.text(cols.skillSet), cells.text(cols.language)].filter((x) => x !== "").join(", ");
    return {
      line: row.line,
      queue: cells.text(cols.queue),
      channel,
      start,
      startColumn: cols.start! + 1,
      split,
      intervalMinutes: minutes,
      offered,
      handled,
      abandoned,
      handleSec,
    };
  };
}

const canonical: Layout = {
  delimiter: undefined,
  hasHeader: true,
  begin: (header, report, decimalComma) => {
    const cols = columnsOf(
      header!,
      {
        start: { names: ["interval_start"], required: true },
        intervalMinutes: { names: ["interval_minutes"], required: true },
        queue: { names: ["queue"], required: false },
        channel: { names: ["channel"], required: false },
        offered: { names: ["offered"], required: true },
        handled: { names: ["handled"], required: false },
        abandoned: { names: ["abandoned"], required: false },
        aht: { names: ["aht_sec"], required: false },
        totalHandle: { names: ["total_handle_sec"], required: false },
      },
      report,
    );
    return cols === undefined
      ? undefined
      : fromColumns(cols, { instantOnly: true, startLabel: "interval_start", decimalComma });
  },
};

// Genesys writes commas; the delimiter is still taken from the file, since a planner who opened the export in Excel
// and saved it where the comma is the decimal mark has a `;` file with the same header.
const genesys: Layout = {
  delimiter: undefined,
  hasHeader: true,
  begin: (header, report, decimalComma) => {
    const cols = columnsOf(
      header!,
      {
        start: { names: ["Interval Start UTC Date"], required: true },
        queue: { names: ["Queue"], required: true },
        channel: { names: ["Media Type"], required: true },
        // Optional columns that split a queue's interval into rows (the export's planning groups).
        skillSet: { names: ["Skill Set"], required: false },
        language: { names: ["Language"], required: false },
        offered: { names: ["Offered"], required: true },
        handled: { names: ["Interactions Handled"], required: true },
        // Total, not average, handle time of the interval (Genesys Cloud resource center, "Prepare the historical
        // data import .csv file"); the header is written with and without its unit.
        totalHandle: { names: ["Total Handle Time (Seconds)", "Total Handle Time"], required: true },
      },
      report,
    );
    return cols === undefined
      ? undefined
      : fromColumns(cols, { instantOnly: true, startLabel: "Interval Start UTC Date", decimalComma });
  },
};

const mapped = (mapping: ColumnMapping | undefined): Layout => ({
  delimiter: undefined,
  hasHeader: true,
  begin: (header, report, decimalComma) => {
    if (mapping === undefined) {
      report(
        1,
        0,
        "format columns needs a `columns` mapping (intervalStart, offered, ...) in the scenario's demandFile",
      );
      return undefined;
    }
    const want = (name: string | undefined, required = false) => ({
      names: name === undefined ? [] : [name],
      required: required && name !== undefined,
    });
    const cols = columnsOf(
      header!,
      {
        start: want(mapping.intervalStart, true),
        queue: want(mapping.queue),
        offered: want(mapping.offered, true),
        handled: want(mapping.handled, true),
        abandoned: want(mapping.abandoned, true),
        aht: want(mapping.ahtSec, true),
        totalHandle: want(mapping.totalHandleSec, true),
      },
      report,
    );
    return cols === undefined
      ? undefined
      : fromColumns(cols, { instantOnly: false, startLabel: mapping.intervalStart, decimalComma });
  },
});

/** `yyyyMMdd HH:mm` (Calabrio), local time. */
function calabrioTime(text: string): Timestamp | undefined {
  const m = /^(\d{4})(\d{2})(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  return m === null ? undefined : parseIsoTimestamp(`${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`);
}

/**
 * Calabrio forecast file: no header; skill, interval start, interval end (`yyyyMMdd HH:mm`, local time), volume,
 * average task time and after-task work in seconds, optionally forecast agents (ignored: ccsim computes its own).
 */
const calabrio: Layout = {
  delimiter: undefined,
  hasHeader: false,
  begin: (_header, _report, decimalComma) => (row, report) => {
    const cells = new Cells(row, report, decimalComma);
    if (row.cells.length < 6 || row.cells.length > 7) {
      report(
        row.line,
        0,
        `expected 6 or 7 fields (skill, interval start, interval end, volume, task time, after-task work[, agents]), found ${row.cells.length}`,
      );
      return undefined;
    }
    const start = calabrioTime(cells.text(1));
    if (start === undefined) cells.fail(1, `interval start "${cells.text(1)}" is not a date-time yyyyMMdd HH:mm`);
    const end = calabrioTime(cells.text(2));
    if (end === undefined) cells.fail(2, `interval end "${cells.text(2)}" is not a date-time yyyyMMdd HH:mm`);
    const volume = cells.number(3, "volume", true);
    const task = cells.number(4, "average task time", true);
    const afterTask = cells.number(5, "after-task work", true);
    cells.number(6, "agents", false);
    let minutes: number | undefined;
    if (start?.kind === "local" && end?.kind === "local") {
      const days = (Date.parse(`${end.date}T00:00:00Z`) - Date.parse(`${start.date}T00:00:00Z`)) / 86_400_000;
      minutes = days * 1440 + end.minute - start.minute;
      if (minutes !== 15 && minutes !== 30)
        cells.fail(
          2,
          `interval from ${cells.text(1)} to ${cells.text(2)} lasts ${minutes} minutes; only 15 or 30 are read`,
        );
    }
    if (cells.bad || start === undefined || volume === undefined || task === undefined || afterTask === undefined)
      return undefined;
    // A forecast: the volume is both offered and handled, and each contact takes task time plus after-task work.
    return {
      line: row.line,
      queue: cells.text(0),
      channel: undefined,
      start,
      startColumn: 2,
      split: "",
      intervalMinutes: minutes,
      offered: volume,
      handled: volume,
      abandoned: undefined,
      handleSec: volume * (task + afterTask),
    };
  },
};

/** NICE IEX dates: mmddyyyy (the export's default), or yyyy-mm-dd / mm/dd/yyyy when the export sets a dateFormat. */
function niceDate(text: string): string | undefined {
  const plain = /^(\d{2})(\d{2})(\d{4})$/.exec(text) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (plain !== null) return `${plain[3]}-${plain[1]}-${plain[2]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

/** Field names of a NICE IEX export without a `#fields` line (ccsim's assumption; configured per installation). */
const NICE_DEFAULT_FIELDS = ["date", "period", "ctName", "callsOffered", "callsHandled", "aht", "callsAbandoned"];

/**
 * NICE IEX WFM pipe-delimited CT export: local date and period start, the contact type (queue), offered, handled,
 * average handle time in seconds, abandoned. Field names come from the `#fields:` first line the export writes
 * (NICE inContact IEX WFM Export, "Output File Header"); without it the order above is assumed.
 */
const nice: Layout = {
  delimiter: "|",
  hasHeader: false,
  begin: (header, report, decimalComma) => {
    const names =
      header !== undefined && header.cells[0]?.toLowerCase().startsWith("#fields") === true
        ? [header.cells[0].replace(/^#fields:?/i, ""), ...header.cells.slice(1)]
        : NICE_DEFAULT_FIELDS;
    const cols = columnsOf(
      { line: header?.line ?? 1, cells: names },
      {
        date: { names: ["date"], required: true },
        period: { names: ["period", "interval", "time"], required: true },
        queue: { names: ["ctName", "ctID", "ct", "queue"], required: false },
        offered: { names: ["callsOffered", "actCallsOffered", "contactsOffered", "offered"], required: true },
        handled: { names: ["callsHandled", "actCallsHandled", "contactsHandled", "handled"], required: false },
        aht: { names: ["aht", "actAHT", "ahtSec"], required: false },
        abandoned: { names: ["callsAbandoned", "actCallsAbandoned", "abandoned"], required: false },
      },
      report,
    );
    if (cols === undefined) return undefined;
    return (row, rep) => {
      const cells = new Cells(row, rep, decimalComma);
      const date = niceDate(cells.text(cols.date));
      const period = /^(\d{1,2}):(\d{2})$/.exec(cells.text(cols.period));
      const start =
        date === undefined || period === null
          ? undefined
          : parseIsoTimestamp(`${date} ${period[1]!.padStart(2, "0")}:${period[2]}`);
      if (date === undefined || (period !== null && start === undefined))
        cells.fail(cols.date!, `date "${cells.text(cols.date)}" is not a date mmddyyyy`);
      if (period === null) cells.fail(cols.period!, `period "${cells.text(cols.period)}" is not a time HH:MM`);
      const offered = cells.number(cols.offered, "offered", true);
      const handled = cells.number(cols.handled, "handled", false);
      const aht = cells.number(cols.aht, "aht", false);
      const abandoned = cells.number(cols.abandoned, "abandoned", false);
      if (cells.bad || start === undefined || offered === undefined) return undefined;
      return {
        line: row.line,
        queue: cells.text(cols.queue),
        channel: undefined,
        start,
        startColumn: cols.date! + 1,
        split: "",
        intervalMinutes: undefined,
        offered,
        handled,
        abandoned,
        handleSec: aht === undefined ? undefined : aht * (handled ?? offered),
      };
    };
  },
};

/**
 * The layout whose header a file's first row is, if it is one of the recognisable ones (Genesys, ccsim, NICE's
 * `#fields`): a file read with the wrong format is then named for what it is, in one line, instead of every row
 * being refused for the wrong reason.
 */
export function headerLayout(firstLine: string, delimiter: string): "genesys" | "ccsim" | "nice" | undefined {
  const cells = firstLine
    .replace(/^\uFEFF/, "")
    .split(delimiter)
    .map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
  if (cells[0]?.toLowerCase().startsWith("#fields") === true) return "nice";
  const names = new Set(cells.map(normalise));
  if (names.has(normalise("Interval Start UTC Date"))) return "genesys";
  if (names.has("intervalstart") && names.has("intervalminutes")) return "ccsim";
  return undefined;
}

export function layoutOf(options: DemandFileOptions): Layout {
  switch (options.format) {
    case "ccsim":
      return canonical;
    case "genesys":
      return genesys;
    case "calabrio":
      return calabrio;
    case "nice":
      return nice;
    case "columns":
      return mapped(options.columns);
  }
}
