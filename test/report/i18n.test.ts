// The message catalogues: Russian and English hold the same keys (a key missing in either fails here, and in the
// type checker for Russian), every chart and KPI has its Russian name, and the formats are the locale's.
import { describe, expect, it } from "vitest";
import { chartsFor, en, kpiUnit, locale, localizeChart, ru, RU_CHARTS, RU_KPI } from "@ccsim/report";
import { KPI_NAMES, type ResultDocument } from "@ccsim/scenario";

/** Every leaf of a catalogue by dotted key, with the text it gives (functions called with sample values). */
function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === "string") out.set(prefix, node);
  else if (typeof node === "function") {
    const args = Array.from({ length: (node as (...a: unknown[]) => string).length }, (_, i) =>
      i % 2 === 0 ? "x" : 2,
    );
    out.set(prefix, String((node as (...a: unknown[]) => unknown)(...args)));
  } else if (typeof node === "object" && node !== null)
    for (const [k, v] of Object.entries(node))
      for (const [p, t] of leaves(v, prefix === "" ? k : `${prefix}.${k}`)) out.set(p, t);
  return out;
}

describe("message catalogues", () => {
  const english = leaves(en);
  const russian = leaves(ru);

  it("have the same keys in Russian and English, none of them empty", () => {
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of [...english, ...russian]) expect(text.trim(), key).not.toBe("");
  });

  it("differ where they should: the Russian texts are Russian", () => {
    const same = [...english].filter(([k, t]) => russian.get(k) === t && /[a-z]{4}/i.test(t)).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it("name every KPI a case may report in Russian (the case card's figure names)", () => {
    expect(KPI_NAMES.filter((k) => RU_KPI[k] === undefined)).toEqual([]);
  });

  it("name every chart and every KPI of a full result in Russian", () => {
    const kpis = [
      ...["voice", "chat"].flatMap((c) => ["serviceLevel", "abandonRate", "asaSec"].map((k) => `${c}.${k}`)),
      ...Object.keys(RU_KPI),
    ];
    const estimate = { mean: 1, ci95_low: 0, ci95_high: 2, p10: 0, p90: 2 };
    const doc = {
      variants: [
        {
          name: "baseline",
          overall: Object.fromEntries(kpis.map((k) => [k, estimate])),
          months: [],
          hireSurvival: [{ day: 0, survival: estimate }],
        },
      ],
    } as unknown as ResultDocument;
    const charts = chartsFor(doc);
    expect(charts.length).toBeGreaterThanOrEqual(20);
    for (const chart of charts) {
      const own = RU_CHARTS[chart.id];
      expect(own, chart.id).toBeDefined();
      for (const s of chart.series) expect(own!.series[s.kpi.split(".").pop()!], `${chart.id} ${s.kpi}`).toBeDefined();
      const local = localizeChart(chart, locale("ru", "RUB"));
      expect(local.axisTitle).not.toContain("{currency}");
    }
    expect(
      localizeChart(
        charts.find((c) => c.id === "cost-per-contact")!,
        locale("en", "RUB"),
      ).axisTitle,
    ).toBe("RUB per contact");
  });
});

describe("one formatter, by locale", () => {
  const ruLoc = locale("ru", "RUB");
  const enLoc = locale("en", "RUB");

  it("writes numbers, units, currency and months as each language does", () => {
    expect(ruLoc.level("share", 0.812)).toBe("81,2\u00a0%".replace("\u00a0", " "));
    expect(enLoc.level("share", 0.812)).toBe("81.2%");
    expect(enLoc.difference("share", -0.031)).toBe("−3.1 pp");
    expect(ruLoc.difference("share", 0.031)).toBe("+3,1 п. п.");
    expect(enLoc.level("seconds", 42)).toBe("42 s");
    expect(ruLoc.level("seconds", 42.25)).toBe("42,3 с");
    expect(enLoc.level("money", 55000)).toMatch(/^RUB\s55,000$/);
    expect(ruLoc.level("money", 55000)).toMatch(/^55\s000\s₽$/);
    // Cost per contact keeps a decimal: in whole roubles its interval read "−RUB 12 to −RUB 12".
    expect(enLoc.difference("price", -12.34)).toMatch(/^−RUB\s12\.3$/);
    expect(ruLoc.level("price", 107.09)).toMatch(/^107,1\s₽$/);
    expect(ruLoc.month("2023-07")).toBe("июль 2023");
    expect(ruLoc.since("2023-07")).toBe("с июля 2023");
    expect(enLoc.since("2023-07")).toBe("from Jul 2023");
  });

  it("gives every KPI its unit: seconds for ASA, money with a decimal for cost per contact, percent for shares", () => {
    expect(kpiUnit("voice.asaSec")).toBe("seconds");
    expect(kpiUnit("costPerContact")).toBe("price");
    expect(kpiUnit("meanEarningsPerMonth")).toBe("money");
    expect(kpiUnit("monthlyAttrition")).toBe("share");
    expect(kpiUnit("enps")).toBe("points");
  });
});
