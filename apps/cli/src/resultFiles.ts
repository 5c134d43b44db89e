import type { ResultDocument } from "@ccsim/scenario";
import { writeResultSet, type ResultFile } from "./writeResultSet.js";

/**
 * Writes result.json, months.csv and any `more` files (the planner's) into `dir` as a set (see writeResultSet):
 * all new, or none.
 */
export function writeResultFiles(
  dir: string,
  doc: ResultDocument,
  csv: string,
  more: readonly ResultFile[] = [],
): void {
  // result.json last: its presence means the set is complete.
  writeResultSet(dir, [
    ...more,
    { name: "months.csv", content: csv },
    { name: "result.json", content: `${JSON.stringify(doc, null, 2)}\n` },
  ]);
}
