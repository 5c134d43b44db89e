// The plain library entry: every kind of source gives the same checked scenario, problems come back located
// (never thrown), and the result is the document the CLI writes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { CCSIM_VERSION, checkScenario, compareVariants, simulate, sweep, type ScenarioSource } from "../src/index.js";

const TEXT = `schemaVersion: 1
name: api test
replications: 2
fidelity: interval
calendar: { startDate: 2024-01, horizonMonths: 3 }
demand:
  voice: { monthlyVolume: 40000, handleTimeSec: 300 }
operations:
  initialHeadcount: { proficient: 70 }
  skills: { voiceOnly: 1, multiSkill: 0 }
variants:
  - name: fewer agents
    set: { operations.initialHeadcount.proficient: 60 }
`;

const root = fileURLToPath(new URL("../../..", import.meta.url));

describe("simulate", () => {
  it("returns the result document with provenance, per-variant estimates and paired comparisons", async () => {
    const out = await simulate({ text: TEXT, file: "api.yaml" });
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    const { result } = out;
    expect(result.variants.map((v) => v.name)).toEqual(["baseline", "fewer agents"]);
    expect(result.variants[0]!.months).toHaveLength(3);
    expect(result.comparisons).toHaveLength(1);
    expect(result.provenance).toMatchObject({
      ccsimVersion: CCSIM_VERSION,
      scenarioFile: "api.yaml",
      seed: out.scenario.seed,
      replications: 2,
      fidelity: "interval",
    });
    expect(result.provenance.scenarioSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.provenance.command).toBe(
      `ccsim run api.yaml --replications 2 --seed ${out.scenario.seed} --fidelity interval`,
    );
    // Ten agents fewer on the same random numbers: a worse service level in every replication.
    const sl = result.comparisons[0]!.overall.find((d) => d.kpi === "voice.serviceLevel")!;
    expect(sl.difference.mean).toBeLessThan(0);
  });

  it("gives the same result for the same scenario as a path, as text and as data", async () => {
    const path = join(root, "scenarios/teaching/staffing-levers.yaml");
    const text = readFileSync(path, "utf8");
    const data = Either.getOrThrow(loadScenario(text, path));
    const options = { replications: 2, fidelity: "interval" as const };
    const results = await Promise.all(
      ([{ path }, { text, file: path }, { scenario: data, file: path }] as ScenarioSource[]).map((s) =>
        simulate(s, options),
      ),
    );
    const variants = results.map((r) => (r.ok ? r.result.variants : r.problems));
    expect(variants[1]).toEqual(variants[0]);
    expect(variants[2]).toEqual(variants[0]);
  });

  it("takes options over the scenario's settings, and reports meaningless options as problems", async () => {
    const out = await simulate({ text: TEXT }, { replications: 1, seed: 7 });
    expect(out.ok && out.result.provenance).toMatchObject({ replications: 1, seed: 7 });
    const bad = await simulate({ text: TEXT }, { replications: 0, seed: 1.5 });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(["replications", "seed"]);
  });
});

