// Plausibility warnings: legal but implausible values are named with their line and what is suspected; the
// scenarios shipped in the repository raise none, and values just inside the thresholds raise none either.
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { loadScenario, locatedWarnings, plausibilityWarnings } from "../src/index.js";
import { loadOk, yamlFilesUnder } from "./helpers.js";

const scenarioText = (demand: string, operations = "", extra = "") => `schemaVersion: 1
name: t
calendar: { startDate: 2026-01 }
demand:
  voice:
${demand}
operations:
  initialHeadcount: { proficient: 100 }
${operations}
${extra}`;

const warningsOf = (text: string) => {
  const loaded = loadScenario(text, "t.yaml");
  if (Either.isLeft(loaded)) throw new Error(loaded.left.format());
  return locatedWarnings(text, "t.yaml", loaded.right);
};

describe("plausibility warnings", () => {
  it("suspects minutes typed as seconds in handle time and patience, at their lines", () => {
    const w = warningsOf(
      scenarioText("    monthlyVolume: 60000\n    handleTimeSec: 4.5\n    patience: { meanSec: 3 }"),
    );
    // The threshold is a default, not in the file: it is shown at the deepest key that is, `voice:`.
    expect(w.map((x) => [x.line, x.path])).toEqual([
      [5, "demand.voice.serviceLevel.thresholdSec"],
      [7, "demand.voice.handleTimeSec"],
      [8, "demand.voice.patience.meanSec"],
    ]);
    expect(w[1]!.message).toContain("minutes typed as seconds? (4.5 min would be 270 s)");
  });

  it("names the other suspects: long handle time, yearly trend, daily volume, low caps, high shrinkage, odd salary", () => {
    const w = warningsOf(
      scenarioText(
        "    monthlyVolume: 2000\n    monthlyTrendPct: 15\n    handleTimeSec: 4000",
        "  maxOccupancy: 0.5\n  maxAbandonRate: 0.5\n  shrinkage: 0.7",
        "pay: { salaryPerMonth: 300 }",
      ),
    );
    expect(w.map((x) => x.path)).toEqual([
      "demand.voice.monthlyVolume",
      "demand.voice.monthlyTrendPct",
      "demand.voice.handleTimeSec",
      "operations.maxOccupancy",
      "operations.maxAbandonRate",
      "operations.shrinkage",
      "pay.salaryPerMonth",
    ]);
    expect(w[0]!.message).toContain("0.92 contacts per agent-day");
    expect(w[1]!.message).toContain("435% per year");
  });

  it("suspects a yearly volume, a patience of hours and shrinkage without breaks (issue 15)", () => {
    const w = warningsOf(
      scenarioText(
        "    monthlyVolume: 3000000\n    handleTimeSec: 300\n    patience: { meanSec: 2000 }",
        "  shrinkage: 0.05",
      ),
    );
    expect(w.map((x) => x.path)).toEqual([
      "demand.voice.monthlyVolume",
      "demand.voice.patience.meanSec",
      "operations.shrinkage",
    ]);
    // 3,000,000 x 300 s over 100 agents x 5 days x 4.348 weeks x 8 h: 14.4 times their paid hours.
    expect(w[0]!.message).toContain("14.4 times the paid hours of 100 agents");
  });

  it("stays quiet just inside every threshold", () => {
    expect(
      warningsOf(
        scenarioText(
          "    monthlyVolume: 2200\n    monthlyTrendPct: 10\n    handleTimeSec: 30\n    patience: { meanSec: 30 }\n    serviceLevel: { target: 0.5 }",
          "  maxOccupancy: 0.6\n  maxAbandonRate: 0.25\n  shrinkage: 0.6",
          "pay: { salaryPerMonth: 11000 }",
        ),
      ),
    ).toEqual([]);
  });

  it("suspects a fraction typed for a percentage in the settings written in percent, where they act", () => {
    const demand = "    monthlyVolume: 60000\n    handleTimeSec: 300";
    const management = (enabled: boolean) =>
      `management:\n  outsourcing: { enabled: ${enabled}, capacityThresholdPct: 0.9, maxSharePct: 0.3, partnerServiceLevelPct: 0.8 }\n` +
      "  payReview: { maxRaisePct: 0.1 }";
    const w = warningsOf(scenarioText(demand, "", management(true)));
    expect(w.map((x) => [x.line, x.path])).toEqual([
      [12, "management.outsourcing.capacityThresholdPct"],
      [12, "management.outsourcing.maxSharePct"],
      [12, "management.outsourcing.partnerServiceLevelPct"],
      [13, "management.payReview.maxRaisePct"],
    ]);
    expect(w[1]!.message).toBe(
      "maxSharePct is in percent, so 0.3 means 0.3%: a fraction typed for a percentage? For 30%, write 30",
    );
    // Switched off, the settings act on nothing; above 1 they read as the percentages they are.
    expect(warningsOf(scenarioText(demand, "", management(false))).map((x) => x.path)).toEqual([
      "management.payReview.maxRaisePct",
    ]);
    expect(warningsOf(scenarioText(demand, "", "management: { outsourcing: { maxSharePct: 1.5 } }"))).toEqual([]);
  });

  it("names open hours no shift template covers, with the demand that arrives then", () => {
    const demand = "    monthlyVolume: 60000\n    handleTimeSec: 300\n    intradayProfile: flat";
    const allDay = (shifts: string, extra = "") =>
      scenarioText(demand, `  shifts: [${shifts}]${extra}`).replace(
        "calendar: { startDate: 2026-01 }",
        "calendar: { startDate: 2026-01, openHour: 0, closeHour: 24 }",
      );
    const w = warningsOf(allDay("{ name: day, lengthHours: 8, startTimes: ['08:00', '14:00'] }"));
    expect(w.map((x) => [x.line, x.path])).toEqual([[11, "operations.shifts"]]);
    // A flat day: 10 of its 24 hours have no shift.
    expect(w[0]!.message).toBe(
      "no shift template covers 00:00-08:00, 22:00-24:00 of the opening hours, where 42% of the day's voice contacts " +
        "arrive: nobody can be rostered then, so they wait until they abandon; add start times or templates that " +
        "cover those hours",
    );
    // Covered round the clock, or with every agent present whenever the centre is open: nothing to say.
    expect(warningsOf(allDay("{ name: shift, lengthHours: 8, startTimes: ['00:00', '08:00', '16:00'] }"))).toEqual([]);
    expect(
      warningsOf(allDay("{ name: day, lengthHours: 8, startTimes: ['08:00'] }", "\n  rostering: all-present")),
    ).toEqual([]);
  });

  it("names a shift for remote agents that no agent can work, unless a variant or an intervention makes some remote", () => {
    const shifts =
      "  shifts:\n    - { name: day, lengthHours: 8, startTimes: ['08:00', '14:00'] }\n" +
      "    - { name: peak, lengthHours: 4, startTimes: ['09:00', '16:00'], workMode: remote }";
    const text = scenarioText("    monthlyVolume: 60000\n    handleTimeSec: 300", shifts);
    const w = warningsOf(text);
    expect(w.map((x) => [x.line, x.path])).toEqual([[12, "operations.shifts[1].workMode"]]);
    expect(w[0]!.message).toBe(
      'shift "peak" is for remote agents, and no agent works from home (operations.initialHeadcount.remoteShare 0 ' +
        "and recruiting.hiringMode on-site, in every variant): it is never rostered",
    );
    const remoteHiring =
      "interventions:\n  - { from: 2026-03, set: { recruiting.hiringMode: remote, training.online: true } }";
    expect(warningsOf(`${text}\n${remoteHiring}`)).toEqual([]);
    expect(warningsOf(text.replace("proficient: 100 }", "proficient: 100, remoteShare: 0.2 }"))).toEqual([]);
  });

  it.each(yamlFilesUnder("scenarios").filter((f) => !f.includes("examples")))("%s raises none", (file) => {
    expect(plausibilityWarnings(loadOk(file))).toEqual([]);
  });
});
