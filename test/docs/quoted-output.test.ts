// What the docs quote as a command's output is what the command prints today: the planner walkthrough's tables,
// interval rows, roster rows and workbook rows (docs/planner.md, step 3), and the README's figures for the staffing
// levers. Both once drifted from the model for several sessions, unnoticed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");
const ccsim = (...args: string[]) =>
  spawnSync(process.execPath, [main, ...args], { encoding: "utf8", cwd: root, maxBuffer: MAX_OUTPUT_BYTES });
const read = (path: string) => readFileSync(join(root, path), "utf8");

/** The lines of the unlabelled fenced blocks (outputs, not commands) between two headings of a page. */
function quotedLines(page: string, from: string, to: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of page.slice(page.indexOf(from), page.indexOf(to)).split("\n")) {
    if (line.startsWith("```")) fence = fence === undefined ? line : undefined;
    else if (fence === "```" && line.trim() !== "" && line !== "...") lines.push(line);
  }
  return lines;
}

describe("docs/planner.md, step 3", () => {
  const dir = mkdtempSync(join(tmpdir(), "ccsim-docs-"));
  const scenario = "scenarios/examples/from-genesys-history.yaml";
  const compare = ccsim(
    ...["compare", scenario, "--out", join(dir, "plan"), "--from", "2026-05-04", "--to", "2026-05-10"],
    ...["--xlsx", join(dir, "plan.xlsx")],
  );
  const remote = ccsim(
    ...["run", scenario, "--quiet", "--out", join(dir, "remote"), "--from", "2026-05-04", "--to", "2026-05-04"],
    ...["--variant", "remote split shifts"],
  );
  const page = read("docs/planner.md");

  it("quotes the comparison, the warning, the interval rows, the roster rows and the workbook as they are", async () => {
    expect(compare.status, compare.stderr).toBe(0);
    expect(remote.status, remote.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "plan.xlsx"));
    const sheet = book.getWorksheet("Monthly KPIs")!;
    const rows = [1, 2, 3, 4].map((r) => (sheet.getRow(r).values as unknown[]).slice(1, 9).join(" | "));
    const printed = [
      compare.stdout,
      compare.stderr,
      ...["plan/intervals.csv", "plan/roster.csv", "remote/intervals.csv", "remote/roster.csv"].map((f) =>
        readFileSync(join(dir, f), "utf8"),
      ),
      ...rows,
    ].join("\n");
    const lines = quotedLines(page, "**3. The staffing comparison", "**4. The requirement alone**");
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) expect(printed, line).toContain(line);
    // Rows quoted inline, in backticks: the roster lines.
    const inline = [...page.matchAll(/`(\d+,2026-\d\d-\d\d,[^`]+)`/g)].map((m) => m[1]!);
    expect(inline.length).toBeGreaterThanOrEqual(2);
    for (const row of inline) expect(printed, row).toContain(row);
  });
});

describe("README", () => {
  it("gives the staffing levers' abandonment as `compare` prints it", () => {
    const run = ccsim("compare", "scenarios/teaching/staffing-levers.yaml", "--quiet");
    expect(run.status, run.stderr).toBe(0);
    const block = run.stdout.slice(run.stdout.indexOf("five agents fewer vs baseline"));
    const [, baseline, fewer] = /voice abandon \(%\)\s+(\S+)\s+(\S+)/.exec(block)!;
    expect(read("README.md").replace(/\s+/g, " ")).toContain(`(${baseline} to ${fewer})`);
  });
});
