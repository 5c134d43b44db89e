/**
 * Reads a delimited text file into rows that keep their line numbers, with csv-parse (the node-csv project:
 * RFC 4180 quoting, quoted line breaks, a byte-order mark; pure JavaScript, so it also runs in browsers).
 * Size limits like the scenario loader's keep a wrong file from exhausting memory.
 */
import { CsvError, parse } from "csv-parse/sync";
import { DemandImportError } from "./records.js";

/** Largest demand file read: a year of 15-minute intervals for a few dozen queues fits well below this. */
export const MAX_DEMAND_FILE_BYTES = 64 * 1024 * 1024;
/** Most data rows: two years of 15-minute intervals for 25 queues. */
export const MAX_DEMAND_ROWS = 2_000_000;

export interface Row {
  /** 1-based line where the row starts. */
  readonly line: number;
  readonly cells: ReadonlyArray<string>;
}

/** The delimiter of a file: given, or guessed from its first line (`;` is common where `,` is the decimal mark). */
export function guessDelimiter(text: string): string {
  const first = text.slice(0, text.indexOf("\n") >>> 0);
  if (first.includes("|")) return "|";
  if (first.includes("\t")) return "\t";
  return first.includes(";") && !first.includes(",") ? ";" : ",";
}

/** Rows of a delimited text; a malformed file (an unclosed quote, a size over the limits) is a DemandImportError. */
export function readTable(text: string, file: string, delimiter: string): Row[] {
  if (text.length > MAX_DEMAND_FILE_BYTES) {
    throw new DemandImportError([
      {
        file,
        line: 1,
        column: 0,
        message: `the file is larger than ${MAX_DEMAND_FILE_BYTES / 1024 / 1024} MB; split it by queue or period`,
      },
    ]);
  }
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    parsed = parse(text, {
      delimiter,
      bom: true,
      info: true,
      trim: true,
      relax_column_count: true, // rows with too few or too many fields are reported by the format, with their line
      skip_empty_lines: true,
      to: MAX_DEMAND_ROWS + 2,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    if (error instanceof CsvError) {
      const at = (error as CsvError & { lines?: number }).lines ?? 1;
      throw new DemandImportError([
        {
          file,
          line: at,
          column: 0,
          message: `not readable as delimited text: ${error.message.replace(/^Invalid Record Length: |^[A-Za-z ]+: /, "")}`,
        },
      ]);
    }
    throw error;
  }
  if (parsed.length > MAX_DEMAND_ROWS + 1) {
    throw new DemandImportError([
      {
        file,
        line: parsed[MAX_DEMAND_ROWS + 1]!.info.lines,
        column: 0,
        message: `more than ${MAX_DEMAND_ROWS.toLocaleString("en")} rows; split the file by queue or period`,
      },
    ]);
  }
  // info.lines is the line where the record ends; a quoted line break makes it later than its start, which is
  // rare in these exports and still points at the right record.
  return parsed.map((p) => ({ line: p.info.lines, cells: p.record }));
}
