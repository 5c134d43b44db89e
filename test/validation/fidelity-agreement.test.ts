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
 * next, so only paired replications compare like with like. The teaching centres that hire every month run 18
 * months, so they get 3 (the bench's count; 2 standard errors of their paired SL difference are 0.4-1.1 points).
 * Not the burnout spiral: there a replication's spiral takes off or not, and the paired difference of one
 * replication ranges over +-10 points (8 replications: +0.5 +- 4.2), beyond what a test can afford to average.
 */
const REPLICATIONS = 4;
const TEACHING_REPLICATIONS = 3;
const TOLERANCE = 0.01;

describe("interval fidelity agrees with contact fidelity", () => {
  it.each([
    ["validation/minimal.yaml", REPLICATIONS],
    ["validation/small-centre.yaml", REPLICATIONS],
    ["teaching/staffing-levers.yaml", REPLICATIONS],
    ["teaching/onboarding-and-ramp-up.yaml", TEACHING_REPLICATIONS],
    ["teaching/labour-market-shock.yaml", TEACHING_REPLICATIONS],
  ] as const)(
    "%s: voice SL and occupancy within 1 point",
    async (file, replications) => {
      const loaded = loadScenario(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), "utf8"), file);
      if (loaded._tag === "Left") throw new Error(loaded.left.format());
      const variants = resolveVariants(loaded.right, file);
      if (variants._tag === "Left") throw new Error(variants.left.format());
      const run = (fidelity: "interval" | "contact"): Promise<ScenarioRun> =>
        runScenario(loaded.right, variants.right, { fidelity, replications });
      const interval = await run("interval");
      const contact = await run("contact");
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
      // An 18-month teaching file at both fidelities took 107-113 s on a machine loaded about 20 on 2 cores:
      // too near the suite's default limit of 120 s.
    },
    600_000,
  );

  /**
   * Chat where 40% of the agents are multi-skilled, with the roster fixed (people layer off, 3 months, so that only
   * the queue approximation differs): an idle multi-skilled agent is there for either channel's next contact
   * (internal/PooledSplit.ts). Split into two separate queues, interval fidelity's chat service level was 6.3
   * points low here (92.2 against 98.6, 4 replications); pooling the idle agents leaves 1.6. Not held to 1 point:
   * the rest (busier centres: 4.6 points on pay-schemes) is a known limit (docs/model.md, "Interval fidelity").
   */
  it("validation/small-centre without the people layer: chat SL within 2 points", async () => {
    const file = "validation/small-centre.yaml";
    const loaded = loadScenario(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), "utf8"), file);
    if (loaded._tag === "Left") throw new Error(loaded.left.format());
    const scenario = {
      ...loaded.right,
      simulatePeople: false,
      calendar: { ...loaded.right.calendar, horizonMonths: 3, warmupMonths: 0 },
    };
    const variants = resolveVariants(scenario, file);
    if (variants._tag === "Left") throw new Error(variants.left.format());
    const baseline = variants.right.slice(0, 1);
    const chat = async (fidelity: "interval" | "contact"): Promise<number> =>
      (await runScenario(scenario, baseline, { fidelity, replications: REPLICATIONS })).variants[0]!.overall[
        "chat.serviceLevel"
      ]!.mean;
    const interval = await chat("interval"),
      contact = await chat("contact");
    expect(Math.abs(interval - contact), `interval ${interval.toFixed(4)}, contact ${contact.toFixed(4)}`).toBeLessThan(
      0.02,
    );
  }, 120_000);
});
