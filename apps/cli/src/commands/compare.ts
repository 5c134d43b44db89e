import { compareVariants, type ScenarioRun } from "@ccsim/runner";
import { caseCardText } from "../caseCardText.js";
import type { Command } from "commander";
import { kpiFormat, tableKpis } from "@ccsim/report";
import { addResultOptions, type CommonRunFlags } from "../runOptions.js";
import type { LoadedScenario } from "../scenarioFile.js";
import { textTable } from "../textTable.js";
import { UserError } from "../UserError.js";
import { emit, runFile } from "./run.js";

export function registerCompare(program: Command): void {
  addResultOptions(program.command("compare").argument("<file>", "scenario file with variants")
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
      return [f.label, f.format(d.baseline.mean), f.format(d.variant.mean), f.formatDifference(d.difference.mean),
        `[${f.formatDifference(d.difference.ciLow)}, ${f.formatDifference(d.difference.ciHigh)}]`, d.significant ? "yes" : "no"];
    });
    return `${c.variant} vs baseline\n${textTable(["KPI", "baseline", c.variant, "difference", "95% CI", "significant"], rows)}`;
  });
  const card = caseCardText(loaded, run);
  return [head, "", blocks.join("\n\n"), ...(card === "" ? [] : ["", card])].join("\n");
}
