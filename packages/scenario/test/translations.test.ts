// `translations:`: the scenario's texts in Russian, checked against the file's variants and interventions.
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { loadScenario, scenarioTexts } from "../src/index.js";
import { loadOk } from "./helpers.js";

const BASE = `schemaVersion: 1
name: translated
description: In English.
calendar: { startDate: 2024-01 }
demand:
  voice: { monthlyVolume: 60000, handleTimeSec: 300 }
operations:
  initialHeadcount: { proficient: 60 }
interventions:
  - { from: 2024-06, description: Summer, set: { demand.voice.monthlyTrendPct: 1 } }
variants:
  - name: remote hiring
    description: All remote.
    set: { recruiting.hiringMode: remote, training.online: true }
`;

const problems = (translations: string): string[] => {
  const result = loadScenario(`${BASE}translations:\n${translations}`, "t.yaml");
  return Either.isLeft(result) ? result.left.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`) : [];
};

describe("scenario translations", () => {
  it("gives the translated texts in Russian and the file's own in English", () => {
    const result = loadScenario(
      `${BASE}translations:\n  ru:\n    name: переведённый\n    variants: { remote hiring: { name: удалённый найм } }\n    interventions: { Summer: Лето }\n`,
      "t.yaml",
    );
    if (Either.isLeft(result)) throw new Error(result.left.format());
    const ru = scenarioTexts(result.right, "ru");
    expect([ru.name, ru.description, ru.variantName("remote hiring"), ru.intervention("Summer")]).toEqual([
      "переведённый",
      "In English.",
      "удалённый найм",
      "Лето",
    ]);
    // Not translated: the file's words.
    expect(ru.variantDescription("remote hiring", "All remote.")).toBe("All remote.");
    const en = scenarioTexts(result.right, "en");
    expect([en.name, en.variantName("remote hiring"), en.intervention("Summer")]).toEqual([
      "translated",
      "remote hiring",
      "Summer",
    ]);
  });

  it("refuses a key that names no variant or intervention, at its line", () => {
    expect(problems("  ru:\n    variants: { remote: { name: x } }\n    interventions: { Winter: Зима }\n")).toEqual([
      `17:17 translations.ru.variants.remote: no variant is named "remote"; the variants are "remote hiring"`,
      "18:22 translations.ru.interventions.Winter: no intervention has this description: the key must repeat an intervention's description exactly",
    ]);
  });

  it("refuses languages it has no catalogue for and unknown fields", () => {
    expect(problems("  de: { name: übersetzt }\n").join("\n")).toMatch(/unknown key "de"/);
    expect(problems("  ru: { title: x }\n").join("\n")).toMatch(/unknown key "title"/);
  });

  it("translates every variant of the MTS case and the teaching files into Russian", () => {
    for (const path of [
      "scenarios/cases/mts-virtual-contact-centre.yaml",
      "scenarios/teaching/labour-market-shock.yaml",
      "scenarios/teaching/occupancy-burnout-spiral.yaml",
      "scenarios/teaching/onboarding-and-ramp-up.yaml",
      "scenarios/teaching/pay-schemes.yaml",
      "scenarios/teaching/referral-programme.yaml",
      "scenarios/teaching/remote-hiring.yaml",
      "scenarios/teaching/staffing-levers.yaml",
    ]) {
      const scenario = loadOk(path);
      const ru = scenario.translations?.ru;
      expect(ru?.name, path).toBeDefined();
      for (const v of scenario.variants) expect(ru?.variants?.[v.name]?.name, `${path}: ${v.name}`).toBeDefined();
      for (const i of scenario.interventions)
        if (i.description !== undefined) expect(ru?.interventions?.[i.description], path).toBeDefined();
    }
  });
});
