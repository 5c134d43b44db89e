import { compareVariants, pairedDifferences, type Simulation } from "@ccsim/runner";
import { caseCardText } from "../caseCardText.js";
import type { Command } from "commander";
import { kpiFormat, tableKpis } from "@ccsim/report";
import { addResultOptions, type CommonRunFlags } from "../runOptions.js";
import { textTable } from "../textTable.js";
import { emit, runFile } from "./run.js";
import { addPlannerOptions, PLANNER_OUT_FILES, type PlannerFlags } from "../plannerOptions.js";
import { writeWorkbook } from "../workbook.js";
import { unitLabel } from "../kpiUnits.js";

export function registerCompare(program: Command): void {
  addPlannerOptions(
    addResultOptions(
      program
        .command("compare")
        .argument("<file>", "scenario file with variants")
        .description("compare each variant with the baseline: paired differences with 95% CIs (common random numbers)"),
      PLANNER_OUT_FILES,
    ),
  ).action(async (file: string, flags: CommonRunFlags & PlannerFlags) => {
    const simulation = await runFile(file, flags, compareVariants, true, true);
    emit(flags, simulation, () => comparisonTables(simulation), true);
    if (flags.xlsx !== undefined) await writeWorkbook(flags.xlsx, simulation);
  });
}

function comparisonTables({ scenario, run }: Simulation): string {
  const head = `${scenario.name}: each variant against the baseline, mean over the reported months; ${run.replications} paired replications, ${run.fidelity} fidelity, seed ${run.seed}`;
  const blocks = pairedDifferences(run).map((c) => {
    const kpis = new Set(tableKpis(c.overall.map((d) => d.kpi)));
    const rows = c.overall
      .filter((d) => kpis.has(d.kpi))
      .map((d) => {
        const f = kpiFormat(d.kpi);
        return [
          unitLabel(d.kpi, scenario.currency),
          f.format(d.baseline.mean),
          f.format(d.variant.mean),
          f.formatDifference(d.difference.mean),
          `[${f.formatDifference(d.difference.ciLow)}, ${f.formatDifference(d.difference.ciHigh)}]`,
          d.significant ? "yes" : "no",
        ];
      });
    return `${c.variant} vs baseline\n${textTable(["KPI", "baseline", c.variant, "difference", "95% CI", "significant"], rows)}`;
  });
  const card = caseCardText(scenario, run);
  return [head, "", blocks.join("\n\n"), ...(card === "" ? [] : ["", card])].join("\n");
}
