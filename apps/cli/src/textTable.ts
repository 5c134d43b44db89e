import { terminalText } from "@ccsim/report";

/** Left-aligned first column, right-aligned others, two spaces between columns. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // Cells can hold user text (variant names): no control characters reach the terminal.
  const all = [header, ...rows].map((row) => row.map(terminalText));
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? "").length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0)))
      .join("  ")
      .trimEnd();
  const [head = [], ...body] = all;
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/**
 * Probabilities and shares as percentages, the one share format of every command's tables (`run` and `compare`
 * show KPIs so too); two decimals, so an exact Erlang figure can be compared with another calculator's.
 */
export const share = (x: number): string => `${(100 * x).toFixed(2)}%`;
/** Seconds with two decimals. */
export const seconds = (x: number): string => x.toFixed(2);
/** Thousands separators for counts. */
export const count = (x: number): string => Math.round(x).toLocaleString("en-US");
