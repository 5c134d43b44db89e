// Vite plugin: the first look of every shipped scenario (src/firstLook.ts), computed in Node when the app is built
// and bundled with the page as JSON text; and its first paint (src/firstPaintBuild.ts), emitted as small JSON
// files that the page's tiny entry (src/firstPaint.ts) fetches and paints before the app's code is loaded.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "@ccsim/report";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import type { Plugin } from "vite";
import { encodeFirstLook, type FirstLook } from "./src/firstLook.js";
import { computeFirstLook } from "./src/firstLookBuild.js";
import { computeFirstPaint, type FirstPaint } from "./src/firstPaintBuild.js";
import type { FirstPaintIndex } from "./src/firstPaintLink.js";
import type { LibraryEntry } from "./src/library.js";

const LOOKS = "virtual:first-look";
const PAINTS = "virtual:first-paint";

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

interface Computed {
  readonly id: string;
  readonly look: FirstLook;
  readonly paint?: { index: FirstPaintIndex; paints: Map<Lang, FirstPaint> };
}

/** A file the schema rejects has no first look; the page reports its problems as it would without one. */
async function computeEntry(entry: LibraryEntry): Promise<Computed> {
  const scenario = loadScenario(entry.text, entry.file);
  if (Either.isLeft(scenario)) return { id: entry.id, look: {} };
  const look = await computeFirstLook(entry, scenario.right);
  const paint = await computeFirstPaint(entry, scenario.right, look);
  return { id: entry.id, look, ...(paint === undefined ? {} : { paint }) };
}

export function firstLookPlugin(repoRoot: string): Plugin {
  const entries = libraryEntries(repoRoot);
  // Computed once per build, for the bundled looks, the paints' index and the emitted paints alike.
  let computed: Promise<Computed[]> | undefined;
  const all = (): Promise<Computed[]> => (computed ??= Promise.all(entries.map(computeEntry)));
  return {
    name: "ccsim-first-look",
    resolveId(id) {
      return id === LOOKS || id === PAINTS ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${LOOKS}`) {
        // In the page's own chunk, not fetched later: the app works offline once loaded, and a cold link's first
        // look then costs no request (about 110 kB of JSON text a scenario; only the one opened is decoded).
        const looks = (await all()).map((c) => [c.id, encodeFirstLook(c.look)]);
        return `export const firstLooks = ${JSON.stringify(Object.fromEntries(looks))};`;
      }
      if (id === `\0${PAINTS}`) {
        // Only the index (which scenarios have a first paint, and for which settings): the tiny entry stays tiny.
        const index = (await all()).flatMap((c) => (c.paint === undefined ? [] : [[c.id, c.paint.index]]));
        return `export const firstPaints = ${JSON.stringify(Object.fromEntries(index))};`;
      }
      return undefined;
    },
    async generateBundle() {
      for (const c of await all())
        for (const [lang, paint] of c.paint?.paints ?? [])
          this.emitFile({ type: "asset", fileName: `first-paint/${c.id}.${lang}.json`, source: JSON.stringify(paint) });
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        // The app's chunk is imported by the tiny entry only after the first paint; preloading it here has the
        // browser fetch (and compile) it meanwhile, without running it before the paint.
        const app = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === "chunk" && c.isDynamicEntry && c.facadeModuleId?.endsWith("/src/main.ts") === true,
        );
        return app === undefined
          ? []
          : [
              {
                tag: "link",
                attrs: { rel: "modulepreload", crossorigin: true, href: `./${app.fileName}` },
                injectTo: "head",
              },
            ];
      },
    },
  };
}
