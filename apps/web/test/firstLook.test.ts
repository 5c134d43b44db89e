// The first look computed at build time is what the page would ask its workers for: the same cache keys as a
// cold link's first round (whatever its replication count or language), and replications that survive the trip
// through JSON bit for bit (NaN in the survival curves included).
import { checkScenario, type ReplicationJob } from "@ccsim/runner";
import { simulateJob } from "@ccsim/runner/replicate";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { cacheKey } from "../src/cacheKey.js";
import { decodeFirstLook, encodeFirstLook } from "../src/firstLook.js";
import { computeFirstLook } from "../src/firstLookBuild.js";
import { findEntry, scenarioOf } from "../src/library.js";
import { planRun } from "../src/runRequest.js";
import { decodeHash } from "../src/urlState.js";

const MTS = "mts-virtual-contact-centre";
const entry = findEntry(MTS)!;
const mts = Either.getOrThrow(scenarioOf(entry));
// Two MTS replications: simulated once for the whole file.
const built = computeFirstLook(entry, mts);

describe("the first look", () => {
  it("holds the first round of a cold link's run, under the keys the page asks for", async () => {
    const look = decodeFirstLook(encodeFirstLook(await built));
    const decoded = decodeHash(`#scenario=${MTS}&replications=3&lang=ru`);
    if (decoded.kind !== "state") throw new Error("the link did not decode");
    const planned = planRun(entry, mts, decoded.state);
    const prepared = await checkScenario({ scenario: planned.scenario, file: planned.fileName });
    if (!prepared.ok) throw new Error("the scenario did not check");
    const key = cacheKey(planned);
    expect(Object.keys(look).sort()).toEqual(prepared.variants.map((_, i) => key(i, 0)).sort());
    // The page's worker would compute exactly this (same job, same seed): compare with a fresh simulation.
    const variant = prepared.variants[1]!;
    const { seed, fidelity } = planned.scenario;
    const job: ReplicationJob = { params: variant.params, changes: variant.changes, fidelity, seed, replication: 0 };
    expect(look[key(1, 0)]).toStrictEqual(simulateJob(job));
  });

  it("keeps NaN and infinities through JSON", () => {
    const back = decodeFirstLook(encodeFirstLook({ k: { a: [NaN, 1, Infinity, -Infinity], b: "NaN" } }));
    expect(back).toStrictEqual({ k: { a: [NaN, 1, Infinity, -Infinity], b: "NaN" } });
  });

  it("differs once a lever moves: an edited variant is not served from the build", async () => {
    const look = await built;
    const decoded = decodeHash(`#scenario=${MTS}&training.trainingWeeks=7`);
    if (decoded.kind !== "state") throw new Error("the link did not decode");
    const planned = planRun(entry, mts, decoded.state);
    const key = cacheKey(planned);
    expect(Object.hasOwn(look, key(0, 0))).toBe(true);
    expect(Object.hasOwn(look, key(1, 0))).toBe(false);
  });
});
