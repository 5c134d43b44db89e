import { resultDocument, runScenario, type ScenarioRun } from "@ccsim/runner";
import type { Command } from "commander";
import { kpiFormat, MISSING, monthsCsv, plausibilityWarnings, tableKpis } from "@ccsim/report";
import type { Provenance } from "@ccsim/scenario";
import { provenance } from "../provenance.js";
import { writeResultFiles } from "../resultFiles.js";
import { addResultOptions, runOptionsFrom, type CommonRunFlags, type RunFlags } from "../runOptions.js";
import { loadScenarioFile, type LoadedScenario } from "../scenarioFile.js";
import { textTable } from "../textTable.js";
import { caseCardText } from "../caseCardText.js";

export function registerRun(program: Command): void {
  addResultOptions(program.command("run").argument("<file>", "scenario file (YAML or JSON)")
    .description("run a scenario: monthly KPIs per variant, mean with 95% CI across replications"))
    .action(async (file: string, flags: CommonRunFlags) => {
      const { loaded, run, stamp } = await runFile(file, flags);
      emit(flags, run, stamp, loaded, () => runTables(loaded, run));
    });
}

/** Loads and runs a scenario file with the shared flags. */
export async function runFile(file: string, flags: RunFlags): Promise<{ loaded: LoadedScenario; run: ScenarioRun; stamp: Provenance }> {
  const loaded = loadScenarioFile(file);
  const { options, close } = runOptionsFrom(flags);
  try {
    const run = await runScenario(loaded.scenario, loaded.variants, options);
    return { loaded, run, stamp: provenance(loaded, run) };
  } finally {
    await close();
  }
}

/** Prints in the requested format and writes the result files when asked. */
export function emit(flags: CommonRunFlags, run: ScenarioRun, stamp: Provenance, loaded: LoadedScenario, table: () => string): void {
  const json = resultDocument(run, stamp, loaded.scenario.reported);
  const csv = monthsCsv(json);
  if (flags.out !== undefined) writeResultFiles(flags.out, json, csv);
  // Sanity warnings go to stderr, one line each, so piped JSON or CSV stays clean.
  for (const w of plausibilityWarnings(json)) console.error(w.text);
  if (flags.format === "json") console.log(JSON.stringify(json, null, 2));
  else if (flags.format === "csv") process.stdout.write(csv);
  else console.log(table());
}

function runTables(loaded: LoadedScenario, run: ScenarioRun): string {
  const head = `${loaded.scenario.name}: ${run.replications} replications per variant, ${run.fidelity} fidelity, seed ${run.seed}`;
  const blocks = run.variants.map((v) => {
    const kpis = tableKpis(Object.keys(v.overall));
    const rows = v.months.map((m) => [m.month, ...kpis.map((k) => kpiFormat(k).format(m.kpis[k]!.mean))]);
    rows.push(["mean", ...kpis.map((k) => kpiFormat(k).format(v.overall[k]!.mean))]);
    rows.push(["+- 95% CI", ...kpis.map((k) => kpiFormat(k).format(v.overall[k]!.halfWidth))]);
    return `${v.name}${v.description === undefined ? "" : `: ${firstSentence(v.description)}`}\n${textTable(["month", ...kpis.map((k) => kpiFormat(k).label)], rows)}${survivalLine(v.overall)}`;
  });
  const card = caseCardText(loaded, run);
  return [head, "", blocks.join("\n\n"), "", "SL = answered within the threshold / offered; sufficiency = rostered agent-hours / hours the planner needed rostered.",
    `${MISSING} = missing: no vacancy filled that month (time to fill), or its vacancies' 30 days not over by the end of the run (filled <=30 d).`,
    ...(card === "" ? [] : ["", card])].join("\n");
}

/** The run-level hire-survival KPIs (Kaplan-Meier over the run's hires) as one line, when the run has them. */
function survivalLine(overall: ScenarioRun["variants"][number]["overall"]): string {
  const kpis = ["hireSurvival90d", "hireSurvival180d", "hireSurvival365d"].filter((k) => k in overall);
  if (kpis.length === 0) return "";
  const f = kpiFormat("hireSurvival90d");
  const parts = kpis.map((k) => `${k.slice("hireSurvival".length, -1)} d ${f.format(overall[k]!.mean)} +- ${f.format(overall[k]!.halfWidth)}`);
  return `\nhires still employed (Kaplan-Meier, censored at the end of the run): ${parts.join(", ")}`;
}

function firstSentence(text: string): string {
  const flat = text.trim().replace(/\s+/g, " ");
  const end = flat.search(/\.\s/);
  return end < 0 ? flat : flat.slice(0, end + 1);
}
