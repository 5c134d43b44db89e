/**
 * Settings that act only through the people layer, changed where it is off (`simulatePeople: false`): a variant,
 * an intervention or an uncertain range that changes pay, training or any other people setting would run exactly
 * as the baseline, and a user would read "no effect" as a finding. Each such entry is an error at its key.
 */
import type { Scenario } from "../Scenario.js";
import { crossField } from "../crossFieldText.js";
import type { RawIssue } from "./describeIssues.js";
import { datedSets } from "./datedSets.js";
import type { Data } from "./isRecord.js";

/** Sections read only when agents are hired, trained, paid and lost (runner's compilePeople and compileManagement). */
const PEOPLE_SECTIONS = new Set([
  "labourMarket",
  "recruiting",
  "training",
  "rampUp",
  "attrition",
  "burnout",
  "pay",
  "motivation",
  "customerExperience",
  "money",
  "management",
]);

/**
 * Fields outside the people sections that act only through the people layer: trainees are left out of a roster
 * without it, and the planner's handle time follows a workforce only where there is one that learns and tires
 * (without it the planner staffs for the channel's handle time, whatever these say).
 */
const PEOPLE_ONLY_FIELDS = new Set([
  "operations.initialHeadcount.training",
  "operations.plannedHandleTime",
  "operations.plannedHandleTimeWindowDays",
]);

/**
 * Whether `path` acts only through the people layer. A few fields outside its sections do too (PEOPLE_ONLY_FIELDS),
 * and one inside acts without it: the headcount target factor sizes an `auto` start.
 */
export const peopleLayerOnly = (path: string, autoStart: boolean): boolean => {
  if (PEOPLE_ONLY_FIELDS.has(path)) return true;
  if (path === "recruiting.headcountTargetFactor") return !autoStart;
  return PEOPLE_SECTIONS.has(path.split(".")[0] ?? "");
};

/**
 * The keys of `set` that would change nothing when applied to `scenario`: people settings where the people layer is
 * off, in the scenario or in `set` itself (a variant may switch it).
 */
export const inertKeys = (set: Data, scenario: Scenario): string[] => {
  const people = typeof set["simulatePeople"] === "boolean" ? set["simulatePeople"] : scenario.simulatePeople;
  if (people) return [];
  const head =
    "operations.initialHeadcount" in set ? set["operations.initialHeadcount"] : scenario.operations.initialHeadcount;
  return Object.keys(set).filter((key) => peopleLayerOnly(key, head === "auto"));
};

const issue = (path: ReadonlyArray<string | number>, key: string, at: "key" | "value" = "key"): RawIssue => ({
  path,
  at,
  message: crossField("peopleLayerOff", { path: key }),
});

/** The entries of a variant's `set` that decide whether a people setting acts (for its interventions and ranges). */
const switchesOf = (set: Data): Data =>
  Object.fromEntries(["simulatePeople", "operations.initialHeadcount"].filter((k) => k in set).map((k) => [k, set[k]]));

/** Entries of variants, interventions (a variant's own included) and `uncertain` that the people layer alone reads. */
export const peopleOffIssues = (scenario: Scenario): ReadonlyArray<RawIssue> => {
  const interventions = scenario.interventions.flatMap((x, i) =>
    inertKeys(x.set, scenario).map((key) => issue(["interventions", i, "set", key], key)),
  );
  const variants = scenario.variants.flatMap((v, i) => {
    const own = inertKeys(v.set, scenario).map((key) => issue(["variants", i, "set", key], key));
    const nested = datedSets(v.set).flatMap((set, j) => {
      if (set === undefined) return [];
      return inertKeys({ ...switchesOf(v.set), ...set }, scenario)
        .filter((key) => key in set)
        .map((key) => issue(["variants", i, "set", "interventions", j, "set", key], key));
    });
    return [...own, ...nested];
  });
  const uncertain = scenario.uncertain.flatMap((u, i) => {
    const variant = scenario.variants.find((v) => v.name === u.variant);
    const set = { ...(variant === undefined ? {} : switchesOf(variant.set)), [u.path]: null };
    return inertKeys(set, scenario).includes(u.path) ? [issue(["uncertain", i, "path"], u.path, "value")] : [];
  });
  return [...interventions, ...variants, ...uncertain];
};
