// Golden summaries at a fixed seed: any change to what the model produces shows up here. Regenerate only on
// purpose, after checking the change is intended: `pnpm golden:update`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatProblem, simulate } from "@ccsim/runner";
import { describe, expect, it } from "vitest";

const FILES = ["cases/mts-virtual-contact-centre", "teaching/pay-schemes", "teaching/staffing-levers"];
const update = process.env.GOLDEN_UPDATE === "1";

/**
 * Per variant, each KPI's mean over the reported months, to 6 significant digits (2 replications, interval
 * fidelity); null where it is missing (hire survival beyond the follow-up).
 */
async function summary(name: string): Promise<Record<string, Record<string, number | null>>> {
  const path = fileURLToPath(new URL(`../../scenarios/${name}.yaml`, import.meta.url));
  const simulation = await simulate({ path }, { replications: 2, fidelity: "interval" });
  if (!simulation.ok) throw new Error(simulation.problems.map(formatProblem).join("\n"));
  const { run } = simulation;
  return Object.fromEntries(
    run.variants.map((v) => [
      v.name,
      Object.fromEntries(
        Object.entries(v.overall).map(([k, e]) => [k, Number.isNaN(e.mean) ? null : Number(e.mean.toPrecision(6))]),
      ),
    ]),
  );
}

describe.each(FILES)("%s", (name) => {
  it("matches its golden summary", async () => {
    const golden = fileURLToPath(new URL(`./${name.replace("/", "-")}.json`, import.meta.url));
    const actual = await summary(name);
    if (update) writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(golden), `no golden file for ${name}: run pnpm golden:update`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, "utf8")));
  });
});
