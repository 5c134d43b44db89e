import type { EstimateJson, ResultDocument } from "@ccsim/scenario";
import { describe, expect, it } from "vitest";
import {
  chartCsv,
  chartRows,
  chartsFor,
  chartSpec,
  headlines,
  kpiFormat,
  monthsCsv,
  locale,
  monthsOnTarget,
} from "../src/index.js";
import type { Report, ReportChart } from "../src/buildReport.js";
import { caseCardReadings, caseCardRows, chartMeanRows } from "../src/reportText.js";

const e = (mean: number, half = 0.01): EstimateJson => ({
  mean,
  ci95_low: mean - half,
  ci95_high: mean + half,
  p10: mean - half,
  p90: mean + half,
});

/** A two-variant, three-month voice result with one significant and one uncertain difference. */
function doc(): ResultDocument {
  const month = (m: string, sl: number, asa: number) => ({
    month: m,
    kpis: { "voice.serviceLevel": e(sl), "voice.abandonRate": e(0.04), "voice.asaSec": e(asa, 2) },
  });
  return {
    provenance: {
      ccsimVersion: "0.1.0",
      gitCommit: "abc",
      scenarioFile: "x.yaml",
      scenarioSha256: "0".repeat(64),
      seed: 1,
      replications: 5,
      fidelity: "interval",
      command: "ccsim run x.yaml",
    },
    variants: [
      {
        name: "baseline",
        overall: { "voice.serviceLevel": e(0.7), "voice.abandonRate": e(0.04), "voice.asaSec": e(30) },
        months: [month("2024-01", 0.82, 10), month("2024-02", 0.7, 30), month("2024-03", 0.6, 50)],
      },
      {
        name: "more, agents",
        overall: { "voice.serviceLevel": e(0.85), "voice.abandonRate": e(0.04), "voice.asaSec": e(10) },
        months: [month("2024-01", 0.9, 5), month("2024-02", 0.85, 10), month("2024-03", 0.8, 15)],
      },
    ],
    comparisons: [
      {
        variant: "more, agents",
        overall: [
          {
            kpi: "voice.serviceLevel",
            baseline: e(0.7),
            variant: e(0.85),
            difference: { mean: 0.15, ci95_low: 0.12, ci95_high: 0.18, p10: 0.13, p90: 0.17 },
            significant: true,
          },
          {
            kpi: "voice.abandonRate",
            baseline: e(0.04),
            variant: e(0.041),
            difference: { mean: 0.001, ci95_low: -0.002, ci95_high: 0.004, p10: 0, p90: 0.002 },
            significant: false,
          },
        ],
      },
    ],
  };
}

describe("kpiFormat", () => {
  it("shows shares in percent and their differences in percentage points, signed", () => {
    expect(kpiFormat("voice.serviceLevel").format(0.8123)).toBe("81.2%");
    expect(kpiFormat("voice.serviceLevel").formatDifference(0.031)).toBe("+3.1 pp");
    expect(kpiFormat("voice.serviceLevel").formatDifference(-0.031)).toBe("-3.1 pp");
    expect(kpiFormat("headcount").formatDifference(-12.4)).toBe("-12");
    expect(kpiFormat("chat.asaSec").label).toBe("chat ASA s");
    expect(kpiFormat("mystery").format(0.12345)).toBe("0.123");
  });
});

