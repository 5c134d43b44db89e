/** Changes of the playground's state that are not a lever: saving and removing variants, the run settings. */
import type { Scenario } from "@ccsim/scenario";
import type { SavedActions } from "./savedVariantsView.js";
import { effectiveValue, startingSet } from "./trainerVariant.js";
import { savedNameProblem, type PlaygroundState } from "./urlState.js";
import { webText } from "./webText.js";

/** Save and remove, applied through `change` (which checks the state and runs it). */
export function savedActions(state: PlaygroundState, change: (next: PlaygroundState) => void): SavedActions {
  return {
    onSave: (name) => {
      const saved = state.saved ?? [];
      const problem = savedNameProblem(name, saved);
      if (problem !== undefined) return webText(state.lang).problem(problem);
      // The saved levers run as a variant of their own; the trainer's variant starts again from its starting point.
      change({ ...state, saved: [...saved, { name, from: state.from, edits: state.edits }], edits: {} });
      return undefined;
    },
    onRemove: (name) => {
      const { saved: _s, ...rest } = state;
      const left = (state.saved ?? []).filter((v) => v.name !== name);
      change(left.length === 0 ? rest : { ...rest, saved: left });
    },
  };
}

/** Whether two states run the same simulation (they may differ in language or presenter mode). */
export function sameRunState(a: PlaygroundState, b: PlaygroundState): boolean {
  const key = (s: PlaygroundState): string => JSON.stringify([s.scenarioId, s.from, s.edits, s.settings, s.saved]);
  return key(a) === key(b);
}

/** The settings that differ from the scenario's own (the others stay out of the URL). */
export function ownSettings(scenario: Scenario, settings: PlaygroundState["settings"]): PlaygroundState["settings"] {
  return {
    ...(settings.fidelity === undefined || settings.fidelity === scenario.fidelity
      ? {}
      : { fidelity: settings.fidelity }),
    ...(settings.replications === undefined || settings.replications === scenario.replications
      ? {}
      : { replications: settings.replications }),
  };
}

/**
 * The state after a lever is set: a lever set back to what its starting point holds is no change any more, so it
 * leaves the list of changes (and the link), instead of showing as "25,000 -> 25,000".
 */
export function leverEdit(scenario: Scenario, state: PlaygroundState, path: string, value: unknown): PlaygroundState {
  const { [path]: _old, ...others } = state.edits;
  const start = effectiveValue(scenario, startingSet(scenario, state.from) ?? {}, {}, path);
  return { ...state, edits: JSON.stringify(value) === JSON.stringify(start) ? others : { ...others, [path]: value } };
}
