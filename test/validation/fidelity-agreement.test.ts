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
   * A scenario file with the roster fixed (people layer off) and a short horizon: only the queue differs. Its
   * variants and interventions go: only the baseline runs, and their people settings would be refused with the
   * people layer off (they would change nothing).
   */
  const queueOnly = (file: string, months: number) => {
    const loaded = loadScenario(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), "utf8"), file);
    if (loaded._tag === "Left") throw new Error(loaded.left.format());
    const scenario = {
      ...loaded.right,
      simulatePeople: false,
      variants: [],
      interventions: [],
      reported: [],
      calendar: { ...loaded.right.calendar, horizonMonths: months, warmupMonths: 0 },
    };
    const variants = resolveVariants(scenario, file);
    if (variants._tag === "Left") throw new Error(variants.left.format());
    const baseline = variants.right.slice(0, 1);
    return async (fidelity: "interval" | "contact", kpi: string, replications: number): Promise<number> =>
      (await runScenario(scenario, baseline, { fidelity, replications })).variants[0]!.overall[kpi]!.mean;
  };

  /**
   * Chat where 40% of the agents are multi-skilled (3 months): an idle multi-skilled agent is there for either
   * channel's next contact, and counts among chat's servers (internal/ChannelServers.ts). Split into two separate
   * queues, interval fidelity's chat service level was 6.3 points low here (92.2 against 98.6, 4 replications);
   * counting voice's idle multi-skilled agents for chat leaves 1.7. Not held to 1 point: the rest (busier centres:
   * 3.5 points on pay-schemes) is a known limit (docs/model.md, "Interval fidelity").
   */
  it("validation/small-centre without the people layer: chat SL within 2 points", async () => {
    const run = queueOnly("validation/small-centre.yaml", 3);
    const interval = await run("interval", "chat.serviceLevel", REPLICATIONS),
      contact = await run("contact", "chat.serviceLevel", REPLICATIONS);
    expect(Math.abs(interval - contact), `interval ${interval.toFixed(4)}, contact ${contact.toFixed(4)}`).toBeLessThan(
      0.02,
    );
  }, 120_000);

  /**
   * The MTS case (900 agents, 40% multi-skilled, chat at concurrency 2) over one month without the people layer:
   * with the multi-skilled agents split between voice and chat by offered load, interval fidelity was 1.9 points
   * pessimistic on voice here (3 months, 4 replications); with the chat mode carried from interval to interval
   * (internal/ChatMode.ts) +0.3 (2 replications). Occupancy within 1 point too.
   */
  it("cases/mts-virtual-contact-centre without the people layer: voice SL and occupancy within 1 point", async () => {
    const run = queueOnly("cases/mts-virtual-contact-centre.yaml", 1);
    for (const kpi of ["voice.serviceLevel", "occupancy"]) {
      const interval = await run("interval", kpi, 2),
        contact = await run("contact", kpi, 2);
      expect(
        Math.abs(interval - contact),
        `${kpi}: interval ${interval.toFixed(4)}, contact ${contact.toFixed(4)}`,
      ).toBeLessThanOrEqual(TOLERANCE);
    }
  }, 300_000);
});
