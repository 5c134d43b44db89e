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
import {
  BASELINE,
  defaultStart,
  MAX_SAVED,
  mergeEdits,
  startingSet,
  TRAINER_VARIANT,
  type OverrideSet,
  type SavedVariant,
} from "./trainerVariant.js";

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
  /** Variants the trainer saved by name, run beside the baseline and the trainer's own (at most MAX_SAVED). */
  readonly saved?: readonly SavedVariant[];
}

export type DecodedHash =
  | { readonly kind: "library"; readonly lang?: Lang }
  | { readonly kind: "state"; readonly state: PlaygroundState }
  | { readonly kind: "error"; readonly problems: readonly string[]; readonly scenarioId?: string };

const RESERVED = new Set(["scenario", "from", "fidelity", "replications", "lang", "present", "saved"]);

/** The fragment for a state (without "#"): scenario first, then the starting point, settings and levers by path. */
export function encodeHash(state: PlaygroundState, scenario: Scenario): string {
  const params = new URLSearchParams({ scenario: state.scenarioId });
  if (state.from !== defaultStart(scenario)) params.set("from", state.from);
  if (state.settings.fidelity !== undefined) params.set("fidelity", state.settings.fidelity);
  if (state.settings.replications !== undefined) params.set("replications", String(state.settings.replications));
  if (state.lang !== undefined && state.lang !== "en") params.set("lang", state.lang);
  if (state.present === true) params.set("present", "1");
  if (state.saved !== undefined && state.saved.length > 0) params.set("saved", JSON.stringify(state.saved));
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
  // The library in a language: "#lang=ru" and nothing else.
  if ([...params.keys()].every((key) => key === "lang")) {
    const lang = params.get("lang") ?? "";
    if (!isLang(lang)) return { kind: "error", problems: [`lang: expected en or ru, found "${lang}"`] };
    return lang === "ru" ? { kind: "library", lang } : { kind: "library" };
  }
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
  const savedRaw = params.get("saved");
  const saved = savedRaw === null ? { variants: [], problems: [] } : savedVariants(scenario.right, savedRaw, settings);
  checked.push(...saved.problems);
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
      ...(saved.variants.length > 0 ? { saved: saved.variants } : {}),
    },
  };
}

/** The link's saved variants (`saved=[{"name":..,"from":..,"edits":{..}}]`), each checked as the trainer's own is. */
function savedVariants(
  scenario: Scenario,
  raw: string,
  settings: OverrideSet,
): { variants: SavedVariant[]; problems: string[] } {
  const problems: string[] = [];
  const list = parseValue("saved", raw, problems);
  if (problems.length > 0) return { variants: [], problems };
  if (!Array.isArray(list) || list.length > MAX_SAVED)
    return { variants: [], problems: [`saved: expected a list of at most ${MAX_SAVED} saved variants`] };
  const variants: SavedVariant[] = [];
  for (const [i, item] of (list as unknown[]).entries()) {
    const v = item as Partial<Record<keyof SavedVariant, unknown>> | null;
    const where = `saved[${i}]`;
    if (v === null || typeof v !== "object" || typeof v.edits !== "object" || v.edits === null) {
      problems.push(`${where}: expected {name, from, edits}`);
      continue;
    }
    const name = savedNameProblem(v.name, variants);
    if (name !== undefined) problems.push(`${where}.name: ${name}`);
    const from = typeof v.from === "string" ? v.from : defaultStart(scenario);
    const edits = v.edits as OverrideSet;
    problems.push(...checkState(scenario, from, edits, settings).map((p) => `${where}: ${p}`));
    if (name === undefined) variants.push({ name: v.name as string, from, edits });
  }
  return { variants, problems };
}

/** Why a name cannot name a saved variant (undefined: it can): 1 to 40 characters, unlike the others. */
export function savedNameProblem(name: unknown, saved: readonly SavedVariant[]): string | undefined {
  if (typeof name !== "string" || name.trim() === "" || name.length > 40)
    return "expected a name of 1 to 40 characters";
  if (name === BASELINE || name === TRAINER_VARIANT) return `"${name}" is the name of a variant the page runs itself`;
  if (saved.some((s) => s.name === name)) return `"${name}" is saved already`;
  return undefined;
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
