import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, loadScenario, migrate } from "../src/index.js";
import { MINIMAL, loadFails } from "./helpers.js";

const VERSION_0 = `${MINIMAL.replace("schemaVersion: 1", "schemaVersion: 0").replace("handleTimeSec", "ahtSec")}variants:
  - name: faster
    set: { demand.voice.ahtSec: 250 }
`;

describe("migrate", () => {
  it("chains from the oldest version to the current one", () => {
    MIGRATIONS.forEach((m, i) => expect(m.from).toBe((MIGRATIONS[0]?.from ?? 0) + i));
    expect((MIGRATIONS.at(-1)?.from ?? -1) + 1).toBe(CURRENT_SCHEMA_VERSION);
  });

  it("reads a version-0 file: ahtSec becomes handleTimeSec, in the channel and in overrides", () => {
    const scenario = Either.getOrThrow(loadScenario(VERSION_0, "old.yaml"));
    expect(scenario.schemaVersion).toBe(1);
    expect(scenario.demand.voice?.handleTimeSec).toBe(300);
    expect(scenario.variants[0]?.set).toEqual({ "demand.voice.handleTimeSec": 250 });
  });

  it("reports problems of a migrated file at the file's own keys", () => {
    const broken = VERSION_0.replace("ahtSec: 300", "ahtSec: slow").replace("ahtSec: 250", "ahtSec: -1");
    expect(loadFails(broken, "old.yaml").format().split("\n")).toEqual([
      'old.yaml:8:13 demand.voice.ahtSec: expected a number of seconds from 1 to 7,200, found "slow"',
      'old.yaml:14:33 variants[0].set["demand.voice.ahtSec"]: expected a number of seconds from 1 to 7,200, found -1',
    ]);
  });

  it("leaves current files alone", () => {
    const data = { schemaVersion: 1, name: "x" };
    const result = migrate(data);
    expect(result.ok && result.data).toBe(data);
  });

  it.each([
    [{}, "missing: add `schemaVersion: 1` at the top of the file (the scenario format version it is written for)"],
    [{ schemaVersion: "1" }, 'expected a whole number such as 1, found "1"'],
    [{ schemaVersion: 1.5 }, "expected a whole number such as 1, found 1.5"],
    [
      { schemaVersion: 7 },
      "this file is written for scenario format version 7, but this ccsim reads versions up to 1: update ccsim",
    ],
    [{ schemaVersion: -1 }, "-1 is not a scenario format version; versions 0 to 1 are read"],
  ])("refuses %j", (data, message) => {
    expect(migrate(data)).toEqual({ ok: false, message });
  });
});
