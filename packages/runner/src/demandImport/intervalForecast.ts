/**
 * The planner's forecast per interval of a date range: expected contacts, handle time and the targets the
 * requirement is solved against, for each open interval and channel of the scenario. It is what the model's
 * planner staffs to before forecast error (expected volumes, a proficient agent's handle time, exponential
 * patience with the channel's mean; chat in sessions), so a requirement computed from it can be checked by hand
 * with `ccsim staff`. Dated interventions are not applied (the scenario's base parameters).
 */
import { distributionMean } from "@ccsim/engine";
import { arrivalRates, buildCalendar, Planner } from "@ccsim/model";
import type { Scenario } from "@ccsim/scenario";
import { compileScenario } from "../compileScenario.js";

export interface IntervalForecast {
  /** Local date YYYY-MM-DD and start time HH:MM of the interval (the centre's clock; scenarios have no zone). */
  readonly date: string;
  readonly start: string;
  readonly intervalMinutes: number;
  readonly channel: string;
  /** Expected contacts offered in the interval. */
  readonly offered: number;
  readonly callsPerHour: number;
  /** Mean handle time of one session in seconds (chat: grown by concurrency, as the planner assumes). */
  readonly ahtSec: number;
  readonly concurrency: number;
  readonly thresholdSec: number;
  readonly targetServiceLevel: number;
  readonly serviceLevelDefinition: "answered-within-threshold" | "waited-within-threshold" | "excluding-short-abandons";
  readonly patienceSec: number;
  readonly maxAbandon: number | undefined;
  readonly maxOccupancy: number | undefined;
}

const hhmm = (sec: number): string =>
  `${String(Math.floor(sec / 3600)).padStart(2, "0")}:${String(Math.floor((sec % 3600) / 60)).padStart(2, "0")}`;

/**
 * Forecast rows of the open intervals from `from` to `to` (inclusive, YYYY-MM-DD); dates outside the simulated
 * calendar are skipped. Default range: the first seven days of the first reported month.
 */
export function intervalForecast(scenario: Scenario, from?: string, to?: string): IntervalForecast[] {
  const params = compileScenario(scenario);
  const calendar = buildCalendar(params.calendar);
  const first = Date.UTC(params.calendar.startYear, params.calendar.startMonth - 1, 1);
  const dateOf = (day: number) => new Date(first + day * 86_400_000).toISOString().slice(0, 10);
  const firstReported = calendar.monthStartDay[params.calendar.warmupMonths]!;
  const lo = from ?? dateOf(firstReported);
  const hi = to ?? dateOf(firstReported + 6);
  const rows: IntervalForecast[] = [];
  const rates = params.channels.map((c) => arrivalRates(c.demand, calendar));
  for (let day = 0; day < calendar.days; day++) {
    const date = dateOf(day);
    if (date < lo || date > hi) continue;
    for (let i = 0; i < calendar.intervalsPerDay; i++) {
      params.channels.forEach((c, k) => {
        const rate = rates[k]![day * calendar.intervalsPerDay + i]!;
        rows.push({
          date,
          start: hhmm(calendar.openSec + i * calendar.intervalSec),
          intervalMinutes: calendar.intervalSec / 60,
          channel: c.name,
          offered: rate * calendar.intervalSec,
          callsPerHour: rate * 3600,
          ahtSec: Planner.plannedAhtSec(c, i),
          concurrency: c.concurrency,
          thresholdSec: c.thresholdSec,
          targetServiceLevel: c.targetServiceLevel,
          serviceLevelDefinition: c.serviceLevelDefinition,
          patienceSec: distributionMean(c.patienceSec),
          maxAbandon: c.maxAbandon,
          maxOccupancy: c.maxOccupancy,
        });
      });
    }
  }
  return rows;
}
