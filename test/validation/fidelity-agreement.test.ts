// Interval fidelity against contact fidelity (the reference) on the small scenarios of the library, with the
// scenarios' own settings (people layer included where the file has it): overall voice service level and
// occupancy (mean of the reported months, mean across paired replications) within 1 point for every variant. Fixed seeds
// (each file's own) and replications; `pnpm bench` prints the same table for every scenario, the MTS case included.
import { readFileSync } from "node:fs";
import { runScenario, type ScenarioRun } from "@ccsim/runner";
import { resolveVariants } from "@ccsim/runner/effect";
import { loadScenario } from "@ccsim/scenario";
import { describe, expect, it } from "vitest";

/**
 * The same replications at both fidelities: their persistent draws (agents' speed factors, the people layer's
 * streams) are common, which moves a small centre's service level by a few points from one replication to the
 * next, so only paired replications compare like with like.
 */
const REPLICATIONS = 4;
const TOLERANCE = 0.01;

describe("interval fidelity agrees with contact fidelity", () => {
  it.each(["validation/minimal.yaml", "validation/small-centre.yaml", "teaching/staffing-levers.yaml"])(
    "%s: voice SL and occupancy within 1 point",
    async (file) => {
      const loaded = loadScenario(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), "utf8"), file);
      if (loaded._tag === "Left") throw new Error(loaded.left.format());
      const variants = resolveVariants(loaded.right, file);
      if (variants._tag === "Left") throw new Error(variants.left.format());
      const run = (fidelity: "interval" | "contact", replications: number): Promise<ScenarioRun> =>
        runScenario(loaded.right, variants.right, { fidelity, replications });
      const interval = await run("interval", REPLICATIONS);
      const contact = await run("contact", REPLICATIONS);
      interval.variants.forEach((v, k) => {
        const c = contact.variants[k]!;
        for (const kpi of ["voice.serviceLevel", "occupancy"]) {
          const a = v.overall[kpi]!.mean,
            b = c.overall[kpi]!.mean;
          expect(
            Math.abs(a - b),
            `${v.name} ${kpi}: interval ${a.toFixed(4)}, contact ${b.toFixed(4)}`,
          ).toBeLessThanOrEqual(TOLERANCE);
        }
      });
    },
  );
});
