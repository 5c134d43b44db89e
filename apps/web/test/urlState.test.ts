// Shared links: a state survives the round trip through the URL, and every kind of bad link gets a message in
// words from the scenario schema (never an exception, never a blank page).
import { Either } from "effect";
import { loadScenario } from "@ccsim/scenario";
import { describe, expect, it } from "vitest";
import { trainerYaml } from "../src/downloads.js";
import { findEntry, LIBRARY, scenarioOf } from "../src/library.js";
import { planRun } from "../src/runRequest.js";
import { effectiveValue, mergeEdits, startingSet } from "../src/trainerVariant.js";
import { decodeHash, encodeHash, type PlaygroundState } from "../src/urlState.js";

const MTS = "mts-virtual-contact-centre";
const mts = Either.getOrThrow(scenarioOf(findEntry(MTS)!));

describe("the library", () => {
  it("holds the MTS case and the teaching scenarios, all valid", () => {
    expect(LIBRARY.map((e) => e.id)).toContain(MTS);
    expect(LIBRARY.filter((e) => e.kind === "teaching").length).toBeGreaterThanOrEqual(6);
    for (const entry of LIBRARY) expect(Either.isRight(scenarioOf(entry)), entry.file).toBe(true);
  });
});

describe("the library's link", () => {
  it("is the bare page in English and '#lang=ru' in Russian; another language is a clear error", () => {
    expect(decodeHash("")).toEqual({ kind: "library" });
    expect(decodeHash("#lang=en")).toEqual({ kind: "library" });
    expect(decodeHash("#lang=ru")).toEqual({ kind: "library", lang: "ru" });
    expect(decodeHash("#lang=de")).toEqual({ kind: "error", problems: ['lang: expected en or ru, found "de"'] });
  });
});

describe("URL state", () => {
  const state: PlaygroundState = {
    scenarioId: MTS,
    from: "virtual contact centre",
    settings: { fidelity: "contact", replications: 3 },
    edits: {
      "training.trainingWeeks": 6,
      "pay.scheme": "fixed",
      "labourMarket.hhIndex": [{ month: "2023-01", value: 3 }],
    },
  };

  it("round-trips a state", () => {
    const decoded = decodeHash(`#${encodeHash(state, mts)}`);
    expect(decoded).toEqual({ kind: "state", state });
  });

  it("opens the library for an empty fragment and the scenario as its file has it for a bare one", () => {
    expect(decodeHash("")).toEqual({ kind: "library" });
    expect(decodeHash(`#scenario=${MTS}`)).toEqual({
      kind: "state",
      state: { scenarioId: MTS, from: "virtual contact centre", edits: {}, settings: {} },
    });
  });

  it.each([
    ["#scenario=nope", "not in this playground's library"],
    ["#from=baseline", "names no scenario"],
    [`#scenario=${MTS}&training.trainingWeeks=banana`, "training.trainingWeeks"],
    [`#scenario=${MTS}&training.trainingWeeks=99`, "training.trainingWeeks"],
    [`#scenario=${MTS}&pay.scheme=bonus`, "pay.scheme"],
    [`#scenario=${MTS}&agnets=3`, "agnets"],
    [`#scenario=${MTS}&from=nobody`, 'no variant "nobody"'],
    [`#scenario=${MTS}&fidelity=fast`, "fidelity"],
    [`#scenario=${MTS}&labourMarket.hhIndex=[{month: 2023-01, value: -1}]`, "hhIndex"],
    [`#scenario=${MTS}&training.trainingWeeks=%E0%A4%A`, "training.trainingWeeks"],
    [`#scenario=${MTS}&pay.scheme=[unclosed`, "pay.scheme"],
  ])("reports %s in words", (hash, expected) => {
    const decoded = decodeHash(hash);
    expect(decoded.kind).toBe("error");
    if (decoded.kind === "error") expect(decoded.problems.join("\n")).toContain(expected);
  });

  it("rejects a change the schema's cross-field checks forbid (remote hiring without online training)", () => {
    const decoded = decodeHash(`#scenario=${MTS}&from=baseline&recruiting.hiringMode=remote`);
    expect(decoded.kind).toBe("error");
  });
});

describe("the trainer's variant", () => {
  it("moves a lever inside the starting variant's intervention, where it takes effect", () => {
    const start = startingSet(mts, "virtual contact centre")!;
    const merged = mergeEdits(start, { "training.trainingWeeks": 6, "operations.shrinkage": 0.25 });
    const interventions = merged["interventions"] as { set: Record<string, unknown> }[];
    expect(interventions[0]!.set["training.trainingWeeks"]).toBe(6);
    expect(merged["operations.shrinkage"]).toBe(0.25);
    expect(effectiveValue(mts, start, {}, "training.trainingWeeks")).toBe(4);
    expect(effectiveValue(mts, start, {}, "pay.salaryPerMonth")).toBe(55000);
    // The case's own set is left alone.
    expect((start["interventions"] as { set: Record<string, unknown> }[])[0]!.set["training.trainingWeeks"]).toBe(4);
  });

  it("downloads as a YAML file that loads, keeps the case's comments and holds the trainer's variant", () => {
    const state: PlaygroundState = {
      scenarioId: MTS,
      from: "virtual contact centre",
      settings: { replications: 4 },
      edits: { "pay.scheme": "piece-rate" },
    };
    const entry = findEntry(MTS)!;
    const text = trainerYaml(entry, state, planRun(entry, mts, state).variantSet, "http://example/#x");
    expect(text).toContain("CALIBRATED");
    const loaded = Either.getOrThrow(loadScenario(text, "download.yaml"));
    expect(loaded.replications).toBe(4);
    expect(loaded.variants.map((v) => v.name)).toEqual(["your variant"]);
    expect(JSON.stringify(loaded.variants[0]!.set)).toContain('"pay.scheme":"piece-rate"');
  });
});
