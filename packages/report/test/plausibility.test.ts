import type { EstimateJson, ResultDocument } from "@ccsim/scenario";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { locale, PLAUSIBLE_BANDS, plausibilityWarnings } from "../src/index.js";

const e = (mean: number): EstimateJson => ({ mean, ci95_low: mean, ci95_high: mean, p10: mean, p90: mean });

function doc(months: Record<string, number>[]): ResultDocument {
  return {
    provenance: {
      ccsimVersion: "t",
      gitCommit: "t",
      scenarioFile: "t",
      scenarioSha256: "t",
      seed: 1,
      replications: 2,
      fidelity: "interval",
      command: "t",
    },
    variants: [
      {
        name: "baseline",
        overall: Object.fromEntries(Object.keys(months[0]!).map((k) => [k, e(0)])),
        months: months.map((kpis, i) => ({
          month: `2024-0${i + 1}`,
          kpis: Object.fromEntries(Object.entries(kpis).map(([k, x]) => [k, e(x)])),
        })),
      },
    ],
    comparisons: [],
  };
}

describe("plausibility warnings", () => {
  const ok = {
    "voice.serviceLevel": 0.8,
    "voice.abandonRate": 0.04,
    occupancy: 0.8,
    staffingSufficiency: 1,
    monthlyAttrition: 0.04,
    enps: 5,
    leavers: 10,
    leaversFromBurnout: 0,
    leaversFromPay: 0,
    leaversFromDisengagement: 0,
  };

  it("say nothing about a centre inside every band", () => {
    expect(plausibilityWarnings(doc([ok, ok]))).toEqual([]);
  });

  it("take a month without leavers for low attrition only when the team is large enough for that not to be chance", () => {
    const none = { ...ok, monthlyAttrition: 0, leavers: 0 };
    // 60 agents over 2 replications expect 0.6 leavers at 0.5% a month: none happens in 55% of such months.
    expect(plausibilityWarnings(doc([{ ...none, headcount: 60 }]))).toEqual([]);
    // 1,000 agents expect 10: none is no accident.
    const large = plausibilityWarnings(doc([{ ...none, headcount: 1000 }]));
    expect(large.map((w) => `${w.kpi}: ${w.cause}`)).toEqual([
      "monthlyAttrition: quit hazards below the industry band (attrition section)",
    ]);
  });

  it("blame the roster's shape, not overstaffing, when hours are plentiful but service is poor", () => {
    const offPeak = { ...ok, "voice.serviceLevel": 0.65, staffingSufficiency: 1.48, occupancy: 0.45 };
    const causes = plausibilityWarnings(doc([offPeak])).map((w) => `${w.kpi}: ${w.cause}`);
    expect(causes).toEqual([
      "occupancy: hours where the calls are not: rostered hours 148% of what the planner needs, yet voice SL 65%; the shift templates and start times cannot cover the intraday peaks",
      "staffingSufficiency: hours where the calls are not: rostered hours 148% of what the planner needs, yet voice SL 65%; the shift templates and start times cannot cover the intraday peaks",
    ]);
    // With service at plan the same hours are plain overstaffing.
    const overstaffed = { ...offPeak, "voice.serviceLevel": 0.95 };
    expect(plausibilityWarnings(doc([overstaffed])).map((w) => w.cause)).toEqual([
      "overstaffing: rostered hours 148% of what the planner needs",
      "more agents than the planner needs: starting headcount or headcountTargetFactor above need",
    ]);
  });

  it("blame the queue's small scale, not overstaffing, when the roster is at the planner's need", () => {
    // 6,000 calls a month on the defaults: about 1.2 Erlangs, which 80/20 staffs at about a third busy.
    const small = { ...ok, staffingSufficiency: 1.07, occupancy: 0.3 };
    expect(plausibilityWarnings(doc([small])).map((w) => w.cause)).toEqual([
      "a small queue: rostered hours 107% of what the planner needs, so the idle time is what the service-level target takes at this volume (few agents answer within the threshold only if they are often free)",
    ]);
    const padded = { ...small, staffingSufficiency: 1.2 };
    expect(plausibilityWarnings(doc([padded])).map((w) => w.cause)).toEqual([
      "overstaffing: rostered hours 120% of what the planner needs",
    ]);
  });

  it("name the figure, the first month out, how many more, and the likely cause, one line each", () => {
    const collapsed = {
      ...ok,
      "voice.serviceLevel": 0.3,
      staffingSufficiency: 0.7,
      monthlyAttrition: 0.2,
      leaversFromBurnout: 8,
      enps: -60,
    };
    const warnings = plausibilityWarnings(doc([ok, collapsed, collapsed]));
    const sl = warnings.find((w) => w.kpi === "voice.serviceLevel")!;
    expect(sl.month).toBe("2024-02");
    expect(sl.monthsOut).toBe(2);
    expect(sl.text).toMatch(
      /^warning: baseline: voice SL 30\.0% in 2024-02 \(and 1 more month\) is outside the plausible 50\.0% to 100\.0%; likely cause: understaffing/,
    );
    expect(warnings.find((w) => w.kpi === "monthlyAttrition")!.cause).toMatch(/burnout/);
    expect(warnings.find((w) => w.kpi === "enps")!.cause).toMatch(/burnout/);
    expect(warnings.every((w) => !w.text.includes("\n"))).toBe(true);
    // The same warnings in Russian, for the Russian report and playground: no English words left but the names.
    const ru = plausibilityWarnings(doc([ok, collapsed, collapsed]), locale("ru"));
    const ruSl = ru.find((w) => w.kpi === "voice.serviceLevel")!.text;
    expect(ruSl).toMatch(
      /^предупреждение: baseline: .+ за февраль 2024 \(и ещё 1 месяц\) вне правдоподобного диапазона/,
    );
    expect(ruSl).toContain("нехватка персонала");
    for (const w of ru)
      expect(w.text, w.kpi).not.toMatch(/\b(warning|likely|cause|understaffing|burnout|attrition a month)\b/);
    // Russian writes a space before the percent sign, in the causes too (the sufficiency of 70% here).
    expect(ruSl).toContain("70\u00a0%");
    expect(ruSl).not.toMatch(/\d%/);
  });

  it("do not blame burnout for a low eNPS where occupancy is low (a small team's survey is noisy)", () => {
    const quiet = { ...ok, occupancy: 0.44, leaversFromBurnout: 1, leaversFromPay: 0, headcount: 27, enps: -29 };
    const cause = plausibilityWarnings(doc([ok, quiet])).find((w) => w.kpi === "enps")!.cause;
    expect(cause).not.toMatch(/burnout/);
    expect(cause).toMatch(/sampling noise of a survey of 27 agents/);
  });

  it("warn separately for months below and above a band", () => {
    const warnings = plausibilityWarnings(
      doc([
        { ...ok, staffingSufficiency: 1.5 },
        { ...ok, staffingSufficiency: 0.6 },
      ]),
    );
    expect(warnings.filter((w) => w.kpi === "staffingSufficiency").map((w) => w.month)).toEqual(["2024-02", "2024-01"]);
  });

  it("use one eNPS band, the one the docs state (the defaults are set against it in docs/model.md 4.5)", () => {
    const band = PLAUSIBLE_BANDS.find((b) => b.kpi === "enps");
    expect(band).toBeDefined();
    const { low, high } = band ?? { low: NaN, high: NaN };
    expect([low, high]).toEqual([-20, 30]);
    const doc = (name: string): string => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), "utf8");
    expect(doc("cli.md")).toContain(`| eNPS | ${low} to +${high} |`);
    expect(doc("model.md")).toContain(`eNPS outside ${low}..+${high}`);
    expect(doc("model.md")).toContain(`inside the ${low}..+${high} band contact centres report`);
  });
});
