import { caseCard, compareVariants, type ScenarioRun } from "@ccsim/runner";
import type { Command } from "commander";
import { kpiFormat, tableKpis } from "../kpiFormat.js";
import { addRunOptions, type CommonRunFlags } from "../runOptions.js";
import type { LoadedScenario } from "../scenarioFile.js";
import { textTable } from "../textTable.js";
import { UserError } from "../UserError.js";
import { emit, runFile } from "./run.js";

export function registerCompare(program: Command): void {
  addRunOptions(program.command("compare").argument("<file>", "scenario file with variants")
    .description("compare each variant with the baseline: paired differences with 95% CIs (common random numbers)"))
    .action(async (file: string, flags: CommonRunFlags) => {
      const { loaded, run, stamp } = await runFile(file, flags);
      if (run.variants.length < 2) throw new UserError(`${file}: the scenario has no variants to compare; add a variants: list`);
      emit(flags, run, stamp, loaded, () => comparisonTables(loaded, run));
    });
}

function comparisonTables(loaded: LoadedScenario, run: ScenarioRun): string {
  const head = `${loaded.scenario.name}: each variant against the baseline, mean over the reported months; ${run.replications} paired replications, ${run.fidelity} fidelity, seed ${run.seed}`;
  const blocks = compareVariants(run).map((c) => {
    const kpis = new Set(tableKpis(c.overall.map((d) => d.kpi)));
    const rows = c.overall.filter((d) => kpis.has(d.kpi)).map((d) => {
      const f = kpiFormat(d.kpi);
      const signed = (x: number): string => (x >= 0 ? `+${f.format(x)}` : `-${f.format(-x)}`);
      return [f.label, f.format(d.baseline.mean), f.format(d.variant.mean), signed(d.difference.mean), `[${signed(d.difference.ciLow)}, ${signed(d.difference.ciHigh)}]`, d.significant ? "yes" : "no"];
    });
    return `${c.variant} vs baseline\n${textTable(["KPI", "baseline", c.variant, "difference", "95% CI", "significant"], rows)}`;
  });
  const card = caseCardText(loaded, run);
  return [head, "", blocks.join("\n\n"), ...(card === "" ? [] : ["", card])].join("\n");
}

/**
 * The case card: the scenario's reported figures against the last variant (the one that replays the case's
 * changes; the baseline when there is none), each with its 95% CI and whether it is reproduced.
 */
export function caseCardText(loaded: LoadedScenario, run: ScenarioRun): string {
  const reported = loaded.scenario.reported;
  if (reported.length === 0) return "";
  const variant = run.variants[run.variants.length - 1]!;
  const rows = caseCard(variant, reported).map(({ figure, simulated, reproduced }) => {
    const f = (x: number): string => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(Math.abs(x) >= 10 ? 1 : 3));
    const what = figure.changeSince === undefined ? `${figure.kpi}${figure.month === undefined ? "" : ` in ${figure.month}`}` : `${figure.kpi}, change ${figure.changeSince} to ${figure.month ?? "end"}`;
    return [what, `${f(figure.value)} +- ${f(figure.tolerance)} ${figure.unit}`, f(simulated.mean), `[${f(simulated.ciLow)}, ${f(simulated.ciHigh)}]`, reproduced ? "yes" : "no"];
  });
  const notes = reported.filter((r) => r.reading !== undefined).map((r) => `  ${r.kpi}: ${r.reading}`);
  return [`Case card (${variant.name}): reported vs simulated`, textTable(["figure", "reported", "simulated", "95% CI", "reproduced"], rows), ...(notes.length > 0 ? ["Readings:", ...notes] : [])].join("\n");
}
