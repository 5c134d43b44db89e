// Round trip: interval history drawn from a known demand (Poisson arrivals, exponential handle times, fixed seed),
// written in the Genesys layout, imported and derived, recovers that demand within sampling error. The bounds are
// 4 standard errors of each estimate (closed forms below), so a correct import fails with probability ~1e-4 per
// figure, and the known figures are those the draw was made from, not re-estimated.
import { describe, expect, it } from "vitest";
import {
  applyDerivedDemand,
  deriveDemand,
  parseDemandFile,
  syntheticGenesysHistory,
  type SyntheticDemand,
} from "../src/demandImport/index.js";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";

const intraday = Array.from({ length: 96 }, (_, i) => {
  const hour = (i + 0.5) / 4;
  return hour < 8 || hour >= 20 ? 0 : 1 + Math.sin(((hour - 8) / 12) * Math.PI) + (hour >= 10 && hour < 11 ? 1 : 0);
});
const weekdayShares = [1.3, 1.1, 1, 1, 0.9, 0.5, 0.2];
const aht = (minute: number) => 240 + minute / 10; // 288 s at 08:00, 360 s at 20:00

/** Eight weeks over the spring switch of Europe/Berlin, with a closed holiday left out of the patterns. */
const demand: SyntheticDemand = {
  firstDate: "2026-03-02",
  days: 56,
  timeZone: "Europe/Berlin",
  intervalMinutes: 15,
  queue: "Q",
  mediaType: "Voice",
  meanDailyVolume: 1500,
  weekdayShares,
  intraday,
  handleTimeSec: aht,
  abandonShare: 0,
  specialDays: { "2026-04-03": 0 },
  seed: 7,
};
const text = syntheticGenesysHistory(demand);
const parsed = parseDemandFile(text, "history.csv", {
  format: "genesys",
  timeZone: "Europe/Berlin",
  intervalMinutes: 15,
});
const derived = deriveDemand(parsed.records, parsed.intervalMinutes, ["2026-04-03"]);

describe("history drawn from a known demand, imported", () => {
  it("has the local days of the history, the switch day with 23 hours of rows", () => {
    expect([derived.firstDate, derived.lastDate, derived.days]).toEqual(["2026-03-02", "2026-04-26", 56]);
    expect(parsed.records.filter((r) => r.date === "2026-03-29")).toHaveLength(92);
    expect(parsed.records.filter((r) => r.date === "2026-03-30")).toHaveLength(96);
  });

  it("recovers the intraday profile: each hour's share within 4 standard errors of a multinomial share", () => {
    const total = intraday.reduce((a, b) => a + b, 0);
    const contacts = derived.offered;
    for (let h = 0; h < 24; h++) {
      const truth = intraday.slice(h * 4, h * 4 + 4).reduce((a, b) => a + b, 0) / total;
      const estimate = derived.intraday.slice(h * 4, h * 4 + 4).reduce((a, b) => a + b, 0);
      // The switch day lacks 02:00-03:00, which has no volume here, so the shares are unaffected.
      expect(Math.abs(estimate - truth), `hour ${h}`).toBeLessThanOrEqual(
        4 * Math.sqrt((truth * (1 - truth)) / contacts) + 1e-12,
      );
    }
  });

  it("recovers the weekday pattern: each weekday's mean day within 4 standard errors of its Poisson mean", () => {
    const sum = weekdayShares.reduce((a, b) => a + b, 0);
    weekdayShares.forEach((w, i) => {
      const lambda = (demand.meanDailyVolume * 7 * w) / sum;
      const days = i === 4 ? 7 : 8; // one Friday (Good Friday) left out
      const observed = derived.daily.filter(
        (d) => (new Date(`${d.date}T00:00:00Z`).getUTCDay() + 6) % 7 === i && d.date !== "2026-04-03",
      );
      expect(observed).toHaveLength(days);
      const mean = observed.reduce((a, d) => a + d.offered, 0) / days;
      expect(Math.abs(mean - lambda), `weekday ${i}`).toBeLessThanOrEqual(4 * Math.sqrt(lambda / days));
    });
    // The shares are those means normalised: they add up to 1 and follow the same order.
    expect(derived.weekdayShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(derived.weekdayShares[0]!).toBeGreaterThan(derived.weekdayShares[6]! * 4);
  });

  it("recovers handle time by time of day: each hour's mean within 4 standard errors of an exponential mean", () => {
    for (let h = 8; h < 20; h++) {
      const rows = parsed.records.filter((r) => Math.floor(r.minute / 60) === h);
      const n = rows.reduce((a, r) => a + r.handled!, 0);
      const truth = rows.reduce((a, r) => a + r.handled! * aht(r.minute), 0) / n; // the draw's own mix of quarters
      const estimate = rows.reduce((a, r) => a + r.handleSec!, 0) / n;
      expect(Math.abs(estimate - truth), `hour ${h}`).toBeLessThanOrEqual(4 * (truth / Math.sqrt(n)) + 0.5); // + rounding to whole seconds
    }
  });

  it("flags the closed holiday when it is not excluded, and puts the patterns into a scenario on its own grid", () => {
    expect(deriveDemand(parsed.records, 15).suspectDays.map((d) => d.date)).toEqual(["2026-04-03"]);
    const loaded = loadScenario(
      [
        "schemaVersion: 1",
        "name: t",
        "calendar: { startDate: 2026-05, horizonMonths: 2, intervalMinutes: 30, openHour: 8, closeHour: 20 }",
        "demand:",
        "  voice:",
        "    demandFile: { path: h.csv, format: genesys, timeZone: Europe/Berlin }",
        "    handleTimeSec: 100",
        "operations: { initialHeadcount: { proficient: 10 } }",
      ].join("\n"),
      "t.yaml",
    );
    if (Either.isLeft(loaded)) throw new Error(loaded.left.format());
    const { scenario } = applyDerivedDemand(loaded.right, "voice", derived);
    const voice = scenario.demand.voice!;
    expect(voice.intradayShares).toHaveLength(24);
    const total = intraday.reduce((a, b) => a + b, 0);
    voice.intradayShares!.forEach((share, k) => {
      const truth = (intraday[32 + 2 * k]! + intraday[33 + 2 * k]!) / total;
      expect(Math.abs(share - truth)).toBeLessThanOrEqual(4 * Math.sqrt((truth * (1 - truth)) / derived.offered));
    });
    // March is covered fully; its expected volume is the weekday-weighted sum of its days.
    const sum = weekdayShares.reduce((a, b) => a + b, 0);
    let march = 0;
    for (let d = 1; d <= 31; d++)
      march +=
        (demand.meanDailyVolume * 7 * weekdayShares[(new Date(Date.UTC(2026, 2, d)).getUTCDay() + 6) % 7]!) / sum;
    expect(voice.monthlyVolumeSeries).toHaveLength(2);
    expect(Math.abs(voice.monthlyVolumeSeries![0]! - march)).toBeLessThanOrEqual(4 * Math.sqrt(march) + 0.5);
    expect(voice.handleTimeSec).toBeGreaterThan(290);
    expect(voice.handleTimeSec).toBeLessThan(340);
  });
});
