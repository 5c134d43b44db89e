// Every scenario file in scenarios/ decodes, resolves its variants and interventions, and runs (short and with
// few replications here; the golden and statistical checks live beside the model and runner).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveVariants, runScenario } from "@ccsim/runner";
import { applyDemandFiles } from "@ccsim/runner/demand";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
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
    const loaded = loadScenario(readFileSync(path, "utf8"), path);
    if (Either.isLeft(loaded)) throw new Error(loaded.left.format());
    // Scenarios in scenarios/examples take their demand from a file beside them.
    const scenario = applyDemandFiles(loaded.right, (file) => ({ text: readFileSync(join(dirname(path), file), "utf8"), shownAs: file })).scenario;
    const variants = resolveVariants(scenario, path);
    if (Either.isLeft(variants)) throw new Error(variants.left.format());
    const run = await runScenario(scenario, variants.right, { replications: 2, fidelity: "interval" });
    const reported = scenario.calendar.horizonMonths - scenario.calendar.warmupMonths;
    for (const variant of run.variants) {
      expect(variant.months).toHaveLength(reported);
      for (const month of variant.months) for (const e of Object.values(month.kpis)) expect(Number.isFinite(e.mean)).toBe(true);
    }
  });
});
