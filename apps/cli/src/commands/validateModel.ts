import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { simulate, validationCase, type ValidationCase } from "@ccsim/runner";
import { InvalidArgumentError, type Command } from "commander";
import { cliProvenance } from "../provenance.js";
import { runOptionsFrom, MAX_REPLICATIONS, MAX_THREADS } from "../runOptions.js";
import { integerUpTo } from "../options.js";
import { ScenarioFileError } from "../scenarioFile.js";
import { UserError } from "../UserError.js";
import { validationMarkdown } from "../validationMarkdown.js";
import { validationTable } from "../validationText.js";

/** The repository's folder of published studies, found from this file (apps/cli/dist/commands). */
const DEFAULT_FOLDER = fileURLToPath(new URL("../../../../scenarios/validation/published/", import.meta.url));

interface Flags {
  replications?: number;
  threads?: number;
  quiet?: boolean;
  format: "table" | "json" | "markdown";
}

function format(value: string): Flags["format"] {
  if (value === "table" || value === "json" || value === "markdown") return value;
  throw new InvalidArgumentError("expected table, json or markdown.");
}

export function registerValidateModel(program: Command): void {
  program
    .command("validate-model")
    .argument("[folder]", "folder of validation scenarios (default: the repository's scenarios/validation/published)")
    .description("run the published studies as validation cases: reported against simulated figures, by kind")
    .option(
      "--replications <n>",
      `replications per variant, a whole number from 1 to ${MAX_REPLICATIONS} (default: each file's)`,
      integerUpTo(MAX_REPLICATIONS),
    )
    .option(
      "--threads <n>",
      `worker threads for replications, at most ${MAX_THREADS} (twice the cores) (default: one per core)`,
      integerUpTo(MAX_THREADS),
    )
    .option("--format <format>", "what is printed: table, json or markdown (docs/validation.md)", format, "table")
    .option("--quiet", "no progress output on stderr")
    .action(async (folder: string | undefined, flags: Flags) => {
      const files = caseFiles(folder ?? DEFAULT_FOLDER);
      const cases: ValidationCase[] = [];
      // One pool for all files; each file runs its own seed, so the order of files changes nothing.
      const { options, close } = runOptionsFrom(flags);
      try {
        for (const file of files) {
          const outcome = await simulate({ path: file }, { ...options, provenance: cliProvenance() });
          if (!outcome.ok) throw new ScenarioFileError(outcome.problems);
          cases.push(validationCase(basename(file), outcome.scenario, outcome.run));
        }
      } finally {
        await close();
      }
      if (flags.format === "json") console.log(JSON.stringify({ cases }, null, 2));
      else if (flags.format === "markdown") process.stdout.write(validationMarkdown(cases, flags.replications));
      else console.log(validationTable(cases));
    });
}

/** The YAML files of the folder, in name order (so the table and the doc have one order). */
function caseFiles(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UserError(`${folder}: no such folder of validation scenarios`);
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => join(folder, f));
  if (files.length === 0) throw new UserError(`${folder}: no .yaml validation scenarios in it`);
  return files;
}
