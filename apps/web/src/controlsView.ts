/** The controls panel: the scenario, the starting point, run settings, the levers by group, and the actions. */
import { MAX_PAGE_REPLICATIONS } from "./linkLimits.js";
import { peopleLayerOnly, scenarioTexts, type Scenario } from "@ccsim/scenario";
import { el } from "./dom.js";
import { savedControls, type SavedActions } from "./savedVariantsView.js";
import { leverControl, type OnLever } from "./leverControl.js";
import { fieldSchema, LEVERS } from "./levers.js";
import { BASELINE, effectiveValue, startingSet, type OverrideSet } from "./trainerVariant.js";
import type { PlaygroundState } from "./urlState.js";
import { webEn, type WebText } from "./webText.js";

export interface ControlActions extends SavedActions {
  readonly onLever: OnLever;
  readonly onReset: (path: string) => void;
  readonly onFrom: (from: string) => void;
  readonly onSettings: (settings: PlaygroundState["settings"]) => void;
  readonly onCancel: () => void;
  readonly onRun: () => void;
  readonly onDownloadYaml: () => void;
  readonly onDownloadCsv: () => void;
  readonly onCopyLink: () => void;
}

/**
 * The panel. Lever groups fold (a group's title, then its lever: every lever two clicks away); a group is open
 * when it holds a moved lever or is in `openGroups` (the trainer had it open before the panel was redrawn).
 */
export function drawControls(
  container: HTMLElement,
  scenario: Scenario,
  state: PlaygroundState,
  actions: ControlActions,
  openGroups: ReadonlySet<string> = new Set(),
  text: WebText = webEn,
  resolvedStart?: number,
): void {
  const start = startingSet(scenario, state.from) ?? {};
  // Without the people layer, its levers would change nothing (the loader refuses such a change): not offered.
  const autoStart = scenario.operations.initialHeadcount === "auto";
  const offered = LEVERS.filter((l) => scenario.simulatePeople || !peopleLayerOnly(l.path, autoStart));
  const groups = [...new Set(offered.map((l) => l.group))];
  const levers = groups.map((group) => {
    const own = offered.filter((l) => l.group === group);
    const open = openGroups.has(group) || own.some((l) => Object.hasOwn(state.edits, l.path));
    return el(
      "details",
      { class: "group", "data-group": group, ...(open ? { open: "" } : {}) },
      el("summary", {}, text.groups[group] ?? group),
      ...own.flatMap((lever) => {
        const schema = fieldSchema(lever.path);
        if (schema === undefined) return [];
        const value = effectiveValue(scenario, start, state.edits, lever.path);
        // A field inside a section the variant leaves as the word `auto` (initialHeadcount: auto) has no value of
        // its own: the lever shows what the run resolved it to, and moving it replaces `auto` with a fixed start.
        const auto = autoParent(scenario, start, state.edits, lever.path);
        return [
          leverControl(
            lever,
            schema,
            value,
            Object.hasOwn(state.edits, lever.path),
            actions.onLever,
            actions.onReset,
            auto ? { resolved: resolvedStart, label: text.auto, note: text.autoNote } : undefined,
            { lang: state.lang, text, currency: scenario.currency },
          ),
        ];
      }),
    );
  });
  const own = scenarioTexts(scenario, state.lang ?? "en");
  container.replaceChildren(
    el("h2", { id: "scenario-name" }, own.name),
    el("p", { class: "description" }, own.description ?? ""),
    startSelect(scenario, state, actions, text),
    settingsRow(scenario, state, actions, text),
    actionsRow(actions, text),
    savedControls(state.saved ?? [], text, actions),
    ...(offered.length < LEVERS.length ? [el("p", { class: "note", id: "people-off" }, text.peopleOff)] : []),
    ...levers,
  );
}

/** Whether the lever's parent field is the word `auto` in the trainer's variant (and the lever is not moved). */
function autoParent(scenario: Scenario, start: OverrideSet, edits: OverrideSet, path: string): boolean {
  if (Object.hasOwn(edits, path)) return false;
  const parent = path.split(".").slice(0, -1).join(".");
  return parent !== "" && effectiveValue(scenario, start, edits, parent) === "auto";
}

function startSelect(scenario: Scenario, state: PlaygroundState, actions: ControlActions, text: WebText): HTMLElement {
  const names = [BASELINE, ...scenario.variants.map((v) => v.name)];
  const own = scenarioTexts(scenario, state.lang ?? "en");
  const select = el(
    "select",
    { id: "from" },
    ...names.map((n) => el("option", { value: n }, n === BASELINE ? text.baselineOption : own.variantName(n))),
  );
  select.value = state.from;
  select.addEventListener("change", () => actions.onFrom(select.value));
  const described = own.variantDescription(
    state.from,
    scenario.variants.find((v) => v.name === state.from)?.description,
  );
  return el(
    "div",
    { class: "start" },
    el("label", { for: "from" }, text.startsFrom),
    select,
    el("p", { class: "note" }, described ?? text.startNote),
  );
}

function settingsRow(scenario: Scenario, state: PlaygroundState, actions: ControlActions, text: WebText): HTMLElement {
  const fidelity = el(
    "select",
    { id: "fidelity" },
    el("option", { value: "interval" }, text.fidelityInterval),
    el("option", { value: "contact" }, text.fidelityContact),
  );
  fidelity.value = state.settings.fidelity ?? scenario.fidelity;
  const replications = el("input", {
    id: "replications",
    type: "number",
    min: "1",
    max: String(MAX_PAGE_REPLICATIONS),
    step: "1",
    value: String(state.settings.replications ?? scenario.replications),
  });
  const changed = (): void =>
    actions.onSettings({
      fidelity: fidelity.value as "interval" | "contact",
      replications: Number(replications.value),
    });
  fidelity.addEventListener("change", changed);
  replications.addEventListener("change", changed);
  return el(
    "div",
    { class: "settings" },
    el("label", { for: "fidelity" }, text.fidelity),
    fidelity,
    el("label", { for: "replications" }, text.replications),
    replications,
  );
}

function actionsRow(actions: ControlActions, text: WebText): HTMLElement {
  const button = (id: string, text: string, onClick: () => void): HTMLButtonElement => {
    const b = el("button", { type: "button", id }, text);
    b.addEventListener("click", onClick);
    return b;
  };
  return el(
    "div",
    { class: "actions" },
    button("run", text.runAgain, actions.onRun),
    button("cancel", text.cancel, actions.onCancel),
    button("download-yaml", text.scenarioYaml, actions.onDownloadYaml),
    button("download-csv", text.resultsCsv, actions.onDownloadCsv),
    button("copy-link", text.copyLink, actions.onCopyLink),
  );
}
