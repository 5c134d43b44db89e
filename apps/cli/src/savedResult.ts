import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { loadScenarioResult, type ResultDocument, type Scenario } from "@ccsim/scenario";
import { readJsonFile } from "./readJsonFile.js";
import { UserError } from "./UserError.js";

/** A saved result and the scenario it was run from: what `ccsim report --from` makes a report of. */
export interface SavedResult {
  readonly result: ResultDocument;
  readonly scenario: Scenario;
  readonly scenarioText: string;
}

/**
 * Reads a `result.json` written by `ccsim run --out` (or any command that writes one) together with its scenario:
 * the copy of the scenario file the result carries, or, for a result without one, `scenarioFile`, which must be
 * the same version the result was run from (same SHA-256) so the report's assumptions are the run's.
 */
export function readSavedResult(path: string, scenarioFile?: string): SavedResult {
  const data = readJsonFile(path, `--from ${path}: cannot read the result`);
  const doc = data as Partial<ResultDocument> | null;
  if (
    doc === null ||
    typeof doc !== "object" ||
    !Array.isArray(doc.variants) ||
    !Array.isArray(doc.comparisons) ||
    typeof doc.provenance?.scenarioSha256 !== "string"
  )
    throw new UserError(
      `--from ${path}: not a ccsim result document (expected the result.json that \`ccsim run FILE --out DIR\` writes)`,
    );
  const result = doc as ResultDocument;
  let text = result.scenarioText;
  if (scenarioFile !== undefined) {
    try {
      text = readFileSync(scenarioFile, "utf8");
    } catch (error) {
      throw new UserError(
        `${scenarioFile}: cannot read the scenario (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
    const sha = createHash("sha256").update(readFileSync(scenarioFile)).digest("hex");
    if (sha !== result.provenance.scenarioSha256)
      throw new UserError(
        `${scenarioFile}: not the version of the scenario ${path} was run from (its SHA-256 differs); run it again with \`ccsim run ${scenarioFile} --out DIR\``,
      );
  }
  if (text === undefined)
    throw new UserError(
      `--from ${path}: the result carries no copy of its scenario (written by an older ccsim): name the scenario file too, \`ccsim report ${result.provenance.scenarioFile} --from ${path}\``,
    );
  const name = scenarioFile ?? `${path} (scenarioText)`;
  const loaded = loadScenarioResult(text, name);
  if (!loaded.ok) throw new UserError(loaded.text);
  return { result, scenario: loaded.scenario, scenarioText: text };
}
