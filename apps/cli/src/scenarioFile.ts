import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { resolveVariants, type ResolvedVariant } from "@ccsim/runner";
import { invalidUtf8At, loadScenario, ScenarioError, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { UserError } from "./UserError.js";

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
  const invalid = invalidUtf8At(bytes);
  if (invalid !== undefined) {
    const message = `the file is not valid UTF-8 (byte 0x${invalid.byte.toString(16)}); save it as UTF-8`;
    throw new ScenarioFileError(new ScenarioError({ issues: [{ file: path, line: invalid.line, column: invalid.column, path: "", message }] }));
  }
  const decoded = loadScenario(bytes.toString("utf8"), path);
  if (Either.isLeft(decoded)) throw new ScenarioFileError(decoded.left);
  const variants = resolveVariants(decoded.right, path);
  if (Either.isLeft(variants)) throw new ScenarioFileError(variants.left);
  return { path, scenario: decoded.right, variants: variants.right, sha256: createHash("sha256").update(bytes).digest("hex") };
}
