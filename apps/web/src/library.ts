/**
 * The scenario library the playground opens with: the replayed cases first, then the teaching scenarios. The
 * files are bundled as text at build time, so the app needs no server beyond its own static files.
 */
import { loadScenario, type Scenario, type ScenarioError } from "@ccsim/scenario";
import type { Either } from "effect";

export interface LibraryEntry {
  /** File name without `.yaml`, used in shared URLs, e.g. `mts-virtual-contact-centre`. */
  readonly id: string;
  readonly kind: "case" | "teaching";
  /** Path as in the repository, for messages and provenance. */
  readonly file: string;
  readonly text: string;
}

const cases = import.meta.glob<string>("../../../scenarios/cases/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});
const teaching = import.meta.glob<string>("../../../scenarios/teaching/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});

function entries(files: Record<string, string>, kind: LibraryEntry["kind"]): LibraryEntry[] {
  return Object.entries(files)
    .map(([path, text]) => {
      const file = path.replace(/^(\.\.\/)+/, "");
      return { id: file.replace(/^.*\//, "").replace(/\.yaml$/, ""), kind, file, text };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export const LIBRARY: readonly LibraryEntry[] = [...entries(cases, "case"), ...entries(teaching, "teaching")];

export function findEntry(id: string): LibraryEntry | undefined {
  return LIBRARY.find((e) => e.id === id);
}

const loaded = new Map<string, Either.Either<Scenario, ScenarioError>>();

/** The decoded scenario of a library entry (decoded once; the files are checked by the repository's tests too). */
export function scenarioOf(entry: LibraryEntry): Either.Either<Scenario, ScenarioError> {
  let result = loaded.get(entry.id);
  if (result === undefined) {
    result = loadScenario(entry.text, entry.file);
    loaded.set(entry.id, result);
  }
  return result;
}
