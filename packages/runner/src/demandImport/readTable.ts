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

/**
 * A file's bytes as text: UTF-8 (with or without a byte-order mark), or UTF-16 when it starts with UTF-16's
 * byte-order mark, which is what Excel's "Unicode Text" save writes (tab-separated). TextDecoder runs in Node and
 * browsers alike.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * Refuses what is not a text table at all, in one line, before it is read as one: a workbook given for its CSV
 * (xlsx is a zip file) or another binary file, which would otherwise be reported as a garbled quote or cell.
 */
function checkIsText(text: string, file: string): void {
  const zip = text.startsWith("PK\u0003\u0004");
  if (!zip && !text.slice(0, 65_536).includes("\u0000")) return;
  throw new DemandImportError([
    {
      file,
      line: 1,
      column: 0,
      message: zip
        ? "this is an Excel workbook (or another zip file), not a CSV: save the sheet as CSV (UTF-8) and give that file"
        : "this is not a text file (it holds NUL bytes): export or save it as CSV (UTF-8)",
    },
  ]);
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
  checkIsText(text, file);
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
