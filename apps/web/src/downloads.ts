/** Downloads: the trainer's scenario as a YAML file the CLI runs as is, and the results as CSV. */
import { isMap, isSeq, parseDocument } from "yaml";
import type { LibraryEntry } from "./library.js";
import { TRAINER_VARIANT, type OverrideSet } from "./trainerVariant.js";
import type { PlaygroundState } from "./urlState.js";

/**
 * The library file with the trainer's settings and variant in place of its own variants: the case's comments and
 * sources stay, so the file still says which figures are reported, assumed or calibrated.
 */
export function trainerYaml(
  entry: LibraryEntry,
  state: PlaygroundState,
  variantSet: OverrideSet,
  link: string,
  saved: readonly { name: string; description: string; set: OverrideSet }[] = [],
): string {
  const doc = parseDocument(entry.text);
  if (state.settings.fidelity !== undefined) doc.set("fidelity", state.settings.fidelity);
  if (state.settings.replications !== undefined) doc.set("replications", state.settings.replications);
  // The saved variants first, the trainer's last, as the page runs them (the case card judges the last).
  const variants = [
    ...saved,
    ...(Object.keys(variantSet).length === 0 && saved.length === 0
      ? []
      : [{ name: TRAINER_VARIANT, description: variantDescription(state), set: variantSet }]),
  ];
  doc.set("variants", doc.createNode(variants));
  // The file's translations name its own variants and interventions, which the trainer's replace; so do the ranges
  // of those variants' own values in `uncertain`.
  doc.delete("translations");
  const uncertain = doc.get("uncertain");
  if (isSeq(uncertain)) uncertain.items = uncertain.items.filter((u) => !(isMap(u) && u.has("variant")));
  doc.commentBefore = `${doc.commentBefore ?? ""}\n Saved from the ccsim trainer playground: ${link}\n Run it with: pnpm ccsim compare <this file>`;
  return doc.toString({ lineWidth: 0 });
}

export function variantDescription(state: PlaygroundState): string {
  const moved = Object.keys(state.edits);
  const start = state.from === "baseline" ? "the baseline" : `"${state.from}"`;
  return moved.length === 0
    ? `Starts from ${start} with no lever moved.`
    : `Starts from ${start}; levers moved: ${moved.join(", ")}.`;
}

/** Saves text as a file through a temporary object URL (nothing leaves the browser). */
export function saveText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** SHA-256 of the scenario text for the provenance, where the browser offers it (secure contexts). */
export async function sha256(text: string): Promise<string> {
  if (globalThis.crypto?.subtle === undefined) return "unknown";
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
