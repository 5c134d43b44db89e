// The published studies (scenarios/validation/published) as `ccsim validate-model` runs them, at one replication
// here (the verdicts need the files' own replications; docs/validation.md records them): every file runs, every
// reported figure gets a simulated value, every figure says what kind of check it is, and the doc lists them all.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, simulate, validationCase, validationSummary, type ValidationCase } from "@ccsim/runner";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const folder = join(root, "scenarios/validation/published");
const files = readdirSync(folder)
  .filter((f) => f.endsWith(".yaml"))
  .sort();
const doc = readFileSync(join(root, "docs/validation.md"), "utf8");

/** Monthly KPIs that may have nothing to measure in a month (missing, NaN). */
const MAY_BE_MISSING = new Set(["timeToFillDays", "timeToFillP50Days", "timeToFillP90Days", "filledWithin30Days"]);

const cases: ValidationCase[] = [];

describe.each(files)("%s", (file) => {
  it("runs, and gives every reported figure a simulated value and a kind", async () => {
    const simulation = await simulate({ path: join(folder, file) }, { replications: 1 });
    if (!simulation.ok) throw new Error(simulation.problems.map(formatProblem).join("\n"));
    const { scenario, run } = simulation;
    for (const variant of run.variants)
      for (const month of variant.months)
        for (const [kpi, e] of Object.entries(month.kpis))
          expect(Number.isFinite(e.mean) || (MAY_BE_MISSING.has(kpi) && Number.isNaN(e.mean)), `${kpi}`).toBe(true);
    expect(scenario.study?.citation, "a validation case cites its study").toBeDefined();
    expect(scenario.reported.length, "a validation case compares at least one figure").toBeGreaterThan(0);
    const c = validationCase(file, scenario, run);
    for (const row of c.rows) {
      if (row.kind === "untestable") {
        expect(row.reason, row.figure).toMatch(/\w/);
        continue;
      }
      expect(["evidence", "consistency"], `${row.figure}: kind evidence or consistency`).toContain(row.kind);
      expect(Number.isFinite(row.simulated?.mean), `${row.figure}: simulated`).toBe(true);
    }
    cases.push(c);
  });

  it("is in docs/validation.md", () => {
    expect(doc).toContain(`scenarios/validation/published/${file}`);
  });
});

describe("the published studies together", () => {
  it("hold more evidence than consistency checks", () => {
    expect(cases).toHaveLength(files.length);
    const count = (kind: string): number => validationSummary(cases).find((s) => s.kind === kind)?.figures ?? 0;
    expect(count("evidence")).toBeGreaterThan(count("consistency"));
  });

  it("are what docs/validation.md lists: every figure, and the number of figures of each kind", () => {
    for (const c of cases)
      for (const row of c.rows) {
        expect(doc).toContain(`| ${row.figure} | ${row.kind} |`);
        // The reading is where a "no" is explained, so the doc must carry it as the file states it.
        if (row.reading !== undefined) expect(doc, `${c.file}: ${row.figure}`).toContain(row.reading);
      }
    for (const s of validationSummary(cases))
      expect(doc).toMatch(new RegExp(`^- ${s.kind}: (\\d+ of )?${s.figures} figure`, "m"));
  });
});
