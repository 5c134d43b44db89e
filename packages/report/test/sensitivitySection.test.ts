// The report's sensitivity section from a saved study document: the band sentences read the right direction for
// each KPI, the tornado lists parameters by influence and renders, and scenarios without `uncertain` get no section.
import type { RobustnessJson, Scenario, SensitivityDocument } from "@ccsim/scenario";
import { describe, expect, it } from "vitest";
import { bandSentence, CHART_FONT_PX, locale, renderSvg, sensitivityReport } from "../src/index.js";

const robust = (kpi: string, nominal: number, shares: { pos: number; neg: number }): RobustnessJson => ({
  kpi,
  variant: "remote",
  nominal,
  shareSameSign: nominal > 0 ? shares.pos : shares.neg,
  sharePositive: shares.pos,
  shareNegative: shares.neg,
  p05: -0.01,
  p50: 0.02,
  p95: 0.05,
  worlds: 40,
});

const parameters = [
  {
    path: "demand.voice.monthlyVolume",
    min: 50000,
    max: 70000,
    distribution: "uniform" as const,
    source: "assumption",
    why: "not reported",
  },
  {
    path: "labourMarket.marketWagePerMonth",
    min: 48000,
    max: 65000,
    distribution: "uniform" as const,
    source: "assumption",
  },
];

function study(method: "morris" | "sobol"): SensitivityDocument {
  const row = (variant: string, measure: "level" | "difference", parameter: string, size: number) =>
    method === "morris"
      ? { kpi: "voice.serviceLevel", variant, measure, parameter, muStar: size, mu: -size, sigma: size / 2 }
      : {
          kpi: "voice.serviceLevel",
          variant,
          measure,
          parameter,
          first: { mean: size, ci95_low: size - 0.05, ci95_high: size + 0.05 },
          total: { mean: size + 0.1, ci95_low: size, ci95_high: size + 0.2 },
        };
  return {
    kind: "ccsim-sensitivity",
    scenario: "s",
    provenance: {
      ccsimVersion: "0.1.0",
      gitCommit: "abc",
      scenarioFile: "s.yaml",
      scenarioSha256: "0".repeat(64),
      seed: 1,
      replications: 2,
      fidelity: "interval",
      command: "ccsim sensitivity s.yaml",
    },
    method,
    samples: 4,
    worlds: 13,
    runs: 52,
    parameters,
    kpis: ["voice.serviceLevel"],
    sensitivity: [
      row("baseline", "level", parameters[0]!.path, 0.08),
      row("baseline", "level", parameters[1]!.path, 0.01),
      row("remote", "difference", parameters[0]!.path, 0.02),
      row("remote", "difference", parameters[1]!.path, 0.03),
    ],
    robustness: [robust("voice.serviceLevel", 0.02, { pos: 0.9, neg: 0.1 })],
  };
}

const scenario = (uncertain: typeof parameters | []): Scenario => ({ uncertain }) as unknown as Scenario;

