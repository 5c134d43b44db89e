/**
 * The playground's state in the URL fragment, so a trainer can share exactly what the room saw:
 * `#scenario=mts-virtual-contact-centre&from=virtual+contact+centre&training.trainingWeeks=5&pay.scheme=fixed`.
 * Reserved keys name the scenario, the starting variant and the run settings; every other key is a lever's dotted
 * path. Values are YAML scalars or flow collections, decoded and then checked by the scenario schema itself
 * (`applyOverrides`), so a link is accepted exactly when the same change in a scenario file would be.
 */
import { isLang, type Lang } from "@ccsim/report";
import { applyOverrides, type Scenario } from "@ccsim/scenario";
import { Either } from "effect";
import { parse } from "yaml";
import { findEntry, scenarioOf } from "./library.js";
import { linkPairProblems, linkSizeProblems, settingsProblems } from "./linkLimits.js";
import { BASELINE, defaultStart, mergeEdits, startingSet, type OverrideSet } from "./trainerVariant.js";

export interface PlaygroundState {
  readonly scenarioId: string;
  /** Starting point of the trainer's variant: "baseline" or one of the scenario's variants. */
  readonly from: string;
  /** Levers moved by the trainer: dotted path -> value in file units. */
  readonly edits: OverrideSet;
  /** Run settings the trainer chose (left out: the scenario's own). */
  readonly settings: { readonly fidelity?: "interval" | "contact"; readonly replications?: number };
  /** Language of the page (English when left out), kept in the link so a shared link opens in it. */
  readonly lang?: Lang;
  /** Presenter mode: large charts and the headline in a sentence, levers hidden. */
  readonly present?: boolean;
}

export type DecodedHash =
  | { readonly kind: "library" }
  | { readonly kind: "state"; readonly state: PlaygroundState }
  | { readonly kind: "error"; readonly problems: readonly string[]; readonly scenarioId?: string };

const RESERVED = new Set(["scenario", "from", "fidelity", "replications", "lang", "present"]);

/** The fragment for a state (without "#"): scenario first, then the starting point, settings and levers by path. */
export function encodeHash(state: PlaygroundState, scenario: Scenario): string {
  const params = new URLSearchParams({ scenario: state.scenarioId });
  if (state.from !== defaultStart(scenario)) params.set("from", state.from);
  if (state.settings.fidelity !== undefined) params.set("fidelity", state.settings.fidelity);
  if (state.settings.replications !== undefined) params.set("replications", String(state.settings.replications));
  if (state.lang !== undefined && state.lang !== "en") params.set("lang", state.lang);
  if (state.present === true) params.set("present", "1");
  for (const path of Object.keys(state.edits).sort()) params.set(path, valueText(state.edits[path]));
  return params.toString();
}

function valueText(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : JSON.stringify(value);
}

/** Reads a fragment; every problem is reported in words (a bad link must never leave a blank page). */
export function decodeHash(hash: string): DecodedHash {
  const text = hash.replace(/^#/, "");
  if (text === "") return { kind: "library" };
  const tooLong = linkSizeProblems(text);
  if (tooLong.length > 0) return { kind: "error", problems: tooLong };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { kind: "error", problems: ["the link's fragment is not a list of key=value pairs"] };
  }
  const pairProblems = linkPairProblems([...params]);
  if (pairProblems.length > 0) return { kind: "error", problems: pairProblems };
  const scenarioId = params.get("scenario");
  if (scenarioId === null || scenarioId === "")
    return { kind: "error", problems: ["the link names no scenario (scenario=...)"] };
  const entry = findEntry(scenarioId);
  if (entry === undefined)
    return {
      kind: "error",
      problems: [`the link names scenario "${scenarioId}", which is not in this playground's library`],
    };
  const scenario = scenarioOf(entry);
  if (Either.isLeft(scenario)) return { kind: "error", scenarioId, problems: [scenario.left.format()] };
  const problems: string[] = [];
  const values = (keep: (key: string) => boolean): Record<string, unknown> =>
    Object.fromEntries(
      [...params].filter(([key]) => keep(key)).map(([key, raw]) => [key, parseValue(key, raw, problems)]),
    );
  const edits = values((key) => !RESERVED.has(key));
  const settings = values((key) => key === "fidelity" || key === "replications");
  const from = params.get("from") ?? defaultStart(scenario.right);
  problems.push(...settingsProblems(settings));
  const lang = params.get("lang") ?? "en";
  if (!isLang(lang)) problems.push(`lang: expected en or ru, found "${lang}"`);
  const present = params.get("present") === "1";
  if (problems.length > 0) return { kind: "error", scenarioId, problems };
  const checked = checkState(scenario.right, from, edits, settings);
  if (checked.length > 0) return { kind: "error", scenarioId, problems: checked };
  return {
    kind: "state",
    state: {
      scenarioId,
      from,
      edits,
      settings: settings,
      ...(isLang(lang) && lang !== "en" ? { lang } : {}),
      ...(present ? { present } : {}),
    },
  };
}

function parseValue(key: string, raw: string, problems: string[]): unknown {
  try {
    return parse(raw) as unknown;
  } catch {
    problems.push(`${key}: "${raw}" is not a value the playground can read`);
    return undefined;
  }
}

/** The scenario schema's verdict on the link: the settings and levers alone, then merged into the starting variant. */
export function checkState(scenario: Scenario, from: string, edits: OverrideSet, settings: OverrideSet): string[] {
  const start = startingSet(scenario, from);
  if (start === undefined) {
    const names = [BASELINE, ...scenario.variants.map((v) => v.name)].map((n) => `"${n}"`).join(", ");
    return [`from: the scenario has no variant "${from}" (it has ${names})`];
  }
  const alone = applyOverrides(scenario, { ...settings, ...edits }, { file: "link" });
  if (Either.isLeft(alone)) return alone.left.issues.map((i) => `${i.path}: ${i.message}`);
  const merged = mergeEdits(start, edits);
  if (Object.keys(merged).length === 0) return [];
  const whole = applyOverrides(scenario, { ...settings, ...merged }, { file: "link" });
  return Either.isLeft(whole) ? whole.left.issues.map((i) => `${i.path}: ${i.message}`) : [];
}
