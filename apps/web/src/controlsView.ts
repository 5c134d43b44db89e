/** The controls panel: the scenario, the starting point, run settings, the levers by group, and the actions. */
import { MAX_PAGE_REPLICATIONS } from "./linkLimits.js";
import type { Scenario } from "@ccsim/scenario";
import { el } from "./dom.js";
import { leverControl, type OnLever } from "./leverControl.js";
import { fieldSchema, LEVERS } from "./levers.js";
import { BASELINE, effectiveValue, startingSet } from "./trainerVariant.js";
import type { PlaygroundState } from "./urlState.js";

export interface ControlActions {
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
  groupName: (group: string) => string = (g) => g,
): void {
  const start = startingSet(scenario, state.from) ?? {};
  const groups = [...new Set(LEVERS.map((l) => l.group))];
  const levers = groups.map((group) => {
    const own = LEVERS.filter((l) => l.group === group);
    const open = openGroups.has(group) || own.some((l) => Object.hasOwn(state.edits, l.path));
    return el(
      "details",
      { class: "group", "data-group": group, ...(open ? { open: "" } : {}) },
      el("summary", {}, groupName(group)),
      ...own.flatMap((lever) => {
        const schema = fieldSchema(lever.path);
        if (schema === undefined) return [];
        return [
          leverControl(
            lever,
            schema,
            effectiveValue(scenario, start, state.edits, lever.path),
            Object.hasOwn(state.edits, lever.path),
            actions.onLever,
            actions.onReset,
          ),
        ];
      }),
    );
  });
  container.replaceChildren(
    el("h2", { id: "scenario-name" }, scenario.name),
    el("p", { class: "description" }, scenario.description ?? ""),
    startSelect(scenario, state, actions),
    settingsRow(scenario, state, actions),
    actionsRow(actions),
    ...levers,
  );
}

function startSelect(scenario: Scenario, state: PlaygroundState, actions: ControlActions): HTMLElement {
  const names = [BASELINE, ...scenario.variants.map((v) => v.name)];
  const select = el(
    "select",
    { id: "from" },
    ...names.map((n) => el("option", { value: n }, n === BASELINE ? "the baseline (no changes)" : n)),
  );
  select.value = state.from;
  select.addEventListener("change", () => actions.onFrom(select.value));
  const described = scenario.variants.find((v) => v.name === state.from)?.description;
  return el(
    "div",
    { class: "start" },
    el("label", { for: "from" }, "Your variant starts from"),
    select,
    el(
      "p",
      { class: "note" },
      described ?? "Levers you move below make your variant; the baseline stays as the file has it.",
    ),
  );
}

function settingsRow(scenario: Scenario, state: PlaygroundState, actions: ControlActions): HTMLElement {
  const fidelity = el(
    "select",
    { id: "fidelity" },
    el("option", { value: "interval" }, "interval (fast: Erlang A per half-hour)"),
    el("option", { value: "contact" }, "contact (every contact simulated: slow)"),
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
    el("label", { for: "fidelity" }, "Fidelity"),
    fidelity,
    el("label", { for: "replications" }, "Replications"),
    replications,
  );
}

function actionsRow(actions: ControlActions): HTMLElement {
  const button = (id: string, text: string, onClick: () => void): HTMLButtonElement => {
    const b = el("button", { type: "button", id }, text);
    b.addEventListener("click", onClick);
    return b;
  };
  return el(
    "div",
    { class: "actions" },
    button("run", "Run again", actions.onRun),
    button("cancel", "Cancel", actions.onCancel),
    button("download-yaml", "Scenario (YAML)", actions.onDownloadYaml),
    button("download-csv", "Results (CSV)", actions.onDownloadCsv),
    button("copy-link", "Copy link", actions.onCopyLink),
  );
}
