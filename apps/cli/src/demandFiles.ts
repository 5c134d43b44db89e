/**
 * The CLI's side of demand files: reads the files a scenario names (paths relative to the scenario file), with a
 * size limit, and turns every problem into located lines (exit code 2) like the scenario loader's.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { applyDemandFiles, DemandImportError, MAX_DEMAND_FILE_BYTES } from "@ccsim/runner/demand";
import { ScenarioError, type Scenario } from "@ccsim/scenario";

/** Line and column of the first mention of a demand file's path in the scenario text, to point at it. */
function mention(scenarioText: string, path: string): { line: number; column: number } {
  const lines = scenarioText.split("\n");
  const i = lines.findIndex((l) => l.includes(path));
  return i < 0 ? { line: 1, column: 1 } : { line: i + 1, column: lines[i]!.indexOf(path) + 1 };
}

/**
 * The scenario with its channels' demand files applied; notes (what was imported, volume outside opening
 * hours...) go to stderr. Throws a ScenarioError for an unreadable or bad file.
 */
export function withDemandFiles(scenario: Scenario, scenarioPath: string, scenarioText: string): Scenario {
  if (scenario.demand.voice?.demandFile === undefined && scenario.demand.chat?.demandFile === undefined) return scenario;
  try {
    const applied = applyDemandFiles(scenario, (path) => {
      const full = join(dirname(scenarioPath), path);
      const shownAs = relative(process.cwd(), full) || full;
      try {
        if (statSync(full).size > MAX_DEMAND_FILE_BYTES) throw new Error(`larger than ${MAX_DEMAND_FILE_BYTES / 1024 / 1024} MB`);
        return { text: readFileSync(full, "utf8"), shownAs };
      } catch (error) {
        const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new ScenarioError({ issues: [{ file: scenarioPath, ...mention(scenarioText, path), path: "demandFile.path", message: `cannot read the demand file ${shownAs} (${why}); the path is relative to the scenario file` }] });
      }
    });
    for (const note of applied.notes) console.error(`demand: ${note}`);
    return applied.scenario;
  } catch (error) {
    if (error instanceof DemandImportError) {
      throw new ScenarioError({ issues: [...error.issues.map((i) => ({ ...i, path: "" })), ...(error.more > 0 ? [{ file: error.issues[0]!.file, line: 0, column: 0, path: "", message: `${error.more} more problems not shown: fix these first` }] : [])] });
    }
    throw error;
  }
}
