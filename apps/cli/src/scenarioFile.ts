import { checkScenario, formatProblem, type PreparedScenario, type Problem } from "@ccsim/runner";
import { UserError } from "./UserError.js";

/** A scenario file's problems, every one with file, line, column and path: printed as they are, exit code 2. */
export class ScenarioFileError extends UserError {
  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

/** Reads and checks a scenario file with the library entry; any problem is a ScenarioFileError (exit code 2). */
export async function loadScenarioFile(path: string): Promise<PreparedScenario> {
  const checked = await checkScenario({ path });
  if (!checked.ok) throw new ScenarioFileError(checked.problems);
  return checked;
}
