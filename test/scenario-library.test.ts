// Every scenario file in scenarios/ decodes, resolves its variants and interventions, and runs (short and with
// few replications here; the golden and statistical checks live beside the model and runner).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, simulate } from "@ccsim/runner";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../scenarios", import.meta.url));

/** Run by test/validation/published-studies.test.ts instead (once each, with their own checks): not twice. */
const PUBLISHED = join(root, "validation", "published");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === PUBLISHED) return [];
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith(".yaml") ? [path] : [];
  });
}

/** Monthly KPIs that may have nothing to measure in a month (missing, NaN). */
const MAY_BE_MISSING = new Set(["timeToFillDays", "timeToFillP50Days", "timeToFillP90Days", "filledWithin30Days"]);

describe.each(yamlFiles(root).map((file) => ({ file: file.slice(root.length + 1), path: file })))(
  "$file",
  ({ path }) => {
    it("runs every variant", async () => {
      const simulation = await simulate({ path }, { replications: 2, fidelity: "interval" });
      if (!simulation.ok) throw new Error(simulation.problems.map(formatProblem).join("\n"));
      const { scenario, run } = simulation;
      const reported = scenario.calendar.horizonMonths - scenario.calendar.warmupMonths;
      for (const variant of run.variants) {
        expect(variant.months).toHaveLength(reported);
        // Every KPI is a finite number, except those with nothing to measure in some months (missing, NaN): time to
        // fill without fills, and the share filled within 30 days of vacancies not yet 30 days old at the end.
        for (const month of variant.months) {
          for (const [kpi, e] of Object.entries(month.kpis))
            expect(
              Number.isFinite(e.mean) || (MAY_BE_MISSING.has(kpi) && Number.isNaN(e.mean)),
              `${kpi} ${month.month}`,
            ).toBe(true);
        }
      }
    });
  },
);
