// A run past the model's agent ceiling is refused before any replication is queued, as the CLI's workload check
// does: a salary lever set to 0 made nearly every hire quit in training, and the workers filled their memory with
// the start's millions of trainees until the run failed ("Array buffer allocation failed").
import { applyOverrides } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { findEntry, scenarioOf } from "../src/library.js";
import { progressiveRun } from "../src/progressiveRun.js";
import type { WorkerPool } from "../src/WorkerPool.js";

describe("the playground's run", () => {
  it("refuses a centre past the agent ceiling with a problem, queuing nothing", async () => {
    const entry = findEntry("pay-schemes")!;
    const base = Either.getOrThrow(scenarioOf(entry));
    const scenario = Either.getOrThrow(applyOverrides(base, { "pay.salaryPerMonth": 0 }, { file: entry.file }));
    const untouched = new Proxy({} as WorkerPool, {
      get: () => {
        throw new Error("a replication was queued");
      },
    });
    const provenance = {
      ccsimVersion: "test",
      gitCommit: "",
      scenarioFile: "",
      scenarioSha256: "",
      seed: 1,
      fidelity: "interval",
      command: "",
    } as const;
    const problems = await progressiveRun(
      untouched,
      { scenario, fileName: entry.file, variantSet: {}, variantKeys: [], provenance },
      { onResult: async () => {}, onProgress: () => {}, superseded: () => false },
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/too large: .* agents at its busiest; .* in training at the start/),
    ]);
  });
});
