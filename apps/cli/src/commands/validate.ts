import { scenarioJsonSchemaText } from "@ccsim/scenario";
import type { Command } from "commander";
import { loadScenarioFile } from "../scenarioFile.js";

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .argument("<file>", "scenario file (YAML or JSON)")
    .description("check a scenario file: every problem with its line, column and field path (exit code 2 if any)")
    .action(async (file: string) => {
      const { scenario, variants } = await loadScenarioFile(file);
      const months = scenario.calendar.horizonMonths;
      console.log(
        `${file}: valid. "${scenario.name}", ${months} months from ${scenario.calendar.startDate}, ${variants.length - 1} variant(s), ${scenario.interventions.length} intervention(s).`,
      );
    });
  program
    .command("schema")
    .description("print the JSON Schema of scenario files (for editor completion and validation)")
    .action(() => {
      process.stdout.write(scenarioJsonSchemaText());
    });
}
