// Vite plugin: the first look of every shipped scenario (src/firstLook.ts), computed in Node when the app is built
// and bundled with the page as JSON text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import type { Plugin } from "vite";
import { encodeFirstLook, type FirstLook } from "./src/firstLook.js";
import { computeFirstLook } from "./src/firstLookBuild.js";
import type { LibraryEntry } from "./src/library.js";

const INDEX = "virtual:first-look";

/** The library's files, read as src/library.ts bundles them (same ids and paths). */
function libraryEntries(repoRoot: string): LibraryEntry[] {
  return (["cases", "teaching"] as const).flatMap((dir) =>
    readdirSync(join(repoRoot, "scenarios", dir))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => ({
        id: f.replace(/\.yaml$/, ""),
        kind: dir === "cases" ? ("case" as const) : ("teaching" as const),
        file: `scenarios/${dir}/${f}`,
        text: readFileSync(join(repoRoot, "scenarios", dir, f), "utf8"),
      })),
  );
}

/** A file the schema rejects has no first look; the page reports its problems as it would without one. */
async function firstLookOf(entry: LibraryEntry): Promise<FirstLook> {
  const scenario = loadScenario(entry.text, entry.file);
  return Either.isLeft(scenario) ? {} : computeFirstLook(entry, scenario.right);
}

export function firstLookPlugin(repoRoot: string): Plugin {
  const entries = libraryEntries(repoRoot);
  return {
    name: "ccsim-first-look",
    resolveId(id) {
      return id === INDEX ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id !== `\0${INDEX}`) return undefined;
      // In the page's own chunk, not fetched later: the app works offline once loaded, and a cold link's first
      // look then costs no request (about 110 kB of JSON text a scenario; only the one opened is decoded).
      const looks = await Promise.all(entries.map(async (e) => [e.id, encodeFirstLook(await firstLookOf(e))]));
      return `export const firstLooks = ${JSON.stringify(Object.fromEntries(looks))};`;
    },
  };
}
