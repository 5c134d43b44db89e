/**
 * `ccsim requirement FILE`: agents required per interval for the scenario's forecast, solved exactly as
 * `ccsim staff` does (Erlang A against the service-level target and the abandonment and occupancy caps), for a
 * date range. Written as requirement.csv and in the Calabrio forecast layout, so a planner can load it back into
 * a WFM suite or check any row with `ccsim staff`.
 */
import { solveStaffing } from "@ccsim/erlang";
import { intervalForecast, type IntervalForecast } from "@ccsim/runner/demand";
import type { Command } from "commander";
import { isoDate } from "../options.js";
import { checkDestination, writeResultSet } from "../writeResultSet.js";
import { loadScenarioFile } from "../scenarioFile.js";
import { count, textTable } from "../textTable.js";
import { UserError } from "../UserError.js";

interface RequirementOptions {
  from?: string;
  to?: string;
  out?: string;
}

/** Agents needed on the phones (not scheduled: shrinkage is applied by the roster, not here). */
export function requiredAgents(f: IntervalForecast): number {
  if (!(f.callsPerHour > 0)) return 0;
  const sessions = solveStaffing({
    callsPerHour: f.callsPerHour,
    ahtSec: f.ahtSec,
    thresholdSec: f.thresholdSec,
    targetServiceLevel: f.targetServiceLevel,
    serviceLevelDefinition: f.serviceLevelDefinition,
    patienceSec: f.patienceSec,
    ...(f.maxAbandon === undefined ? {} : { maxAbandon: f.maxAbandon }),
    ...(f.maxOccupancy === undefined ? {} : { maxOccupancy: f.maxOccupancy }),
  }).agents;
  return Math.ceil(sessions / f.concurrency);
}

const round = (x: number, digits: number): string => String(Math.round(x * 10 ** digits) / 10 ** digits);

/** The long format: one row per interval and channel. */
function requirementCsv(rows: ReadonlyArray<IntervalForecast & { agents: number }>): string {
  return (
    [
      "interval_start,interval_minutes,channel,offered,aht_sec,service_level_target,threshold_sec,required_agents",
      ...rows.map((r) =>
        [
          `${r.date}T${r.start}`,
          r.intervalMinutes,
          r.channel,
          round(r.offered, 3),
          round(r.ahtSec, 3),
          r.targetServiceLevel,
          r.thresholdSec,
          r.agents,
        ].join(","),
      ),
    ].join("\n") + "\n"
  );
}

/** Calabrio forecast layout (no header): skill, start, end (yyyyMMdd HH:mm), volume, task time, after-task work, agents. */
function calabrioCsv(rows: ReadonlyArray<IntervalForecast & { agents: number }>): string {
  const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace(/-/g, "").replace("T", " ");
  return (
    rows
      .map((r) => {
        const start = Date.parse(`${r.date}T${r.start}:00Z`);
        // Handle time goes in as task time with no separate after-task work: ccsim's handle time already includes it.
        return [
          r.channel,
          stamp(start),
          stamp(start + r.intervalMinutes * 60_000),
          round(r.offered, 3),
          round(r.ahtSec, 1),
          0,
          r.agents,
        ].join(",");
      })
      .join("\n") + "\n"
  );
}

export function registerRequirement(program: Command): void {
  program
    .command("requirement")
    .argument("<file>", "scenario file (YAML or JSON)")
    .description("agents required per interval for the scenario's forecast (as ccsim staff), for a date range")
    .option("--from <date>", "first day, YYYY-MM-DD (default: first day of the first reported month)", isoDate)
    .option(
      "--to <date>",
      "last day, YYYY-MM-DD (default: --from, or the first seven days when neither is given)",
      isoDate,
    )
    .option("--out <dir>", "write requirement.csv and requirement-calabrio.csv into this directory instead of printing")
    .action(async (file: string, o: RequirementOptions) => {
      if (o.out !== undefined) checkDestination(o.out);
      const to = o.to ?? o.from;
      if (o.from !== undefined && to !== undefined && to < o.from)
        throw new UserError(`--to ${to} is before --from ${o.from}`);
      const { scenario } = await loadScenarioFile(file);
      const rows = intervalForecast(scenario, o.from, to).map((f) => ({ ...f, agents: requiredAgents(f) }));
      const { startDate, horizonMonths } = scenario.calendar;
      if (rows.length === 0) {
        throw new UserError(
          `no day from ${o.from ?? "the start"} to ${to ?? "a week later"} lies in the scenario's ${horizonMonths} months from ${startDate}`,
        );
      }
      // A range reaching past the scenario's months was cut to them without a word: a planner asking for four
      // weeks got two and loaded them as the four.
      if ((o.from !== undefined && rows[0]!.date !== o.from) || (to !== undefined && rows.at(-1)!.date !== to)) {
        // The simulated calendar runs from the first of the start month (a YYYY-MM-DD start names its month).
        const [year, month] = startDate.split("-").map(Number) as [number, number];
        const day = (offsetMonths: number, dayOfMonth: number) =>
          new Date(Date.UTC(year, month - 1 + offsetMonths, dayOfMonth)).toISOString().slice(0, 10);
        throw new UserError(
          `days from ${o.from ?? day(0, 1)} to ${to} reach outside the scenario's ${horizonMonths} months, ${day(0, 1)} to ${day(horizonMonths, 0)}: ask for days within them`,
        );
      }
      if (o.out === undefined) {
        process.stdout.write(requirementCsv(rows));
        return;
      }
      writeResultSet(o.out, [
        { name: "requirement.csv", content: requirementCsv(rows) },
        { name: "requirement-calabrio.csv", content: calabrioCsv(rows) },
      ]);
      const byChannel = [...new Set(rows.map((r) => r.channel))].map((ch) => {
        const mine = rows.filter((r) => r.channel === ch);
        // Every channel listed has rows: it comes from them.
        const [head, ...rest] = mine;
        if (head === undefined) throw new RangeError(`no requirement rows for ${ch}`);
        const peak = rest.reduce((a, b) => (b.agents > a.agents ? b : a), head);
        return [
          ch,
          count(mine.reduce((a, r) => a + r.offered, 0)),
          String(peak.agents),
          `${peak.date} ${peak.start}`,
          count(mine.reduce((a, r) => a + (r.agents * r.intervalMinutes) / 60, 0)),
        ];
      });
      console.log(
        `${rows.length} interval rows from ${rows[0]?.date ?? "-"} to ${rows.at(-1)?.date ?? "-"} written to ${o.out}`,
      );
      console.log(
        textTable(
          ["channel", "offered (contacts)", "peak agents", "peak interval", "agent-hours on the phones"],
          byChannel,
        ),
      );
    });
}
