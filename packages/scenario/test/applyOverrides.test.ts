import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { applyOverrides, loadScenario, type Scenario } from "../src/index.js";
import { MINIMAL, loadFails, loadOk } from "./helpers.js";

const base = (): Scenario => loadOk("scenarios/validation/small-centre.yaml");

const messages = (result: Either.Either<Scenario, { format(): string }>): string =>
  Either.isLeft(result) ? result.left.format() : "(no error)";

describe("applyOverrides", () => {
  it("applies dotted paths in file units and keeps everything else", () => {
    const scenario = base();
    const changed = Either.getOrThrow(
      applyOverrides(scenario, { "pay.scheme": "piece-rate", "demand.voice.handleTimeSec": 250 }),
    );
    expect(changed.pay.scheme).toBe("piece-rate");
    expect(changed.demand.voice?.handleTimeSec).toBe(250);
    expect({ ...changed, pay: scenario.pay, demand: scenario.demand }).toEqual(scenario);
    expect(scenario.pay.scheme).toBe("fixed");
  });

  it("replaces a whole section, filling its defaults", () => {
    const changed = Either.getOrThrow(applyOverrides(base(), { pay: { scheme: "piece-rate-tnps" } }));
    expect(changed.pay.scheme).toBe("piece-rate-tnps");
    expect(changed.pay.salaryPerMonth).toBe(55_000);
  });

  it("names an unknown path and suggests the nearest one", () => {
    expect(messages(applyOverrides(base(), { "training.trainingWeek": 5 }))).toBe(
      '<overrides>:1:1 training.trainingWeek: unknown parameter path "training.trainingWeek": did you mean "training.trainingWeeks"?',
    );
  });

  it("checks the value against the field", () => {
    expect(
      messages(applyOverrides(base(), { "calendar.horizonMonths": 120_000 }, { file: "sweep", line: 3, column: 7 })),
    ).toBe("sweep:3:7 calendar.horizonMonths: expected a whole number of months from 1 to 36, found 120000");
    expect(messages(applyOverrides(base(), { "demand.voice.patience": { meanSec: "long" } }))).toBe(
      '<overrides>:1:1 demand.voice.patience.meanSec: expected a positive number of seconds up to 86,400, found "long"',
    );
  });

  it("re-runs the cross-field checks", () => {
    expect(messages(applyOverrides(base(), { "training.minClassSize": 30 }))).toBe(
      "<overrides>:1:1 training.minClassSize: minClassSize (30) must not exceed maxClassSize (16)",
    );
  });

  it("refuses fields the kind of change may not touch", () => {
    expect(messages(applyOverrides(base(), { "calendar.horizonMonths": 6 }, { kind: "intervention" }))).toBe(
      "<overrides>:1:1 calendar.horizonMonths: an intervention cannot set calendar: it cannot change during a run; use a variant to compare a different value",
    );
    expect(messages(applyOverrides(base(), { schemaVersion: 1 }))).toBe(
      "<overrides>:1:1 schemaVersion: a variant cannot set schemaVersion: the file format cannot differ between variants",
    );
    expect(Either.isRight(applyOverrides(base(), { "calendar.horizonMonths": 9 }))).toBe(true);
    // A horizon that ends before the file's intervention (2024-07) would run without it.
    expect(messages(applyOverrides(base(), { "calendar.horizonMonths": 6 }))).toMatch(
      /interventions\[0\]\.from: 2024-07 is after the last simulated day \(2024-06-30/,
    );
  });

  // Each of these validated and ran as if it were not there (scripts/audit-inert-parameters.mjs): a demand file is
  // read once, before any change applies; an intervention cannot reach the starting workforce, the agents' drawn
  // skills and speeds, or the people layer's presence.
  it("refuses changes that would run as if they were not there", () => {
    const refused = (set: Record<string, unknown>, kind: "variant" | "intervention") =>
      messages(applyOverrides(base(), set, { kind }));
    const file = { path: "history.csv", format: "genesys" };
    expect(refused({ "demand.voice.demandFile": file }, "variant")).toMatch(
      /demand.voice.demandFile: a variant cannot set demand.voice.demandFile: the file is read once/,
    );
    expect(refused({ "demand.chat.demandFile.use": "intervals" }, "intervention")).toMatch(
      /an intervention cannot set demand.chat.demandFile: the file is read once/,
    );
    expect(refused({ "demand.voice": { handleTimeSec: 300, monthlyVolume: 1, demandFile: file } }, "variant")).toMatch(
      /cannot set demand.voice.demandFile/,
    );
    const starting: ReadonlyArray<readonly [string, unknown, string]> = [
      ["operations.initialHeadcount.proficient", 90, "operations.initialHeadcount"],
      ["operations.initialHeadcount.remoteShare", 0.2, "operations.initialHeadcount"],
      ["operations.skills", { voiceOnly: 0.2, multiSkill: 0.8 }, "operations.skills"],
      ["operations.speedFactorSigma", 0.3, "operations.speedFactorSigma"],
      ["simulatePeople", false, "simulatePeople"],
    ];
    for (const [key, value, shown] of starting) {
      expect(refused({ [key]: value }, "intervention")).toContain(`an intervention cannot set ${shown}: `);
      expect(Either.isRight(applyOverrides(base(), { [key]: value }, { kind: "variant" }))).toBe(true);
    }
    expect(refused({ operations: { initialHeadcount: { proficient: 90 } } }, "intervention")).toContain(
      "an intervention cannot set operations.initialHeadcount: it is the workforce on the start date",
    );
  });

  it("reports a partly given optional section as incomplete", () => {
    const minimal = Either.getOrThrow(loadScenario(MINIMAL, "m.yaml"));
    expect(messages(applyOverrides(minimal, { "demand.chat.concurrency": 3 }))).toContain(
      "demand.chat.handleTimeSec: missing: add handleTimeSec",
    );
  });
});

describe("variants and interventions in files", () => {
  it("places a bad value at the intervention that holds it", () => {
    const text = `${MINIMAL}interventions:
  - from: 2024-03
    set: { pay.scheme: piece-rate }
  - from: 2024-06
    set:
      training.trainingWeeks: 0
      recruiting.remoteCatchmentMultiplier: 20
`;
    expect(loadFails(text).format().split("\n")).toEqual([
      'test.yaml:17:31 interventions[1].set["training.trainingWeeks"]: expected a whole number of weeks from 1 to 26, found 0',
      'test.yaml:18:45 interventions[1].set["recruiting.remoteCatchmentMultiplier"]: expected a number from 1 to 10, found 20',
    ]);
  });

  it("places a change an intervention cannot make at its key", () => {
    const text = `${MINIMAL}interventions:
  - from: 2024-03
    set: { operations.initialHeadcount.proficient: 90 }
`;
    expect(loadFails(text).format()).toBe(
      'test.yaml:14:12 interventions[0].set["operations.initialHeadcount.proficient"]: an intervention cannot set operations.initialHeadcount: it is the workforce on the start date, which a dated change cannot reach; use a variant',
    );
  });

  it("refuses a variant's own seed, replications or fidelity (every variant runs on the file's, so it ran as the baseline)", () => {
    const text = `${MINIMAL}variants:
  - name: contact
    set: { fidelity: contact, operations.shrinkage: 0.25 }
  - name: other draws
    set: { seed: 7 }
`;
    expect(loadFails(text).format().split("\n")).toEqual([
      "test.yaml:14:12 variants[0].set.fidelity: a variant cannot set fidelity: every variant runs with the file's seed, replications and fidelity (the same random numbers, so the comparison is paired), so it would run as the scenario without it; set it in the file or as a run option",
      expect.stringMatching(/^test\.yaml:16:12 variants\[1\]\.set\.seed: a variant cannot set seed: /),
    ]);
    // The playground applies run settings to the scenario it runs, not as a variant of it.
    expect(Either.isRight(applyOverrides(base(), { fidelity: "contact", replications: 3 }))).toBe(true);
  });

  it("reports a variant list entry with a non-dotted key at the key", () => {
    const text = `${MINIMAL}variants:\n  - name: odd\n    set: { "pay scheme": fixed }\n`;
    expect(loadFails(text).format()).toBe(
      'test.yaml:14:12 variants[0].set["pay scheme"]: "pay scheme" is not a dotted parameter path such as demand.voice.handleTimeSec',
    );
  });

  it("refuses an empty set", () => {
    const text = `${MINIMAL}variants:\n  - { name: a, set: { pay.scheme: fixed } }\n  - { name: b, set: {} }\n`;
    expect(loadFails(text).format()).toBe(
      "test.yaml:14:16 variants[1].set: set is empty: give at least one dotted.parameter.path: value",
    );
  });

  it("refuses duplicate variant names", () => {
    const text = `${MINIMAL}variants:\n  - { name: a, set: { pay.scheme: fixed } }\n  - { name: a, set: { pay.scheme: piece-rate } }\n`;
    expect(loadFails(text).format()).toBe('test.yaml:14:13 variants[1].name: variant name "a" is used twice');
  });
});
