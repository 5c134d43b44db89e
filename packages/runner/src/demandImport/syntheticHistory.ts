/**
 * Interval history drawn from a known demand, in the Genesys Cloud historical import layout: for the example in
 * scenarios/examples (made by scripts/make-example-history.mjs) and for the round-trip test that checks an import
 * recovers the demand it was drawn from. Arrivals are Poisson per interval, abandonment binomial, handle times
 * exponential around the interval's mean; every draw from a named stream of a fixed seed.
 */
import { createStream, makePoissonSampler } from "@ccsim/engine";
import { localOf } from "./localTime.js";

export interface SyntheticDemand {
  /** First local date (YYYY-MM-DD) and number of days. */
  readonly firstDate: string;
  readonly days: number;
  readonly timeZone: string;
  readonly intervalMinutes: 15 | 30;
  readonly queue: string;
  readonly mediaType: "Voice" | "Chat";
  /** Expected contacts on a day whose weekday share is the mean (1/7). */
  readonly meanDailyVolume: number;
  /** Relative volume per weekday, Monday first. */
  readonly weekdayShares: ReadonlyArray<number>;
  /** Relative volume per local interval from midnight (1440 / intervalMinutes values), the same every day. */
  readonly intraday: ReadonlyArray<number>;
  /** Optional shape per weekday, Monday first (7 lists like `intraday`), used instead of `intraday` if given. */
  readonly intradayByWeekday?: ReadonlyArray<ReadonlyArray<number>>;
  /** Mean handle time in seconds at a local minute of the day. */
  readonly handleTimeSec: (minute: number) => number;
  readonly abandonShare: number;
  /** Volume factors of special days (0 = closed). */
  readonly specialDays?: Readonly<Record<string, number>>;
  readonly seed: number;
}

const HEADER =
  "Interval Start UTC Date,Queue,Media Type,Skill Set,Language,Offered,Interactions Handled,Total Handle Time (Seconds)";

/** The CSV text; intervals with no contacts are written too (a real export has them). */
export function syntheticGenesysHistory(d: SyntheticDemand): string {
  const arrivals = makePoissonSampler(createStream(d.seed, "history.arrivals", 0));
  const abandon = createStream(d.seed, "history.abandon", 0);
  const handle = createStream(d.seed, "history.handle", 0);
  const weekdayTotal = d.weekdayShares.reduce((a, b) => a + b, 0);
  const shapes = d.intradayByWeekday ?? Array.from({ length: 7 }, () => d.intraday);
  const shapeTotals = shapes.map((shape) => shape.reduce((a, b) => a + b, 0));
  const lines = [HEADER];
  const step = d.intervalMinutes * 60_000;
  // Walk UTC intervals from a day before the first local midnight to a day after the last, keeping those whose
  // local date is in range: DST days then get 23 or 25 hours of intervals, as a real export does.
  const first = Date.parse(`${d.firstDate}T00:00:00Z`);
  const lastDate = new Date(first + (d.days - 1) * 86_400_000).toISOString().slice(0, 10);
  for (let t = first - 86_400_000; t < first + (d.days + 1) * 86_400_000; t += step) {
    const local = localOf(t, d.timeZone);
    if (local.date < d.firstDate || local.date > lastDate) continue;
    const weekday = (new Date(`${local.date}T00:00:00Z`).getUTCDay() + 6) % 7;
    const factor = d.specialDays?.[local.date] ?? 1;
    const mean =
      d.meanDailyVolume *
      7 *
      (d.weekdayShares[weekday]! / weekdayTotal) *
      ((shapes[weekday]?.[Math.floor(local.minute / d.intervalMinutes)] ?? 0) / shapeTotals[weekday]!) *
      factor;
    const offered = arrivals(mean);
    let handled = 0;
    let total = 0;
    const aht = d.handleTimeSec(local.minute);
    for (let i = 0; i < offered; i++) {
      if (abandon.next() < d.abandonShare) continue;
      handled++;
      total += -aht * Math.log(handle.next());
    }
    lines.push(
      `${new Date(t).toISOString().replace(".000Z", "Z")},${d.queue},${d.mediaType},,,${offered},${handled},${Math.round(total)}`,
    );
  }
  return lines.join("\n") + "\n";
}
