/**
 * The options of `run` and `compare` for the planner's exports: which days go into intervals.csv and roster.csv,
 * of which variant and replication, and the Excel workbook.
 */
import { exportDays, type IntervalRequest, type PreparedScenario } from "@ccsim/runner";
import type { Command } from "commander";
import { isoDate, positiveInteger } from "./options.js";
import { loadScenarioFile } from "./scenarioFile.js";
import { UserError } from "./UserError.js";

export interface PlannerFlags {
  from?: string;
  to?: string;
  replication?: number;
  variant?: string;
  xlsx?: string;
}

/** What `--out` writes for run and compare: the result set and the planner's files. */
export const PLANNER_OUT_FILES =
  "result.json, months.csv, intervals.csv, roster.csv, capacity.csv and requirement-calabrio.csv";

export function addPlannerOptions(command: Command): Command {
  return command
    .option(
      "--from <date>",
      "with --out: first day of intervals.csv and roster.csv, YYYY-MM-DD, in the reported months (default: first day of the first reported month)",
      isoDate,
    )
    .option(
      "--to <date>",
      "with --out: last day, YYYY-MM-DD; at most 31 days in all (default: --from, or the first 7 days when neither is given)",
      isoDate,
    )
    .option(
      "--replication <n>",
      "with --out: intervals.csv of this replication, 1 to the run's replications, instead of the mean; the roster is its too (default: the mean; the first replication's roster)",
      positiveInteger,
    )
    .option("--variant <name>", "with --out: the variant of intervals.csv and roster.csv (default: baseline)")
    .option(
      "--xlsx <file>",
      "also write an Excel workbook: monthly KPIs, capacity plan, comparison, case card, provenance",
    );
}

/**
 * The checked scenario (its demand notes and plausibility warnings printed on stderr) and, when files are written, the days to record interval by interval; a bad range,
 * variant or replication is a UserError (exit code 2) before anything runs.
 */
export async function plannerRequest(
  file: string,
  flags: PlannerFlags & { out?: string; replications?: number },
): Promise<{ prepared: PreparedScenario; intervals?: IntervalRequest }> {
  // Read as every command reads a scenario: what its demand files gave and implausible inputs go to stderr.
  const checked = await loadScenarioFile(file);
  if (flags.out === undefined) {
    const orphan = (["from", "to", "replication", "variant"] as const).find((k) => flags[k] !== undefined);
    if (orphan !== undefined) throw new UserError(`--${orphan} chooses what --out writes: add --out <dir>`);
    return { prepared: checked };
  }
  const days = exportDays(checked.scenario, flags.from, flags.to);
  if ("problem" in days) throw new UserError(`--from/--to: ${days.problem}`);
  const variant = flags.variant ?? "baseline";
  if (!checked.variants.some((v) => v.name === variant))
    throw new UserError(
      `--variant ${variant}: no such variant; the scenario has ${checked.variants.map((v) => v.name).join(", ")}`,
    );
  const replications = flags.replications ?? checked.scenario.replications;
  if (flags.replication !== undefined && flags.replication > replications)
    throw new UserError(`--replication ${flags.replication}: the run has ${replications} replications`);
  return {
    prepared: checked,
    intervals: {
      ...days,
      variant,
      ...(flags.replication === undefined ? {} : { replication: flags.replication - 1 }),
    },
  };
}
