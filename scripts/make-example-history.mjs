// Writes scenarios/examples/data/genesys-history-8-weeks.csv: eight weeks of synthetic 15-minute history in the
// Genesys Cloud WFM historical import layout, drawn with a fixed seed from a known demand (below), so the example
// and docs/planner.md can be regenerated exactly. Run after `pnpm build`: node scripts/make-example-history.mjs
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { syntheticGenesysHistory } from "../packages/runner/dist/demandImport/index.js";

/** A service line's own shape (assumption): open 07:00-21:00, a sharp 09:30 peak and a smaller after-work peak. */
const intraday = Array.from({ length: 96 }, (_, i) => {
  const hour = (i + 0.5) / 4;
  if (hour < 7 || hour >= 21) return 0;
  return 0.25 + Math.exp(-0.5 * ((hour - 9.5) / 1.1) ** 2) + 0.6 * Math.exp(-0.5 * ((hour - 18) / 1.3) ** 2);
});

export const EXAMPLE_DEMAND = {
  firstDate: "2026-02-23", // a Monday; the eight weeks include the switch to summer time (29 March) and Easter
  days: 56,
  timeZone: "Europe/Berlin",
  intervalMinutes: 15,
  queue: "Kundenservice",
  mediaType: "Voice",
  meanDailyVolume: 2400,
  weekdayShares: [1.25, 1.1, 1.0, 1.0, 0.95, 0.45, 0.25], // Monday peak, quiet weekend (assumption)
  intraday,
  handleTimeSec: (minute) => 360 - (60 * (minute - 420)) / 840, // 6 min in the morning, 5 min at closing
  abandonShare: 0.06,
  specialDays: { "2026-04-03": 0, "2026-04-06": 0.25 }, // Good Friday closed, Easter Monday a quarter of a day
  seed: 20260223,
};

const out = fileURLToPath(new URL("../scenarios/examples/data/genesys-history-8-weeks.csv", import.meta.url));
writeFileSync(out, syntheticGenesysHistory(EXAMPLE_DEMAND));
console.log(`wrote ${out}`);
