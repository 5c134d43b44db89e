/**
 * The trainer's variant: a starting point (the baseline or one of the scenario's own variants) plus the levers
 * the trainer moved. A lever that the starting variant changes in a dated intervention (the MTS changes apply
 * from July 2023) is changed inside that intervention, so the lever moves what the variant actually does;
 * any other lever applies from the start of the horizon.
 */
import { variantNamer, type Locale } from "@ccsim/report";
import { encodeScenario, type Scenario } from "@ccsim/scenario";

export type OverrideSet = Readonly<Record<string, unknown>>;

export const BASELINE = "baseline";
export const TRAINER_VARIANT = "your variant";

/** A variant's name on the page: the trainer's as the page's words say it, the rest as the reports name them. */
export function shownVariantName(scenario: Scenario, loc: Locale, yourVariant: string): (name: string) => string {
  const named = variantNamer(scenario, loc);
  return (name) => (name === TRAINER_VARIANT ? yourVariant : named(name));
}

interface InterventionLike {
  readonly from: unknown;
  readonly description?: unknown;
  readonly set: OverrideSet;
}

/** The `set` of the named starting point: empty for the baseline. */
export function startingSet(scenario: Scenario, from: string): OverrideSet | undefined {
  if (from === BASELINE) return {};
  return scenario.variants.find((v) => v.name === from)?.set;
}

/** The default starting point: the case's replaying variant (the last, which the case card judges), else the baseline. */
export function defaultStart(scenario: Scenario): string {
  return scenario.variants.at(-1)?.name ?? BASELINE;
}

function interventionsOf(set: OverrideSet): readonly InterventionLike[] {
  const list = set["interventions"];
  return Array.isArray(list) ? (list as InterventionLike[]) : [];
}

/** Index of the last intervention of the set that changes `path`, or -1. */
function lastInterventionSetting(set: OverrideSet, path: string): number {
  const list = interventionsOf(set);
  for (let i = list.length - 1; i >= 0; i--) if (Object.hasOwn(list[i]!.set, path)) return i;
  return -1;
}

/** The starting set with the trainer's edits written where they take effect (see the module note). */
export function mergeEdits(start: OverrideSet, edits: OverrideSet): OverrideSet {
  const merged: Record<string, unknown> = { ...start };
  let interventions = interventionsOf(start).map((i) => ({ ...i, set: { ...i.set } }));
  for (const [path, value] of Object.entries(edits)) {
    const at = lastInterventionSetting(start, path);
    if (at >= 0)
      interventions = interventions.map((i, n) => (n === at ? { ...i, set: { ...i.set, [path]: value } } : i));
    else merged[path] = value;
  }
  if (interventions.length > 0) merged["interventions"] = interventions;
  return merged;
}

/** A field of an encoded scenario by dotted path. */
function valueAt(encoded: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      encoded,
    );
}

/** What the lever is set to in the trainer's variant: the edit, else the starting variant's value, else the baseline's. */
export function effectiveValue(scenario: Scenario, start: OverrideSet, edits: OverrideSet, path: string): unknown {
  if (Object.hasOwn(edits, path)) return edits[path];
  const at = lastInterventionSetting(start, path);
  if (at >= 0) return interventionsOf(start)[at]!.set[path];
  if (Object.hasOwn(start, path)) return start[path];
  return valueAt(encodeScenario(scenario), path);
}

/** A variant the trainer saved under a name to compare with later ones: a starting point and levers, as the trainer's own. */
export interface SavedVariant {
  readonly name: string;
  readonly from: string;
  readonly edits: OverrideSet;
}

/** At most this many saved variants: with the baseline and the trainer's own, five lines a chart can still show apart. */
export const MAX_SAVED = 3;

/** A saved variant as a scenario variant (its starting point's set with its levers written where they take effect). */
export function savedVariant(
  scenario: Scenario,
  saved: SavedVariant,
): { name: string; description: string; set: OverrideSet } {
  const moved = Object.keys(saved.edits);
  return {
    name: saved.name,
    description: `Saved in the playground: starts from ${saved.from}${moved.length === 0 ? "" : `; levers moved: ${moved.join(", ")}`}.`,
    set: mergeEdits(startingSet(scenario, saved.from) ?? {}, saved.edits),
  };
}

/**
 * The scenario to run: its baseline, the saved variants, and the trainer's (left out when its set is empty and
 * nothing is saved: nothing to compare). The trainer's comes last: the case card judges the last variant.
 */
export function scenarioWithVariant(
  scenario: Scenario,
  set: OverrideSet,
  description: string,
  saved: readonly SavedVariant[] = [],
): Scenario {
  const own = Object.keys(set).length === 0 && saved.length === 0 ? [] : [{ name: TRAINER_VARIANT, description, set }];
  // Without the file's translations: they name its own variants, which these replace (the page names them itself);
  // nor the uncertain ranges of those variants' own values (the playground runs no sensitivity study).
  const { translations: _t, ...rest } = scenario;
  return {
    ...rest,
    uncertain: rest.uncertain.filter((u) => u.variant === undefined),
    variants: [...saved.map((v) => savedVariant(scenario, v)), ...own],
  };
}
