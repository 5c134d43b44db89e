import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Effect, Either } from "effect";
import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH, ScenarioError, loadScenario, loadScenarioEffect, loadScenarioResult } from "../src/index.js";
import { MINIMAL, loadFails, testDir } from "./helpers.js";

const fixture = (name: string): string => readFileSync(join(testDir, "fixtures/broken", name), "utf8");

/** Golden messages: the exact text users see, with line, column and path. */
const GOLDEN: Record<string, ReadonlyArray<string>> = {
  "wrong-type.yaml": ['8:20 demand.voice.handleTimeSec: expected a number of seconds from 1 to 7,200, found "abc"'],
  "unknown-key.yaml": [
    '4:3 calendar.horizonMonhts: unknown key "horizonMonhts": did you mean "horizonMonths"?',
    "11:3 operations.initialHeadcount.proficient: missing: add proficient (a whole number of agents from 0 to 100,000)",
    '12:5 operations.initialHeadcount.proficent: unknown key "proficent": did you mean "proficient"?',
  ],
  "missing-field.yaml": [
    "6:3 demand.voice.handleTimeSec: missing: add handleTimeSec (a number of seconds from 1 to 7,200)",
  ],
  "out-of-range.yaml": ["10:14 operations.shrinkage: expected a number from 0 to 0.9, found 1.5"],
  "bad-date.yaml": ['4:14 calendar.startDate: expected a date written YYYY-MM or YYYY-MM-DD, found "2024-13"'],
  "yaml-syntax.yaml": [
    "9:5 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
  ],
  "alias-bomb.yaml": ["4:8 too many alias expansions (more than 100); this looks like an alias bomb"],
  "nan.yaml": [
    "7:20 demand.voice.monthlyVolume: expected a number of contacts from 0 to 100,000,000, found .inf (infinity)",
    "8:20 demand.voice.handleTimeSec: expected a number of seconds from 1 to 7,200, found .nan (not a number)",
  ],
  "horizon-10000-years.yaml": [
    "5:18 calendar.horizonMonths: expected a whole number of months from 1 to 36, found 120000",
  ],
  "billion-agents.yaml": [
    "11:17 operations.initialHeadcount.proficient: expected a whole number of agents from 0 to 100,000, found 1000000000",
  ],
  "duplicate-key.yaml": ['9:5 duplicate key "handleTimeSec": each key may appear only once in a mapping'],
  "no-version.yaml": [
    "1:1 schemaVersion: missing: add `schemaVersion: 1` at the top of the file (the scenario format version it is written for)",
  ],
  "newer-version.yaml": [
    "1:16 schemaVersion: this file is written for scenario format version 2, but this ccsim reads versions up to 1: update ccsim",
  ],
  "two-documents.yaml": [
    "12:1 the file holds more than one YAML document (a line with ---); a scenario file holds exactly one",
  ],
  "not-a-mapping.yaml": [
    "1:1 expected a mapping of scenario sections at the top level (schemaVersion:, name:, calendar:, ...), found a list of 2 items",
  ],
  "bad-changes.yaml": [
    '15:7 variants[0].set["demand.voice.handleTimeSek"]: unknown parameter path "demand.voice.handleTimeSek": did you mean "demand.voice.handleTimeSec"?',
    '16:19 variants[0].set["pay.scheme"]: expected one of "fixed", "piece-rate", "piece-rate-tnps", found "piecerate"',
  ],
  "intervention-outside-period.yaml": [
    "16:11 interventions[1].from: 2024-07 is after the last simulated day (2024-06-30, the end of 6 months from 2024-01): the change would never apply; move it into the period or lengthen calendar.horizonMonths",
  ],
  "variant-breaks-check.yaml": [
    "15:30 variants[0].set: with this variant applied, training.minClassSize: minClassSize (40) must not exceed maxClassSize (20)",
    '18:5 interventions[0].set: with this intervention applied, training.online: recruiting.hiringMode is "remote", so remote hires must be trained online: set training.online: true',
  ],
};

describe("loadScenario: golden error messages", () => {
  it.each(Object.entries(GOLDEN))("%s", (name, expected) => {
    const file = `fixtures/broken/${name}`;
    const error = loadFails(fixture(name), file);
    expect(error.format()).toBe(expected.map((line) => `${file}:${line}`).join("\n"));
  });

  it("has a golden entry for every broken fixture", () => {
    const names = Object.keys(GOLDEN).sort();
    const onDisk = readdirSync(join(testDir, "fixtures/broken")).sort();
    expect(names).toEqual(onDisk);
  });
});

