/** Computes a shipped scenario's first look at build time (see firstLook.ts); never bundled into the page. */
import { checkScenario, type ReplicationJob } from "@ccsim/runner";
import { simulateJob } from "@ccsim/runner/replicate";
import type { Scenario } from "@ccsim/scenario";
import { cacheKey } from "./cacheKey.js";
import type { FirstLook } from "./firstLook.js";
import type { LibraryEntry } from "./library.js";
import { planRun } from "./runRequest.js";
import { defaultStart } from "./trainerVariant.js";

/** Simulates the first round of the entry's default state (no levers moved, the file's settings). */
export async function computeFirstLook(entry: LibraryEntry, scenario: Scenario): Promise<FirstLook> {
  const state = { scenarioId: entry.id, from: defaultStart(scenario), edits: {}, settings: {} };
  const request = planRun(entry, scenario, state);
  const prepared = await checkScenario({ scenario: request.scenario, file: request.fileName });
  if (!prepared.ok) return {};
  const key = cacheKey(request);
  const { seed, fidelity } = request.scenario;
  return Object.fromEntries(
    prepared.variants.map((v, i) => {
      const job: ReplicationJob = { params: v.params, changes: v.changes, fidelity, seed, replication: 0 };
      return [key(i, 0), simulateJob(job)];
    }),
  );
}
