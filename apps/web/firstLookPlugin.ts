// Vite plugin: the first look of every shipped scenario (src/firstLook.ts), computed in Node when the app is built
// and served as one small lazy chunk per scenario, so a cold link loads only its own.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import type { Plugin } from "vite";
import { encodeFirstLook } from "./src/firstLook.js";
import { computeFirstLook } from "./src/firstLookBuild.js";
import type { LibraryEntry } from "./src/library.js";

const INDEX = "virtual:first-look";
const ONE = "virtual:first-look/";

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

export function firstLookPlugin(repoRoot: string): Plugin {
  const entries = libraryEntries(repoRoot);
  return {
    name: "ccsim-first-look",
    resolveId(id) {
      return id === INDEX || id.startsWith(ONE) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${INDEX}`)
        return `export const firstLooks = {${entries
          .map((e) => `${JSON.stringify(e.id)}: () => import(${JSON.stringify(ONE + e.id)})`)
          .join(",\n")}};`;
      if (!id.startsWith(`\0${ONE}`)) return undefined;
      const entry = entries.find((e) => e.id === id.slice(ONE.length + 1));
      const scenario = entry === undefined ? undefined : loadScenario(entry.text, entry.file);
      // A file the schema rejects has no first look; the page reports its problems as it would without one.
      const look =
        entry === undefined || scenario === undefined || Either.isLeft(scenario)
          ? {}
          : await computeFirstLook(entry, scenario.right);
      return `export default ${JSON.stringify(encodeFirstLook(look))};`;
    },
  };
}