describe("loadScenario: reading limits", () => {
  it("refuses a text over the size limit at once", () => {
    const text = `${MINIMAL}description: "${"x".repeat(MAX_TEXT_LENGTH)}"\n`;
    expect(loadFails(text).format()).toBe(
      "test.yaml:1:1 the file is 1.0 MB; at most 1 MB is accepted (scenarios are a few kB)",
    );
  });

  it("refuses the billion-laughs alias bomb", () => {
    expect(loadFails(fixture("alias-bomb.yaml")).issues.length).toBeGreaterThan(0);
  });

  it.each([
    ["a deep flow list", `a: ${"[".repeat(100_000)}${"]".repeat(100_000)}`],
    ["a deep flow mapping", `a: ${"{b: ".repeat(10_000)}1${"}".repeat(10_000)}`],
    ["deep indentation", Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")],
    ["compact nested lists", `a:\n  ${"- ".repeat(5000)}x`],
  ])("refuses %s before parsing (the parser could overflow the stack)", (_, text) => {
    expect(loadFails(text).issues[0]?.message).toMatch(/nests more than 200 levels deep/);
  });

  it.each([
    ["an empty file", "", "1:1 the file is empty: a scenario is a mapping that starts with `schemaVersion: 1`"],
    [
      "a comment only",
      "# nothing here\n",
      "1:1 the file is empty: a scenario is a mapping that starts with `schemaVersion: 1`",
    ],
    [
      "a plain scalar",
      "hello\n",
      '1:1 expected a mapping of scenario sections at the top level (schemaVersion:, name:, calendar:, ...), found "hello"',
    ],
    ["a complex key", "? [a, b]\n: 1\n", "1:3 keys must be plain words; this key is empty, a list or a mapping"],
    [
      "an undefined alias",
      "schemaVersion: 1\nname: *nope\n",
      "2:7 an alias (*name) refers to an anchor (&name) that is not defined before it",
    ],
    [
      "an unknown tag",
      "schemaVersion: 1\nname: !secret x\n",
      "2:7 unsupported YAML tag: scenario files use plain values (Unresolved tag: !secret)",
    ],
    ["a tab indent", "calendar:\n\tstartDate: 2024-01\n", "2:1 YAML syntax error: Tabs are not allowed as indentation"],
  ])("refuses %s with a located message", (_, text, expected) => {
    expect(loadFails(text).format()).toBe(`test.yaml:${expected}`);
  });

  it("allows a few aliases, e.g. to reuse a value", () => {
    const text =
      MINIMAL.replace("monthlyVolume: 60000", "monthlyVolume: &volume 60000") +
      "variants:\n  - name: same volume\n    set: { demand.voice.monthlyVolume: *volume }\n";
    expect(Either.isRight(loadScenario(text, "aliases.yaml"))).toBe(true);
  });
});

describe("loadScenario: decoding", () => {
  it("reports every problem at once, in file order", () => {
    const text = `schemaVersion: 1
name: ""
fidelity: fast
shrinkage: 0.3
calendar:
  startDate: 2024-02-30
  closeHour: 7
demand: {}
operations:
  initialHeadcount: { proficient: -1 }
  skills: { voiceOnly: 0.5 }
`;
    expect(loadFails(text).format().split("\n")).toEqual([
      'test.yaml:2:7 name: expected text of 1 to 200 characters, found ""',
      'test.yaml:3:11 fidelity: expected one of "contact", "interval", found "fast"',
      'test.yaml:4:1 shrinkage: unknown key "shrinkage" here: it belongs at operations.shrinkage',
      'test.yaml:6:14 calendar.startDate: expected a date written YYYY-MM or YYYY-MM-DD, found "2024-02-30"',
      "test.yaml:8:1 demand: missing: demand needs at least one channel, voice or chat",
      "test.yaml:10:35 operations.initialHeadcount.proficient: expected a whole number of agents from 0 to 100,000, found -1",
      "test.yaml:11:3 operations.skills: voiceOnly + chatOnly + multiSkill must add up to 1; they add up to 1.5",
    ]);
  });

  it("says what to write for a percentage typed where a share up to 1 is expected", () => {
    const text = MINIMAL.replace(
      "    handleTimeSec: 300",
      "    handleTimeSec: 300\n    serviceLevel: { target: 80 }\n    forecastErrorCv: '5%'\n    handleTimeCv: 1.5",
    ).replace("operations:", "operations:\n  shrinkage: 1.5\n  maxAbandonRate: 250");
    expect(loadFails(text).format().split("\n")).toEqual([
      "test.yaml:9:29 demand.voice.serviceLevel.target: expected a positive number up to 1, found 80 (a percentage? 80% is 0.8)",
      'test.yaml:10:22 demand.voice.forecastErrorCv: expected a number from 0 to 1, found "5%" (a percentage? 5% is 0.05)',
      // Not a share (handle-time cv goes to 3), not a whole number, or not a percentage at all: no guess.
      "test.yaml:13:14 operations.shrinkage: expected a number from 0 to 0.9, found 1.5",
      "test.yaml:14:19 operations.maxAbandonRate: expected a positive number below 1, found 250",
    ]);
  });

  it("says where a key one level too shallow belongs, when several fields share its name", () => {
    // The usual indentation slip: handleTimeSec under demand instead of demand.voice.
    const text = MINIMAL.replace("    handleTimeSec: 300", "  handleTimeSec: 300");
    expect(loadFails(text).format().split("\n")).toEqual([
      "test.yaml:6:3 demand.voice.handleTimeSec: missing: add handleTimeSec (a number of seconds from 1 to 7,200)",
      'test.yaml:8:3 demand.handleTimeSec: unknown key "handleTimeSec" here: it belongs at demand.voice.handleTimeSec or demand.chat.handleTimeSec',
    ]);
    // Under a mapping none of them is in, the places are all named while they are few, and not past that.
    expect(loadFails(`${MINIMAL}pay:\n  handleTimeSec: 300\n  enabled: true\n`).format().split("\n")).toEqual([
      'test.yaml:13:3 pay.handleTimeSec: unknown key "handleTimeSec" here: it belongs at demand.voice.handleTimeSec or demand.chat.handleTimeSec',
      'test.yaml:14:3 pay.enabled: unknown key "enabled"; valid keys here: scheme, salaryPerMonth, baseSalaryPerMonth, pieceRatePerContact, tnpsTiers, effortElasticity, qualityLossCoefficient, qualityWeightInRate',
    ]);
  });

  it("checks fields that depend on other sections", () => {
    const text = MINIMAL.replace("startDate: 2024-01", "startDate: 2024-01\n  openHour: 9\n  closeHour: 17").replace(
      "handleTimeSec: 300",
      "handleTimeSec: 300\n    intradayShares: [1, 2, 3]",
    );
    expect(loadFails(text).format()).toBe(
      "test.yaml:11:5 demand.voice.intradayShares: expected 16 weights (one per 30-minute interval from 9:00 to 17:00), found 3\n" +
        "test.yaml:12:1 operations.shifts: the default shift templates start outside the opening hours (9:00 to 17:00): give operations.shifts that fit them",
    );
    const withShifts = `${text}  shifts:\n    - { name: day, lengthHours: 8, startTimes: ["09:00", "08:30"] }\n`;
    expect(loadFails(withShifts).format().split("\n")[1]).toBe(
      "test.yaml:16:58 operations.shifts[0].startTimes[1]: shift start 08:30 is outside opening hours (9:00 to 17:00)",
    );
  });

  it("fails with a tagged ScenarioError whose message is the formatted report, without a stack trace", () => {
    const error = loadFails(fixture("wrong-type.yaml"), "x.yaml");
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error._tag).toBe("ScenarioError");
    expect(error.message).toBe(error.format());
    expect(error.issues[0]).toEqual({
      file: "x.yaml",
      line: 8,
      column: 20,
      path: "demand.voice.handleTimeSec",
      message: 'expected a number of seconds from 1 to 7,200, found "abc"',
    });
    expect(error.format()).not.toMatch(/\bat \w+ \(|Effect|ParseError/);
  });

  it("offers Effect and plain-object forms", async () => {
    const ok = await Effect.runPromise(loadScenarioEffect(MINIMAL, "m.yaml"));
    expect(ok.name).toBe("Minimal");
    const failed = await Effect.runPromise(Effect.flip(loadScenarioEffect("name: x\n", "m.yaml")));
    expect(failed._tag).toBe("ScenarioError");
    expect(loadScenarioResult(MINIMAL, "m.yaml").ok).toBe(true);
    const plain = loadScenarioResult("name: x\n", "m.yaml");
    expect(plain.ok ? "" : plain.text).toMatch(/^m\.yaml:1:1 schemaVersion: missing/);
  });
});

// How long these take is measured by `pnpm bench`, never asserted here (a loaded CI machine is not a slow parser).
describe("loadScenario: large broken files stay bounded", () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ["many duplicate keys", `schemaVersion: 1\n${"a: 1\n".repeat(30_000)}`],
    [
      "many unknown keys",
      `schemaVersion: 1\nname: x\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join("\n")}`,
    ],
    [
      "a huge list of bad values",
      `${MINIMAL.replace("handleTimeSec: 300", `handleTimeSec: 300\n    intradayShares: [${"x,".repeat(50_000)}x]`)}`,
    ],
  ];
  it.each(cases)("%s: at most 200 issues plus a note", (_, text) => {
    const issues = loadFails(text).issues;
    expect(issues.length).toBeLessThanOrEqual(201);
    expect(issues.at(-1)?.message).toBe("more problems not shown: fix these first");
  });
});
