// Every scenario file in scenarios/ decodes, resolves its variants and interventions, and runs (short and with
// few replications here; the golden and statistical checks live beside the model and runner).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, simulate } from "@ccsim/runner";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../scenarios", import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith(".yaml") ? [path] : [];
  });
}

describe.each(yamlFiles(root).map((file) => ({ file: file.slice(root.length + 1), path: file })))("$file", ({ path }) => {
  it("runs every variant", async () => {
    const simulation = await simulate({ path }, { replications: 2, fidelity: "interval" });
    if (!simulation.ok) throw new Error(simulation.problems.map(formatProblem).join("\n"));
    const { scenario, run } = simulation;
    const reported = scenario.calendar.horizonMonths - scenario.calendar.warmupMonths;
    for (const variant of run.variants) {
      expect(variant.months).toHaveLength(reported);
      for (const month of variant.months) for (const e of Object.values(month.kpis)) expect(Number.isFinite(e.mean)).toBe(true);
    }
  });
});
