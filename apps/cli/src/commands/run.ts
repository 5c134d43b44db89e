import { dirname } from "node:path";
import {
  simulate,
  type Outcome,
  type PreparedScenario,
  type ScenarioSource,
  type SimulateOptions,
  type Simulation,
} from "@ccsim/runner";
import type { Command } from "commander";
import { kpiFormat, MISSING, monthsCsv, plausibilityWarnings, tableKpis } from "@ccsim/report";
import { cliProvenance } from "../provenance.js";
import { writeResultFiles } from "../resultFiles.js";
import { checkDestination, checkFileDestination } from "../writeResultSet.js";
import { addResultOptions, runOptionsFrom, type CommonRunFlags, type RunFlags } from "../runOptions.js";
import { ScenarioFileError } from "../scenarioFile.js";
import { textTable } from "../textTable.js";
import { caseCardText } from "../caseCardText.js";
import { plannerFiles } from "../plannerFiles.js";
import { addPlannerOptions, PLANNER_OUT_FILES, plannerRequest, type PlannerFlags } from "../plannerOptions.js";
import { writeWorkbook } from "../workbook.js";
import { unitLabel } from "../kpiUnits.js";

export function registerRun(program: Command): void {
  addPlannerOptions(
    addResultOptions(
      program
        .command("run")
        .argument("<file>", "scenario file (YAML or JSON)")
        .description("run a scenario: monthly KPIs per variant, mean with 95% CI across replications"),
      PLANNER_OUT_FILES,
    ),
  ).action(async (file: string, flags: CommonRunFlags & PlannerFlags) => {
    const simulation = await runFile(file, flags, simulate, true, true);
    emit(flags, simulation, () => runTables(simulation), true);
    if (flags.xlsx !== undefined) await writeWorkbook(flags.xlsx, simulation);
  });
}

/** One of the library's entry functions: a scenario and options in, a simulation or located problems out. */
type Entry<T extends Simulation> = (
  source: ScenarioSource | PreparedScenario,
  options: SimulateOptions,
) => Promise<Outcome<T>>;

/**
 * Runs a scenario file through the library entry (`simulate` by default) with the shared flags: replications on
 * worker threads, a progress bar, the CLI's provenance. Problems in the file are a ScenarioFileError (exit code 2).
 * The destination (`out`: a folder, or a file when `outIsFolder` is false) is checked first, so a bad --out costs
 * no run.
 */
export async function runFile<T extends Simulation = Simulation>(
  file: string,
  flags: RunFlags & PlannerFlags & { out?: string },
  entry: Entry<T> = simulate,
  outIsFolder = true,
  planner = false,
): Promise<T> {
  if (flags.out !== undefined)
    checkDestination(outIsFolder || flags.out.trim() === "" ? flags.out : dirname(flags.out));
  if (flags.xlsx !== undefined) checkFileDestination(flags.xlsx, "--xlsx");
  // With the planner's exports the scenario is checked first: the days and variant to record depend on it.
  const request = planner ? await plannerRequest(file, flags) : undefined;
  const source: ScenarioSource = request?.prepared ?? { path: file };
  const { options, close } = runOptionsFrom(flags);
  try {
    const outcome = await entry(source, {
      ...options,
      provenance: cliProvenance(),
      ...(request?.intervals === undefined ? {} : { intervals: request.intervals }),
    });
    if (!outcome.ok) throw new ScenarioFileError(outcome.problems);
    return outcome;
  } finally {
    await close();
  }
}

/** Prints in the requested format and writes the result files when asked (with the planner's files: `planner`). */
export function emit(flags: CommonRunFlags, simulation: Simulation, table: () => string, planner = false): void {
  const json = simulation.result;
  const csv = monthsCsv(json);
  // Sanity warnings go to stderr, one line each, so piped JSON or CSV stays clean.
  for (const w of plausibilityWarnings(json)) console.error(w.text);
  // Printed first, so that the result is not lost when only writing the files fails (that is still exit code 2).
  if (flags.format === "json") console.log(JSON.stringify(json, null, 2));
  else if (flags.format === "csv") process.stdout.write(csv);
  else console.log(table());
  if (flags.out !== undefined) writeResultFiles(flags.out, json, csv, planner ? plannerFiles(simulation) : []);
}

function runTables({ scenario, run }: Simulation): string {
  const head = `${scenario.name}: ${run.replications} replications per variant, ${run.fidelity} fidelity, seed ${run.seed}`;
  const blocks = run.variants.map((v) => {
    const kpis = tableKpis(Object.keys(v.overall));
    // A KPI missing from a month or from the run shows as missing (NaN), not as 0.
    const rows = v.months.map((m) => [m.month, ...kpis.map((k) => kpiFormat(k).format(m.kpis[k]?.mean ?? NaN))]);
    rows.push(["mean", ...kpis.map((k) => kpiFormat(k).format(v.overall[k]?.mean ?? NaN))]);
    rows.push(["+- 95% CI", ...kpis.map((k) => kpiFormat(k).format(v.overall[k]?.halfWidth ?? NaN))]);
    return `${v.name}${v.description === undefined ? "" : `: ${firstSentence(v.description)}`}\n${textTable(["month", ...kpis.map((k) => unitLabel(k, scenario.currency))], rows)}${survivalLine(v.overall)}`;
  });
  const card = caseCardText(scenario, run);
  return [
    head,
    "",
    blocks.join("\n\n"),
    "",
    "SL = answered within the threshold / offered; sufficiency = rostered agent-hours / hours the planner needed rostered.",
    `${MISSING} = missing: no vacancy filled that month (time to fill), or its vacancies' 30 days not over by the end of the run (filled <=30 d).`,
    ...(card === "" ? [] : ["", card]),
  ].join("\n");
}

/** The run-level hire-survival KPIs (Kaplan-Meier over the run's hires) as one line, when the run has them. */
function survivalLine(overall: Simulation["run"]["variants"][number]["overall"]): string {
  const kpis = ["hireSurvival90d", "hireSurvival180d", "hireSurvival365d"].filter((k) => k in overall);
  if (kpis.length === 0) return "";
  const f = kpiFormat("hireSurvival90d");
  const parts = kpis.map(
    (k) =>
      `${k.slice("hireSurvival".length, -1)} d ${f.format(overall[k]?.mean ?? NaN)} +- ${f.format(overall[k]?.halfWidth ?? NaN)}`,
  );
  return `\nhires still employed (Kaplan-Meier, censored at the end of the run): ${parts.join(", ")}`;
}

function firstSentence(text: string): string {
  const flat = text.trim().replace(/\s+/g, " ");
  const end = flat.search(/\.\s/);
  return end < 0 ? flat : flat.slice(0, end + 1);
}
