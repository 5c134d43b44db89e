import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { resolveVariants, type ResolvedVariant } from "@ccsim/runner";
import { formatIssue, loadScenario, locatedWarnings, ScenarioError, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { UserError } from "./UserError.js";
import { withDemandFiles } from "./demandFiles.js";

/** Demand files applied (see demandFiles.ts); their problems are reported like the scenario's own. */
function withDemandFilesOrFail(scenario: Scenario, path: string, text: string): Scenario {
  try {
    return withDemandFiles(scenario, path, text);
  } catch (error) {
    if (error instanceof ScenarioError) throw new ScenarioFileError(error);
    throw error;
  }
}

/** Largest scenario file read (the loader refuses larger texts too; this avoids reading them at all). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadedScenario {
  readonly path: string;
  readonly scenario: Scenario;
  readonly variants: readonly ResolvedVariant[];
  /** SHA-256 of the file's bytes, for provenance. */
  readonly sha256: string;
}

/** A scenario file's problems, every one with file, line, column and path: printed as they are, exit code 2. */
export class ScenarioFileError extends UserError {
  constructor(error: ScenarioError) {
    super(error.format());
  }
}

/** Reads, decodes and resolves a scenario file; any problem is a UserError (exit code 2, no stack trace). */
export function loadScenarioFile(path: string): LoadedScenario {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) throw new UserError(`${path}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; scenario files are small text files`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const decoded = loadScenario(bytes.toString("utf8"), path);
  if (Either.isLeft(decoded)) throw new ScenarioFileError(decoded.left);
  const scenario = withDemandFilesOrFail(decoded.right, path, bytes.toString("utf8"));
  for (const warning of locatedWarnings(bytes.toString("utf8"), path, scenario)) console.error(`warning: ${formatIssue(warning)}`);
  const variants = resolveVariants(scenario, path);
  if (Either.isLeft(variants)) throw new ScenarioFileError(variants.left);
  return { path, scenario, variants: variants.right, sha256: createHash("sha256").update(bytes).digest("hex") };
}
