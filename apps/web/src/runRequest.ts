/** What a playground state runs: the scenario with the trainer's settings and variant, and the pool's cache keys. */
import { applyOverrides, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { variantDescription } from "./downloads.js";
import type { LibraryEntry } from "./library.js";
import { mergeEdits, scenarioWithVariant, startingSet, type OverrideSet } from "./trainerVariant.js";
import type { PlaygroundState } from "./urlState.js";

export interface PlannedRun {
  readonly scenario: Scenario;
  readonly fileName: string;
  /** The trainer's variant as a `set` (empty: the variant is the baseline). */
  readonly variantSet: OverrideSet;
  /**
   * Cache key of each variant: the baseline's depends only on the scenario, so moving a lever re-runs only the
   * trainer's variant; the variant's is its whole `set`, so moving a lever back is instant.
   */
  readonly variantKeys: readonly string[];
}

/** Plans the run of a state that `checkState` accepted (so applying its settings cannot fail). */
export function planRun(entry: LibraryEntry, scenario: Scenario, state: PlaygroundState): PlannedRun {
  const withSettings = Either.getOrThrow(applyOverrides(scenario, state.settings, { file: entry.file }));
  const variantSet = mergeEdits(startingSet(scenario, state.from) ?? {}, state.edits);
  const planned = scenarioWithVariant(withSettings, variantSet, variantDescription(state), state.saved ?? []);
  return {
    scenario: planned,
    fileName: entry.file,
    variantSet,
    // A saved variant with the same set as an earlier trainer's variant is served from the cache: saving costs nothing.
    variantKeys: [`${entry.id}|baseline`, ...planned.variants.map((v) => `${entry.id}|${JSON.stringify(v.set)}`)],
  };
}
