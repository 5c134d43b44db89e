import { readFileSync } from "node:fs";
import { UserError } from "./UserError.js";

/**
 * The parsed JSON of a file the user named (a saved result, a sensitivity document). A file that cannot be read or
 * is not JSON is a one-line user error, `cannot` followed by the reason, never a stack trace.
 */
export function readJsonFile(path: string, cannot: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason =
      error instanceof SyntaxError
        ? `not JSON: ${error.message}`
        : ((error as NodeJS.ErrnoException).code ?? String(error));
    throw new UserError(`${cannot} (${reason})`);
  }
}
