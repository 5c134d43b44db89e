import { checkScenario, formatProblem, type PreparedScenario, type Problem } from "@ccsim/runner";
import { UserError } from "./UserError.js";

/** A scenario file's problems, every one with file, line, column and path: printed as they are, exit code 2. */
export class ScenarioFileError extends UserError {
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

/**
 * Reads and checks a scenario file with the library entry (demand files it names included); any problem is a
 * ScenarioFileError (exit code 2). Implausible settings and what demand files gave are printed on stderr.
 */
export async function loadScenarioFile(path: string): Promise<PreparedScenario> {
  const checked = await checkScenario({ path });
  if (!checked.ok) throw new ScenarioFileError(checked.problems);
  for (const note of checked.notes) console.error(`demand: ${note}`);
  for (const warning of checked.warnings) console.error(`warning: ${formatProblem(warning)}`);
  return checked;
}
