import type { SensitivityDocument } from "@ccsim/scenario";
import { readJsonFile } from "./readJsonFile.js";
import { UserError } from "./UserError.js";

/**
 * Reads a saved `ccsim sensitivity --out` document for `ccsim report --sensitivity`, refusing one made from another
 * version of the scenario file (its ranges or model would not be the report's).
 */
export function readSensitivity(path: string, scenarioSha256: string): SensitivityDocument {
  const data = readJsonFile(path, `${path}: cannot read the sensitivity result`);
  const doc = data as Partial<SensitivityDocument> | null;
  if (
    doc === null ||
    typeof doc !== "object" ||
    doc.kind !== "ccsim-sensitivity" ||
    !Array.isArray(doc.sensitivity) ||
    !Array.isArray(doc.robustness)
  ) {
    throw new UserError(
      `${path}: not a ccsim sensitivity result (write one with \`ccsim sensitivity FILE --out ${path}\`)`,
    );
  }
  if (doc.provenance?.scenarioSha256 !== scenarioSha256) {
    throw new UserError(
      `${path}: made from another version of the scenario file (its SHA-256 differs): run \`ccsim sensitivity\` again`,
    );
  }
  return doc as SensitivityDocument;
}
