/**
 * The library's side of demand files: a scenario may name, per channel, a WFM export or forecast to take its
 * demand from (path relative to the scenario file). They are read here, with a size limit, and every problem
 * becomes a located one like the scenario loader's. The parsers load only when a scenario names a file, so the
 * playground's bundle does not carry them.
 */
import { type Scenario } from "@ccsim/scenario";
import { fileProblem, nodeFs, type Problem } from "./source.js";
import { whyUnreadable } from "./fileErrorText.js";

export interface DemandApplied {
  readonly scenario: Scenario;
  /** What was imported and what a planner should check (one line each). */
  readonly notes: readonly string[];
}

const namesDemandFile = (scenario: Scenario): boolean =>
  scenario.demand.voice?.demandFile !== undefined || scenario.demand.chat?.demandFile !== undefined;

/** Line and column of the first mention of a path in the scenario text, to point at it. */
function mention(scenarioText: string, path: string): { line: number; column: number } {
  const lines = scenarioText.split("\n");
  const i = lines.findIndex((l) => l.includes(path));
  return i < 0 ? { line: 1, column: 1 } : { line: i + 1, column: (lines[i] ?? "").indexOf(path) + 1 };
}

/** `path` relative to the folder of `scenarioFile` (absolute paths stay as they are). */
function besideScenario(scenarioFile: string, path: string): string {
  if (path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path)) return path;
  const folder = scenarioFile.replace(/[^/\\]*$/, "");
  return `${folder}${path}`;
}

/** The scenario with its channels' demand files applied, or the located problems that stopped it. */
export async function applyNamedDemandFiles(
  scenario: Scenario,
  scenarioFile: string,
  scenarioText: string,
): Promise<DemandApplied | { readonly problems: readonly Problem[] }> {
  if (!namesDemandFile(scenario)) return { scenario, notes: [] };
  const fs = nodeFs();
  if (fs === undefined)
    return {
      problems: [
        fileProblem(scenarioFile, "this scenario takes demand from a file, which needs Node.js to read", "demand"),
      ],
    };
  const { applyDemandFiles, decodeText, DemandImportError, MAX_DEMAND_FILE_BYTES } =
    await import("./demandImport/index.js");
  const unreadable: Problem[] = [];
  try {
    const applied = applyDemandFiles(scenario, (path) => {
      const shownAs = besideScenario(scenarioFile, path);
      try {
        if (fs.statSync(shownAs).size > MAX_DEMAND_FILE_BYTES)
          throw new Error(`larger than ${MAX_DEMAND_FILE_BYTES / 1024 / 1024} MB`);
        return { text: decodeText(fs.readFileSync(shownAs)), shownAs };
      } catch (error) {
        const why = whyUnreadable(error);
        unreadable.push({
          file: scenarioFile,
          ...mention(scenarioText, path),
          path: "demandFile.path",
          message: `cannot read the demand file ${shownAs}: ${why} (the path is relative to the scenario file)`,
        });
        throw error;
      }
    });
    return { scenario: applied.scenario, notes: applied.notes };
  } catch (error) {
    if (unreadable.length > 0) return { problems: unreadable };
    if (error instanceof DemandImportError) {
      const more =
        error.more > 0
          ? [
              fileProblem(
                error.issues[0]?.file ?? scenarioFile,
                `${error.more} more problems not shown: fix these first`,
              ),
            ]
          : [];
      return { problems: [...error.issues.map((i) => ({ ...i, path: "" })), ...more] };
    }
    throw error;
  }
}
