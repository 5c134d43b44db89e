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

/** Fixed decimals for probabilities and shares. */
export const share = (x: number): string => x.toFixed(4);
/** Seconds with two decimals. */
export const seconds = (x: number): string => x.toFixed(2);
/** Thousands separators for counts. */
export const count = (x: number): string => Math.round(x).toLocaleString("en-US");
