/** A variant's own dated interventions, read from its `set` (raw data: any entry may be malformed). */
import { isRecord, type Data } from "./isRecord.js";

/** The `set` of each intervention in a variant's `set.interventions`, by position (undefined where it has none). */
export const datedSets = (set: Data): ReadonlyArray<Data | undefined> => {
  const list = set["interventions"];
  return Array.isArray(list)
    ? list.map((x: unknown) => (isRecord(x) && isRecord(x["set"]) ? x["set"] : undefined))
    : [];
};