describe("located problems, never exceptions", () => {
  it("names the line, column and field of each problem in a file's text", async () => {
    const out = await checkScenario({
      text: TEXT.replace("handleTimeSec: 300", "handleTimeSec: -3"),
      file: "bad.yaml",
    });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ file: "bad.yaml", line: 7, path: "demand.voice.handleTimeSec" });
  });

  it("locates problems in data by their field path", async () => {
    const out = await checkScenario({
      scenario: { schemaVersion: 1, name: "x", calendar: { startDate: "2024-01", horizonMonths: "six" } },
    });
    expect(out.ok ? [] : out.problems.map((p) => p.path)).toContain("calendar.horizonMonths");
  });

  it("reports data that is not plain (a cycle) as a problem", async () => {
    const cyclic: Record<string, unknown> = { schemaVersion: 1 };
    cyclic["self"] = cyclic;
    const out = await checkScenario({ scenario: cyclic, file: "cyclic.json" });
    expect(out.ok ? undefined : out.problems[0]).toMatchObject({
      file: "cyclic.json",
      message: expect.stringMatching(/^the scenario is not plain data/),
    });
  });

  it("refuses a variant that changes how a demand file is read (it is read once, so the variant ran as the baseline)", async () => {
    const file = join(root, "scenarios/examples/from-genesys-history.yaml");
    const text = readFileSync(file, "utf8").replace(
      /^variants:\n/m,
      "variants:\n  - name: forecast\n    set: { demand.voice.demandFile.use: intervals }\n",
    );
    const out = await checkScenario({ text, file });
    expect(out.ok ? [] : out.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /^variants\[0\]\.set\["demand\.voice\.demandFile\.use"\]: a variant cannot set demand\.voice\.demandFile: the file is read once/,
      ),
    ]);
  });

  it("reports a file that cannot be read, and a bare string, as problems", async () => {
    const missing = await simulate({ path: join(root, "no-such-file.yaml") });
    expect(missing.ok ? "" : missing.problems[0]!.message).toBe(
      "cannot read the file: there is no such file; check the path",
    );
    const folder = await simulate({ path: join(root, "scenarios") });
    expect(folder.ok ? "" : folder.problems[0]!.message).toBe(
      "cannot read the file: it is a folder; give the path of a file inside it",
    );
    const bare = await simulate("scenarios/x.yaml" as unknown as ScenarioSource);
    expect(bare.ok ? "" : bare.problems[0]!.message).toMatch(/wrap it: \{ path \} or \{ text \}/);
  });

  it("compareVariants wants variants; sweep names bad axes under axesName", async () => {
    const none = await compareVariants({ text: TEXT.slice(0, TEXT.indexOf("variants:")), file: "one.yaml" });
    expect(none.ok ? undefined : none.problems[0]).toMatchObject({ file: "one.yaml", path: "variants" });
    const bad = await sweep({ text: TEXT }, [{ path: "operations.shrinkag", values: [0.3] }], { axesName: "--set" });
    expect(bad.ok ? "" : `${bad.problems[0]!.file} ${bad.problems[0]!.message}`).toMatch(
      /^--set unknown parameter path/,
    );
    // Every point runs on the file's seed, replications and fidelity: such an axis gave the same result at each point.
    const shared = await sweep({ text: TEXT }, [{ path: "fidelity", values: ["interval", "contact"] }], {
      axesName: "--set",
    });
    expect(
      shared.ok ? "" : `${shared.problems[0]!.file} ${shared.problems[0]!.path}: ${shared.problems[0]!.message}`,
    ).toMatch(
      /^--set fidelity: a sweep axis cannot set fidelity: every point of a sweep runs with the file's seed, replications and fidelity/,
    );
  });
});

describe("sweep", () => {
  it("runs the baseline once per grid point, in grid order, without the file's variants", async () => {
    const out = await sweep({ text: TEXT }, [{ path: "operations.shrinkage", values: [0.25, 0.35] }], {
      replications: 2,
    });
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    expect(out.points).toEqual([{ "operations.shrinkage": 0.25 }, { "operations.shrinkage": 0.35 }]);
    expect(out.result.variants.map((v) => v.name)).toEqual(["operations.shrinkage=0.25", "operations.shrinkage=0.35"]);
    expect(out.result.caseCard).toBeUndefined();
  });
});

describe("a prepared scenario", () => {
  it("runs like its source, without reading it again", async () => {
    const prepared = await checkScenario({ text: TEXT });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
    const [a, b] = await Promise.all([simulate(prepared), simulate({ text: TEXT })]);
    expect(a.ok && a.result).toEqual(b.ok && b.result);
  });

  it("every scenario in the library survives the round trip through data (the playground passes decoded scenarios)", async () => {
    const dirs = ["scenarios/cases", "scenarios/teaching"];
    for (const dir of dirs) {
      for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith(".yaml"))) {
        const text = readFileSync(join(root, dir, name), "utf8");
        const fromText = await checkScenario({ text, file: name });
        const fromData = await checkScenario({ scenario: Either.getOrThrow(loadScenario(text, name)), file: name });
        expect(fromData.ok && fromData.variants.map((v) => v.params), name).toEqual(
          fromText.ok && fromText.variants.map((v) => v.params),
        );
      }
    }
  });
});

it("CCSIM_VERSION is the package's version", () => {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  expect(CCSIM_VERSION).toBe(version);
});

describe("the main entry", () => {
  it("exports no function that returns Effect's Either (those live in @ccsim/runner/effect)", async () => {
    const names = Object.keys(await import("../src/index.js"));
    expect(names).toEqual(
      expect.arrayContaining(["simulate", "compareVariants", "sweep", "checkScenario", "formatProblem"]),
    );
    for (const name of ["resolveVariants", "sweepPoints", "compileChanges", "compileScenario"])
      expect(names).not.toContain(name);
  });

  it("has signatures free of Effect types", () => {
    // The declarations users' editors read (built by tsc -b before the tests): the plain API's import nothing from
    // effect, and name no Either, Effect or Schema (the scenario's type is plain data, declared in @ccsim/scenario).
    for (const file of ["api.d.ts", "source.d.ts"]) {
      const text = readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8");
      expect(text, file).not.toMatch(/from "effect"|\bEither\b|\bEffect\.|\bSchema\b/);
    }
  });
});