describe("charts", () => {
  it("picks the charts whose KPIs the result has, and their data in the axis unit", () => {
    const d = doc();
    const charts = chartsFor(d);
    expect(charts.map((c) => c.id)).toEqual(["voice-service-level", "voice-abandonment", "voice-asa"]);
    const rows = chartRows(d, charts[0]!);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      variant: "baseline",
      series: "service level",
      month: "2024-01",
      mean: 82,
      ciLow: 81,
      ciHigh: 83,
    });
    expect(chartCsv(charts[0]!, rows).split("\n")[2]).toBe("baseline,service level,2024-02,70,69,71");
    expect(chartCsv(charts[0]!, rows)).toContain('"more, agents",service level,2024-01,90');
  });

  it("keeps a chart table's interval in the chart's range, as its band is drawn: no count below zero", () => {
    const d = doc();
    const overall = { ...d.variants[0]!.overall, outsourcedContacts: e(4.7, 10.6), "voice.serviceLevel": e(0.999) };
    const shown = { ...d, variants: [{ ...d.variants[0]!, overall }] };
    const report = { shown, locale: locale("en") } as unknown as Report;
    const def = (id: string) => chartsFor(shown).find((c) => c.id === id)!;
    const rows = (id: string) => chartMeanRows({ def: def(id) } as ReportChart, report);
    expect(rows("outsourced-contacts")).toEqual([["baseline", "5 (0 to 15)"]]);
    expect(rows("voice-service-level")).toEqual([["baseline", "99.9% (98.9% to 100.0%)"]]);
  });

  it("does not put a baseline's dated change (a demand step) down to the variants", () => {
    expect(locale("en").t.report.markers("Apr 2024")).toMatch(/in the baseline or a variant/);
    expect(locale("ru").t.report.markers("апрель 2024")).toMatch(/в базовом варианте или в вариантах/);
  });

  it("clips the bands of shares to 0-100%, not those of percentages that run above 100% (sufficiency)", () => {
    const d = doc();
    const withSufficiency: ResultDocument = {
      ...d,
      variants: d.variants.map((v) => ({
        ...v,
        overall: { ...v.overall, staffingSufficiency: e(1.06, 0.03) },
        months: v.months.map((m) => ({
          ...m,
          kpis: { ...m.kpis, "voice.serviceLevel": e(0.995), staffingSufficiency: e(1.06, 0.03) },
        })),
      })),
    };
    const charts = chartsFor(withSufficiency);
    const bandOf = (id: string) =>
      chartRows(
        withSufficiency,
        charts.find((c) => c.id === id)!,
      )[0]!;
    expect(bandOf("voice-service-level").ciHigh).toBe(100);
    const sufficiency = bandOf("staffing-sufficiency");
    expect(sufficiency.mean).toBeCloseTo(106, 9);
    expect(sufficiency.ciLow).toBeCloseTo(103, 9);
    expect(sufficiency.ciHigh).toBeCloseTo(109, 9);
  });

  it("counts the months on target in the last 12, for floors and ceilings", () => {
    const d = doc();
    const [sl, , asa] = chartsFor(d);
    expect(monthsOnTarget(sl!, chartRows(d, sl!), 80)).toEqual([
      { variant: "baseline", met: 1, months: 3 },
      { variant: "more, agents", met: 3, months: 3 },
    ]);
    const ceiling = { ...asa!, target: { name: "maxAbandonRate" as const, kind: "max" as const } };
    expect(monthsOnTarget(ceiling, chartRows(d, asa!), 15)).toEqual([
      { variant: "baseline", met: 1, months: 3 },
      { variant: "more, agents", met: 3, months: 3 },
    ]);
  });

  it("specs a band and a line per variant, and the target as a rule only when there is one", () => {
    const d = doc();
    const chart = chartsFor(d)[0]!;
    const spec = chartSpec(chart, chartRows(d, chart), 80) as { layer: { mark: { type: string } | string }[] };
    expect(spec.layer.map((l) => (typeof l.mark === "string" ? l.mark : l.mark.type))).toEqual([
      "area",
      "area",
      "line",
      "rule",
    ]);
    const without = chartSpec(chart, chartRows(d, chart), undefined) as { layer: unknown[] };
    expect(without.layer).toHaveLength(3);
  });
});

describe("headlines", () => {
  it("says each difference in plain words with its 95% CI and whether it is real", () => {
    const [sl, abandon] = headlines(doc());
    expect(sl!.text).toBe(
      'voice SL: 70.0% in the baseline, 85.0% in "more, agents", +15.0 pp (95% CI +12.0 pp to +18.0 pp); a real difference: its interval excludes zero.',
    );
    expect(abandon!.significant).toBe(false);
    expect(abandon!.text).toMatch(/not distinguishable from no change with 5 replications\.$/);
  });
});

describe("monthsCsv", () => {
  it("has one row per variant, month and KPI", () => {
    const lines = monthsCsv(doc()).trim().split("\n");
    expect(lines).toHaveLength(1 + 2 * 3 * 3);
    expect(lines[1]!.split(",").map((x, i) => (i < 3 ? x : Number(Number(x).toFixed(6))))).toEqual([
      "baseline",
      "2024-01",
      "voice.serviceLevel",
      0.82,
      0.81,
      0.83,
      0.81,
      0.83,
      5,
    ]);
  });
});

describe("case card", () => {
  const figure = (kpi: string, unit: string, value: number, tolerance: number, simulated: EstimateJson) => ({
    kpi,
    unit,
    value,
    tolerance,
    month: "2024-05",
    status: "predicted" as const,
    simulated,
    reproduced: false,
    source: "MTS",
  });
  const withCard = {
    ...doc(),
    caseCard: {
      variant: "more, agents",
      figures: [
        {
          ...figure("staffingSufficiency", "fraction", 0.91, 0.05, {
            ...e(1.0607),
            ci95_low: 1.0497,
            ci95_high: 1.0717,
          }),
          againstBaseline: { ...e(0.0109), ci95_low: -0.0084, ci95_high: 0.0303 },
        },
        {
          ...figure("monthlyAttrition", "percent", -5, 5, { ...e(-26.01), ci95_low: -31.47, ci95_high: -20.56 }),
          reading: "'down 5%' read as a relative fall",
        },
      ],
    },
  } as unknown as ResultDocument;

  it("shows each figure at the precision ccsim compare prints it, with the minus sign, and says how it was read", () => {
    const rows = caseCardRows(withCard);
    expect(rows[0]!.slice(2, 5)).toEqual(["0.910 ± 0.050", "1.061", "1.050 to 1.072"]);
    expect(rows[0]![6]).toBe("+0.011 (−0.008 to +0.030)");
    expect(rows[1]!.slice(2, 5)).toEqual(["−5.0 ± 5.0 %", "−26.0", "−31.5 to −20.6"]);
    expect(caseCardReadings(withCard)).toEqual(["monthlyAttrition: 'down 5%' read as a relative fall"]);
  });
});
