// Round trip of handle time by time of day: eight weeks of history drawn with a known handle-time profile (390 s
// from 08:00 to 12:00, 300 s otherwise; exponential, so an interval's mean over n contacts has standard error
// truth / sqrt(n)), written in the Genesys layout and imported through the scenario's demandFile, recovers each
// planning interval's handle time within 4 standard errors (plus the pull of the 30-contact prior towards the
// file's mean, computed exactly), and the compiled run uses it: the model's factors, the planner's handle time.
import { Planner } from "@ccsim/model";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../src/compileScenario.js";
import {
  applyDemandFiles,
  intervalForecast,
  PRIOR_CONTACTS,
  syntheticGenesysHistory,
  type SyntheticDemand,
} from "../src/demandImport/index.js";

const MORNING_SEC = 390,
  OTHER_SEC = 300;
const aht = (minute: number): number => (minute >= 480 && minute < 720 ? MORNING_SEC : OTHER_SEC);
const intraday = Array.from({ length: 96 }, (_, i) => (i >= 32 && i < 80 ? 1 + (i % 7) / 7 : 0));
const history: SyntheticDemand = {
  firstDate: "2026-03-02",
  days: 56,
  timeZone: "Europe/Berlin",
  intervalMinutes: 15,
  queue: "Q",
  mediaType: "Voice",
  meanDailyVolume: 1200,
  weekdayShares: [1, 1, 1, 1, 1, 0.6, 0.4],
  intraday,
  handleTimeSec: aht,
  abandonShare: 0.05,
  seed: 11,
};
const text = syntheticGenesysHistory(history);

const loaded = loadScenario(
  [
    "schemaVersion: 1",
    "name: t",
    "calendar: { startDate: 2026-05, horizonMonths: 1, intervalMinutes: 30, openHour: 8, closeHour: 20 }",
    "demand:",
    "  voice:",
    "    demandFile: { path: h.csv, format: genesys, timeZone: Europe/Berlin }",
    "    handleTimeSec: 100",
    "operations: { initialHeadcount: { proficient: 40 } }",
  ].join("\n"),
  "t.yaml",
);
if (Either.isLeft(loaded)) throw new Error(loaded.left.format());
const applied = applyDemandFiles(loaded.right, () => ({ text, shownAs: "h.csv" }));
const voice = applied.scenario.demand.voice!;

/** Contacts handled and their true mean handle time per 30-minute planning interval, from the file's own rows. */
const handledByInterval = (() => {
  const n = new Array<number>(24).fill(0);
  for (const line of text.trim().split("\n").slice(1)) {
    const [start, , , , , , handled] = line.split(",");
    const local = new Date(Date.parse(start!) + (isSummer(start!) ? 2 : 1) * 3_600_000);
    const k = Math.floor((local.getUTCHours() * 60 + local.getUTCMinutes() - 480) / 30);
    if (k >= 0 && k < 24) n[k] = n[k]! + Number(handled);
  }
  return n;
})();
/** Berlin is on summer time from 2026-03-29 01:00 UTC. */
function isSummer(utc: string): boolean {
  return Date.parse(utc) >= Date.parse("2026-03-29T01:00:00Z");
}

describe("handle time by time of day, imported from a history and used by the run", () => {
  it("recovers each planning interval's handle time within 4 standard errors", () => {
    const factors = voice.handleTimeFactorByInterval!;
    expect(factors).toHaveLength(24);
    const mean = voice.handleTimeSec;
    factors.forEach((f, k) => {
      const truth = aht(480 + 30 * k);
      const n = handledByInterval[k]!;
      const prior = (PRIOR_CONTACTS * Math.abs(mean - truth)) / (n + PRIOR_CONTACTS);
      expect(Math.abs(f * mean - truth), `interval ${k}: ${f * mean} s vs ${truth} s`).toBeLessThanOrEqual(
        (4 * truth) / Math.sqrt(n) + prior + 0.5, // + rounding of the file's totals to whole seconds
      );
    });
    // The morning's multiplier against the rest: 390 / 300 = 1.3 within the same sampling error.
    expect(factors[0]! / factors[20]!).toBeGreaterThan(1.2);
    expect(applied.notes.join("\n")).toMatch(/by time of day \d+-\d+ s/);
  });

  it("compiles into the model's channel and the planner staffs each interval at its handle time", () => {
    const params = compileScenario(applied.scenario);
    const channel = params.channels[0]!;
    expect(channel.handleTimeFactorByInterval).toEqual(voice.handleTimeFactorByInterval);
    const rows = intervalForecast(applied.scenario, "2026-05-04", "2026-05-04");
    expect(rows).toHaveLength(24);
    rows.forEach((row, k) => {
      expect(row.ahtSec).toBeCloseTo(voice.handleTimeSec * voice.handleTimeFactorByInterval![k]!, 9);
      expect(row.ahtSec).toBe(Planner.plannedAhtSec(channel, k));
    });
    // The same forecast needs more agents in the morning than at the evening's shorter handle time.
    const planner = new Planner(channel);
    expect(planner.requiredAgents(0.05, 1)).toBeGreaterThan(planner.requiredAgents(0.05, 20));
  });
});