describe("sensitivity section", () => {
  it("says in how many worlds the variant beats the baseline, reading lower-is-better KPIs the right way", () => {
    expect(bandSentence(robust("voice.serviceLevel", 0.02, { pos: 0.9, neg: 0.1 }))).toBe(
      'Across the declared ranges "remote" beats the baseline on voice SL in 90% of 40 sampled worlds (difference from the 5th to the 95th ' +
        "percentile of worlds −1.0 pp to +5.0 pp; as declared +2.0 pp); the difference keeps its declared sign in 90%.",
    );
    expect(bandSentence(robust("costPerContact", -3, { pos: 0.25, neg: 0.75 }))).toMatch(
      /beats the baseline on cost\/contact in 75% of 40 sampled worlds .* as declared −RUB\s3\.0\)/,
    );
    expect(bandSentence(robust("headcount", 5, { pos: 0.6, neg: 0.4 }))).toMatch(
      /has a higher headcount than the baseline in 60%/,
    );
  });

  it("is absent without uncertain parameters, and says how to run a study when none is given", () => {
    expect(sensitivityReport(scenario([]))).toBeUndefined();
    const s = sensitivityReport(scenario(parameters))!;
    expect(s.declaredRows).toEqual([
      ["demand.voice.monthlyVolume", "50,000 to 70,000", "uniform", "assumption", "not reported"],
      ["labourMarket.marketWagePerMonth", "48,000 to 65,000", "uniform", "assumption", ""],
    ]);
    expect(s.charts).toEqual([]);
    expect(s.studyText).toMatch(/ccsim sensitivity FILE --out sensitivity.json/);
    // In Russian: the section's words, the numbers in the locale's form, the scenario's own translated reason.
    const translated = {
      ...scenario(parameters),
      translations: {
        ru: { uncertain: { "demand.voice.monthlyVolume": { source: "допущение", why: "не раскрыто" } } },
      },
    };
    const ru = sensitivityReport(translated, undefined, locale("ru", "RUB"))!;
    expect(ru.title).toBe("Чувствительность к заявленным допущениям");
    expect(ru.declaredRows[0]).toEqual([
      "demand.voice.monthlyVolume",
      "от 50\u00a0000 до 70\u00a0000",
      "равномерное",
      "допущение",
      "не раскрыто",
    ]);
    expect(ru.declaredRows[1]?.[3]).toBe("допущение");
  });

  it.each(["morris", "sobol"] as const)(
    "%s: one tornado per variant, most influential parameter first, rendered to SVG",
    async (method) => {
      const s = sensitivityReport(scenario(parameters), study(method))!;
      expect(s.charts.map((c) => c.def.id)).toEqual(["tornado-voice-servicelevel-remote"]);
      const data = (s.charts[0]!.spec.data as { values: { parameter: string; value: number }[] }).values;
      // Morris bars are mu* in percentage points; Sobol bars are total indices.
      data.forEach((d, i) => expect(d.value).toBeCloseTo(method === "morris" ? [2, 3][i]! : [0.12, 0.13][i]!, 12));
      expect(
        (s.charts[0]!.spec as { layer: { encoding: { y: { sort: string[] } } }[] }).layer[0]!.encoding.y.sort[0],
      ).toBe("labourMarket.marketWagePerMonth");
      expect(s.influenceRows[1]![0]).toBe('voice SL, "remote" minus baseline');
      expect(s.influenceRows[1]![1]).toMatch(/^labourMarket.marketWagePerMonth/);
      const svg = await renderSvg(s.charts[0]!.spec);
      expect(svg).toContain("labourMarket.marketWagePerMonth");
    },
  );

  it("is in the report's language, with the file's variant names and each figure's unit", () => {
    const translated = {
      ...scenario(parameters),
      variants: [{ name: "remote" }],
      translations: { ru: { variants: { remote: { name: "удалённый" } } } },
    } as unknown as Scenario;
    const doc = { ...study("morris"), robustness: [robust("enps", 4, { pos: 0.9, neg: 0.1 })] };
    const ru = sensitivityReport(translated, doc, locale("ru", "RUB"))!;
    expect(ru.bands).toEqual([
      "В заявленных диапазонах «удалённый» лучше базового варианта по показателю «eNPS» в 90 % из 40 выбранных миров " +
        "(разница от 5-го до 95-го процентиля миров — от −0,0 п. до +0,1 п.; при заявленных значениях +4,0 п.); " +
        "разница сохраняет заявленный знак в 90 %.",
    ]);
    expect(ru.influenceRows.map((r) => r[0])).toEqual([
      "SL (голос), базовый вариант",
      "SL (голос): «удалённый» минус базовый вариант",
    ]);
    expect(ru.influenceRows[0]![1]).toContain("(mu* 8,0 п. п.)");
    expect(ru.charts[0]!.def.title).toBe(
      "От чего зависит разница «удалённый» минус базовый вариант по показателю «SL (голос)»",
    );
    expect(ru.studyText).toMatch(
      /^Элементарные эффекты Морриса, траекторий: 4\. 13 миров: один с заявленными значениями и 12 из заявленных диапазонов/,
    );
    const words = JSON.stringify(ru.charts[0]!.spec);
    expect(words).toContain("повышает");
    expect(words).toContain('"decimal":","');
    expect(words).not.toMatch(/raising it|minus baseline|Morris mu\*/);
    // The English study says which of its worlds the band sentences count: the declared one is not sampled.
    expect(sensitivityReport(scenario(parameters), study("morris"))!.studyText).toMatch(
      /^Morris elementary effects, 4 trajectories: 13 worlds, the one as declared and 12 sampled from the declared ranges/,
    );
  });

  it.each(["morris", "sobol"] as const)("%s: the tornado's text is as large as the monthly charts'", async (method) => {
    const s = sensitivityReport(scenario(parameters), study(method))!;
    const svg = await renderSvg(s.charts[0]!.spec);
    const sizes = [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(CHART_FONT_PX);
  });
});
