/**
 * What every demand-file parser produces: one record per interval row, in the centre's local time, and the
 * problems found, each located by file, line and column so a planner can fix the export and try again.
 */

/** One interval of one queue, in local wall-clock time (the time zone's, or the file's own for local files). */
export interface IntervalRecord {
  /** 1-based line of the row in the file, for messages. */
  readonly line: number;
  readonly queue: string;
  /** "voice" or "chat" when the file says so (media type, channel column); undefined when it does not. */
  readonly channel: "voice" | "chat" | undefined;
  /** Local date YYYY-MM-DD. */
  readonly date: string;
  /** Local start of the interval in minutes after midnight. */
  readonly minute: number;
  readonly offered: number;
  /** Contacts handled; undefined when the file has no such column. */
  readonly handled: number | undefined;
  readonly abandoned: number | undefined;
  /** Total handle time of the interval in seconds (handled x average); undefined without handle times. */
  readonly handleSec: number | undefined;
}

/** A bad row or field: where it is and what is wrong, in words. Column is 1-based; 0 when the whole row is meant. */
export interface ImportIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Most issues reported: a file in the wrong format would otherwise print one per row. */
export const MAX_IMPORT_ISSUES = 100;

/** A demand file that cannot be used, with every located problem. */
export class DemandImportError extends Error {
  override readonly name = "DemandImportError";
  constructor(
    readonly issues: ReadonlyArray<ImportIssue>,
    readonly more = 0,
  ) {
    super(issues.map(formatImportIssue).join("\n") + (more > 0 ? `\n... and ${more} more problems not shown` : ""));
  }
}

export const formatImportIssue = (i: ImportIssue): string => `${i.file}:${i.line}:${i.column} ${i.message}`;

/** The file layouts a parser exists for. */
export type DemandFormat = "ccsim" | "genesys" | "calabrio" | "nice" | "columns";

/** How to read a demand file: the scenario's `demandFile` section, or the options of `ccsim demand`. */
export interface DemandFileOptions {
  readonly format: DemandFormat;
  /** IANA zone that UTC or offset timestamps are converted to. */
  readonly timeZone: string;
  /** Keep only this queue's rows. */
  readonly queue?: string | undefined;
  /** Interval length for formats that do not state it per row. */
  readonly intervalMinutes: 15 | 30;
  readonly columns?: ColumnMapping | undefined;
}

/** Header names for `format: columns`. */
export interface ColumnMapping {
  readonly intervalStart: string;
  readonly offered: string;
  readonly handled?: string | undefined;
  readonly abandoned?: string | undefined;
  readonly ahtSec?: string | undefined;
  readonly totalHandleSec?: string | undefined;
  readonly queue?: string | undefined;
}

/** The parsed file: its records and the interval length they use. */
export interface ParsedDemandFile {
  readonly file: string;
  readonly intervalMinutes: 15 | 30;
  readonly records: ReadonlyArray<IntervalRecord>;
}
