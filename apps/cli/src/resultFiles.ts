import type { ResultDocument } from "@ccsim/scenario";
import { writeResultSet } from "./writeResultSet.js";

/** Writes result.json and months.csv into `dir` as a set (see writeResultSet): both new, or neither. */
export function writeResultFiles(dir: string, doc: ResultDocument, csv: string): void {
  // result.json last: its presence means the set is complete.
  writeResultSet(dir, [
    { name: "months.csv", content: csv },
    { name: "result.json", content: `${JSON.stringify(doc, null, 2)}\n` },
  ]);
}
