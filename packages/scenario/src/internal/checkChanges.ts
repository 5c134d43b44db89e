/**
 * Checks of variants and interventions beyond their own shape: every `set` entry must name a field and suit it
 * (checked on the raw data, so these problems are reported even when other parts of the file are broken), and
 * the scenario with the change applied must still pass every check (so a variant cannot, say, make the class
 * size limits contradict each other). Problems are placed at the variant's or intervention's own lines.
 */
import { Either } from "effect";
import { encodeScenario } from "../applyOverrides.js";
import { decodeScenario, type Scenario } from "../Scenario.js";
import { formatPath } from "../ScenarioError.js";
import { toDay } from "./dates.js";
import { describeIssue, type RawIssue } from "./describeIssues.js";
import { isRecord, type Data } from "./isRecord.js";
import { checkOverrideEntry, homeOfKey, setAll, sharedRunSettingIssue, type OverrideKind } from "./overridePaths.js";

const LISTS: ReadonlyArray<readonly [string, OverrideKind]> = [
  ["variants", "variant"],
  ["interventions", "intervention"],
];

/** Problems with individual `set` entries in the raw (migrated) file data. */
export const changeEntryIssues = (data: Data): ReadonlyArray<RawIssue> =>
  LISTS.flatMap(([listName, kind]) => {
    const list = data[listName];
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry: unknown, i) => {
      const set = isRecord(entry) ? entry["set"] : undefined;
      if (!isRecord(set)) return [];
      return Object.entries(set).flatMap(([key, value]) => {
        const shared = kind === "variant" ? sharedRunSettingIssue(key) : undefined;
        return (shared === undefined ? checkOverrideEntry(key, value, kind) : [shared]).map((p) => ({
          ...p,
          path: [listName, i, "set", key, ...p.path],
        }));
      });
    });
  });

/** Places a problem of the changed scenario at the `set` entry that caused it, or at `set` itself. */
const placeAt =
  (listName: string, i: number, set: Data, kind: OverrideKind) =>
  (p: RawIssue): RawIssue => {
    const shown = formatPath(p.path);
    const key = Object.keys(set).find((k) => shown === k || shown.startsWith(`${k}.`) || shown.startsWith(`${k}[`));
    return {
      path: key === undefined ? [listName, i, "set"] : [listName, i, "set", key],
      at: key === undefined ? "key" : "value",
      shownPath: formatPath([listName, i, "set"]),
      message: `with this ${kind} applied, ${shown === "" ? "the scenario" : shown}: ${p.message}`,
    };
  };

const variantIssues = (scenario: Scenario, base: Data): ReadonlyArray<RawIssue> =>
  scenario.variants.flatMap((variant, i) => {
    const result = decodeScenario(setAll(base, variant.set));
    return Either.isLeft(result)
      ? describeIssue(result.left.issue, homeOfKey).map(placeAt("variants", i, variant.set, "variant"))
      : [];
  });

/** Interventions apply cumulatively in date order; one that breaks a check is reported and skipped. */
const interventionIssues = (scenario: Scenario, base: Data): ReadonlyArray<RawIssue> => {
  // Dates as "YYYY-MM-DD" strings compare correctly as strings; ties keep file order.
  const order = scenario.interventions
    .map((intervention, i) => ({ intervention, i, day: toDay(intervention.from) }))
    .sort((a, b) => (a.day === b.day ? a.i - b.i : a.day < b.day ? -1 : 1));
  let issues: ReadonlyArray<RawIssue> = [];
  let state = base;
  for (const { intervention, i } of order) {
    const next = setAll(state, intervention.set);
    const result = decodeScenario(next);
    if (Either.isRight(result)) state = next;
    else
      issues = issues.concat(
        describeIssue(result.left.issue, homeOfKey).map(placeAt("interventions", i, intervention.set, "intervention")),
      );
  }
  return issues;
};

/** Problems that appear only once a variant or the interventions are applied to the (valid) baseline. */
export const appliedChangeIssues = (scenario: Scenario): ReadonlyArray<RawIssue> => {
  if (scenario.variants.length === 0 && scenario.interventions.length === 0) return [];
  const base = encodeScenario(scenario);
  return [...variantIssues(scenario, base), ...interventionIssues(scenario, base)];
};
