import type { ValidationCase, ValidationRow } from "@ccsim/runner";
import { validationSummary } from "@ccsim/runner";
import { terminalText } from "@ccsim/report";

/** The validation table's columns, shared by the terminal table and docs/validation.md. */
export const VALIDATION_HEAD = ["study", "figure", "kind", "reported", "simulated", "95% CI", "reproduced"];

function num(x: number): string {
  if (Number.isNaN(x)) return "-";
  return Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(Math.abs(x) >= 10 ? 1 : 3);
}

/**
 * "yes" or "no", and "(CI wider than tolerance)" when the 95% interval is wider than the tolerance band: a mean
 * inside the band then says little, and a reader should see that.
 */
function verdict(row: ValidationRow, tolerance: number | undefined): string {
  if (row.kind === "untestable" || row.simulated === undefined) return "not testable";
  const wide = tolerance !== undefined && row.simulated.halfWidth > tolerance;
  return `${row.reproduced === true ? "yes" : "no"}${wide ? " (CI wider than tolerance)" : ""}`;
}

function toleranceOf(row: ValidationRow): number | undefined {
  const m = /± (\S+)/.exec(row.reported);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** One row per figure, in the columns of VALIDATION_HEAD. */
export function validationRows(cases: readonly ValidationCase[]): string[][] {
  return cases.flatMap((c) =>
    c.rows.map((r) => [
      c.study,
      r.figure,
      r.kind,
      r.reported,
      r.simulated === undefined ? "-" : num(r.simulated.mean),
      r.simulated === undefined ? "-" : `[${num(r.simulated.ciLow)}, ${num(r.simulated.ciHigh)}]`,
      verdict(r, toleranceOf(r)),
    ]),
  );
}

/** Per kind, figures reproduced out of figures, evidence first. */
export function summaryLines(cases: readonly ValidationCase[]): string[] {
  return validationSummary(cases).map((s) =>
    s.kind === "untestable"
      ? `untestable: ${s.figures} figure(s) the model has no mechanism for (listed, not compared)`
      : `${s.kind}: ${s.reproduced} of ${s.figures} figure(s) reproduced`,
  );
}

/** Text columns left-aligned, the number columns (simulated, CI) right-aligned. */
function alignedTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [head, ...rows].map((row) => row.map(terminalText));
  const widths = head.map((_, col) => Math.max(...all.map((row) => (row[col] ?? "").length)));
  const line = (row: readonly string[]): string =>
    row
      .map((c, col) => (col === 4 || col === 5 ? c.padStart(widths[col] ?? 0) : c.padEnd(widths[col] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n");
}

export function validationTable(cases: readonly ValidationCase[]): string {
  const replications = [...new Set(cases.map((c) => c.replications))].join(" or ");
  return [
    `Published studies as validation cases: ${cases.length} studies, ${replications} paired replications per variant`,
    "",
    alignedTable(VALIDATION_HEAD, validationRows(cases)),
    "",
    ...summaryLines(cases),
    "kind: evidence = no model parameter was set from the study (a test); consistency = one was (a check that the",
    "input arrives); untestable = the model has no mechanism for the figure (why: --format json or docs/validation.md).",
  ].join("\n");
}
