import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ResultDocument } from "@ccsim/scenario";

/** Writes result.json and months.csv into `dir`. */
export function writeResultFiles(dir: string, doc: ResultDocument, csv: string): void {
  mkdirSync(dir, { recursive: true });
  writeAtomically(join(dir, "result.json"), `${JSON.stringify(doc, null, 2)}\n`);
  writeAtomically(join(dir, "months.csv"), csv);
}

/** Writes to a temporary name first, then renames, so an interrupted run leaves no half-written file. */
export function writeAtomically(path: string, text: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
