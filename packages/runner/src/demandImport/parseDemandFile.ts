/**
 * A demand file's text to interval records in local time: the layout reads the cells, this module handles the
 * time zone and daylight-saving days, the interval grid, the queue filter and duplicates, and gathers every
 * problem; any problem makes the whole file refused (a planner should not trust a half-read history).
 */
import { headerLayout, layoutOf, type RawRecord } from "./formats.js";
import { isKnownTimeZone, localOf, occurrences } from "./localTime.js";
import {
  DemandImportError,
  MAX_IMPORT_ISSUES,
  type DemandFileOptions,
  type ImportIssue,
  type IntervalRecord,
  type ParsedDemandFile,
} from "./records.js";
import { guessDelimiter, readTable } from "./readTable.js";

/**
 * Parses a demand file. Throws a DemandImportError listing every bad row (file, line, column); never returns a
 * partial result.
 *
 * @param text the file's contents
 * @param file the name shown in messages
 */
export function parseDemandFile(text: string, file: string, options: DemandFileOptions): ParsedDemandFile {
  const issues: ImportIssue[] = [];
  let more = 0;
  const report = (line: number, column: number, message: string) => {
    if (issues.length < MAX_IMPORT_ISSUES) issues.push({ file, line, column, message });
    else more++;
  };
  if (!isKnownTimeZone(options.timeZone)) {
    throw new DemandImportError([
      {
        file,
        line: 1,
        column: 0,
        message: `unknown time zone "${options.timeZone}": give an IANA name such as Europe/Berlin`,
      },
    ]);
  }
  const layout = layoutOf(options);
  const delimiter = layout.delimiter ?? guessDelimiter(text);
  const rows = readTable(text, file, delimiter);
  // A mapping (format columns) may name any header's columns; the fixed layouts cannot read another's.
  // The first line is split by its own delimiter: a Genesys header read as NICE's `|` is one cell.
  const named = headerLayout(text.slice(0, text.indexOf("\n") >>> 0), guessDelimiter(text));
  if (named !== undefined && named !== options.format && options.format !== "columns")
    throw new DemandImportError([
      {
        file,
        line: 1,
        column: 0,
        message: `the first line is the header of the ${named} layout, not ${options.format}: read the file with format ${named}`,
      },
    ]);
  const firstIsHeader =
    layout.hasHeader || (options.format === "nice" && rows[0]?.cells[0]?.toLowerCase().startsWith("#fields") === true);
  const header = firstIsHeader ? rows[0] : undefined;
  if (layout.hasHeader && header === undefined)
    throw new DemandImportError([
      { file, line: 1, column: 0, message: "the file is empty: expected a header line and interval rows" },
    ]);
  const readRow = layout.begin(header, report, delimiter !== ",");
  if (readRow === undefined) throw new DemandImportError(issues);
  const dataRows = firstIsHeader ? rows.slice(1) : rows;
  if (dataRows.length === 0)
    throw new DemandImportError([
      {
        file,
        line: (header?.line ?? 0) + 1,
        column: 0,
        message:
          header === undefined ? "the file is empty: expected interval rows" : "no interval rows after the header",
      },
    ]);

  const records: IntervalRecord[] = [];
  const seen = new Map<string, number>();
  // Queue names as the layout reads them, for the message when `queue` matches none (each layout has its own column).
  const queues = new Set<string>();
  let intervalMinutes: number | undefined;
  for (const row of dataRows) {
    if (row.cells.length === 1 && row.cells[0]!.startsWith("#")) continue; // comment lines some exports add
    const raw = readRow(row, report);
    if (raw === undefined) continue;
    queues.add(raw.queue);
    if (options.queue !== undefined && raw.queue !== options.queue) continue;
    const minutes = raw.intervalMinutes ?? options.intervalMinutes;
    if (intervalMinutes === undefined) intervalMinutes = minutes;
    else if (minutes !== intervalMinutes) {
      report(
        row.line,
        0,
        `a ${minutes}-minute interval in a file of ${intervalMinutes}-minute intervals: one length per file`,
      );
      continue;
    }
    const record = placed(raw, minutes, options.timeZone, report);
    if (record === undefined) continue;
    // The same local time twice is expected only in the hour repeated when clocks go back (local-time files).
    const key = `${record.queue}\u0000${raw.split}\u0000${record.channel ?? ""}\u0000${raw.start.kind === "instant" ? raw.start.epochMs : `${record.date} ${record.minute}`}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const allowed = raw.start.kind === "local" ? occurrences(record.date, record.minute, options.timeZone) : 1;
    if (count > Math.max(1, allowed)) {
      report(
        row.line,
        raw.startColumn,
        `interval ${record.date} ${clock(record.minute)} of queue "${record.queue}"${raw.split === "" ? "" : ` (${raw.split})`} appears ${count} times`,
      );
      continue;
    }
    records.push(record);
  }
  if (issues.length > 0) throw new DemandImportError(issues, more);
  if (records.length === 0) {
    throw new DemandImportError([
      {
        file,
        line: dataRows[0]!.line,
        column: 0,
        message:
          options.queue === undefined || queues.size === 0
            ? "no voice or chat rows in the file"
            : `no rows of queue "${options.queue}" (queues in the file: ${[...queues]
                .slice(0, 5)
                .map((q) => `"${q}"`)
                .join(", ")}${queues.size > 5 ? `, and ${queues.size - 5} more` : ""})`,
      },
    ]);
  }
  return { file, intervalMinutes: intervalMinutes as 15 | 30, records };
}

const clock = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** The record in local time on the interval grid, or undefined after reporting why not. */
function placed(
  raw: RawRecord,
  minutes: number,
  timeZone: string,
  report: (line: number, column: number, message: string) => void,
): IntervalRecord | undefined {
  const local =
    raw.start.kind === "instant"
      ? localOf(raw.start.epochMs, timeZone)
      : { date: raw.start.date, minute: raw.start.minute };
  if (raw.start.kind === "local" && occurrences(local.date, local.minute, timeZone) === 0) {
    report(
      raw.line,
      raw.startColumn,
      `${local.date} ${clock(local.minute)} does not exist in ${timeZone} (clocks go forward that night): is the file in another time zone?`,
    );
    return undefined;
  }
  // Instants are checked on the UTC grid (Genesys requires quarter hours in UTC); zones with a 30- or 45-minute
  // offset still land on a 15-minute local grid.
  const gridMinute = raw.start.kind === "instant" ? Math.round(raw.start.epochMs / 60_000) % 1440 : local.minute;
  if (gridMinute % minutes !== 0 || local.minute % 15 !== 0) {
    report(
      raw.line,
      raw.startColumn,
      `interval start ${clock(local.minute)} is not on the ${minutes}-minute grid (:00${minutes === 15 ? ", :15, :30, :45" : ", :30"})`,
    );
    return undefined;
  }
  const { start: _start, intervalMinutes: _m, startColumn: _c, split: _s, ...rest } = raw;
  return { ...rest, date: local.date, minute: local.minute - (local.minute % minutes) };
}
