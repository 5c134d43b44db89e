// The import graph of docs/design.md, enforced: each package may import only what its layer allows, and declares
// exactly the workspace packages it imports. The hot-path packages stay free of Effect, Node and the DOM.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Allowed imports per package directory: exact names, or prefixes ending in "/" or "*". */
const ALLOWED: Record<string, readonly string[]> = {
  "packages/engine": ["seedrandom"],
  "packages/erlang": [],
  "packages/model": ["@ccsim/engine", "@ccsim/erlang"],
  "packages/scenario": ["effect", "yaml"],
  // csv-parse: demand files (WFM interval exports) are CSV with quoting; a well-kept parser beats a hand-written one.
  "packages/runner": [
    "effect",
    "@ccsim/engine",
    "@ccsim/erlang",
    "@ccsim/model",
    "@ccsim/scenario",
    "simple-statistics",
    "@stdlib/*",
    "node:*",
    "csv-parse",
  ],
  // bullmq, ioredis: the job queue of `--queue` (docs/scale-out.md), kept out of every other package.
  "packages/queue": ["@ccsim/runner", "@ccsim/scenario", "effect", "bullmq", "ioredis", "node:*"],
  "packages/report": ["@ccsim/scenario", "vega", "vega-lite", "yaml"],
  // virtual:first-look, virtual:first-paint: the first looks computed at build time by the app's own Vite plugin
  // (firstLookPlugin.ts), and the index of their prerendered first paints.
  "apps/web": [
    "@ccsim/runner",
    "@ccsim/report",
    "@ccsim/scenario",
    "effect",
    "yaml",
    "vega",
    "vega-lite",
    "virtual:first-look",
    "virtual:first-paint",
  ],
  "apps/cli": [
    "@ccsim/runner",
    "@ccsim/queue",
    "@ccsim/erlang",
    "@ccsim/scenario",
    "@ccsim/report",
    "@resvg/resvg-js",
    "commander",
    "effect",
    // exceljs: the planner's workbook (--xlsx); an xlsx writer is a zip of XML parts, not worth hand-writing.
    "exceljs",
    "node:*",
  ],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [
    ...text.matchAll(/(?:^|\s)(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g),
    ...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g),
  ];
  return specifiers.map((m) => m[1]!).filter((s) => !s.startsWith("."));
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

function allowed(specifier: string, rules: readonly string[]): boolean {
  return rules.some((rule) =>
    rule.endsWith("*") ? specifier.startsWith(rule.slice(0, -1)) : packageName(specifier) === rule,
  );
}

describe.each(Object.entries(ALLOWED))("%s", (dir, rules) => {
  const files = sourceFiles(join(root, dir, "src"));

  it("imports only what its layer allows", () => {
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((s) => !allowed(s, rules))
        .map((s) => `${file.slice(root.length)} imports ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it("declares every package it imports, and no workspace package it does not", () => {
    const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    const declared = Object.keys(manifest.dependencies ?? {});
    const imported = new Set(
      files
        .flatMap(importsOf)
        // node: built-ins and a Vite plugin's virtual: modules are no packages to declare.
        .filter((s) => !s.startsWith("node:") && !s.startsWith("virtual:"))
        .map(packageName),
    );
    for (const name of imported) expect(declared, `${dir} imports ${name}`).toContain(name);
    for (const name of declared.filter((d) => d.startsWith("@ccsim/")))
      expect([...imported], `${dir} declares ${name} but never imports it`).toContain(name);
  });
});

it("the test covers every package", () => {
  const dirs = ["packages", "apps"].flatMap((top) => readdirSync(join(root, top)).map((name) => `${top}/${name}`));
  expect(dirs.filter((d) => statSync(join(root, d)).isDirectory() && !(d in ALLOWED))).toEqual([]);
});

/** Relative imports of a source file (type-only ones too: a cycle of types is still a tangle), as file paths. */
function localImportsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:^|\s)(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/g)].map(
    (m) => m[1] ?? "",
  );
  return specifiers.map((s) => resolve(dirname(file), s.replace(/\.js$/, ".ts")));
}

/** Strongly connected components of more than one file (Tarjan), i.e. the import cycles, as sorted file paths. */
function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, localImportsOf(f).filter((d) => files.includes(d))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) component.push(w);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return cycles;
}

// The people layer's mechanisms reach its state through narrow interfaces (packages/model/src/people/*State,
// PolicyEffects, management/ManagedPeople), so no file imports another that imports it back, even for types.
it("no import cycle between files of any package", () => {
  const files = Object.keys(ALLOWED).flatMap((dir) => sourceFiles(join(root, dir, "src")));
  expect(importCycles(files).map((cycle) => cycle.map((f) => f.slice(root.length)))).toEqual([]);
});

it("the cycle finder finds a cycle of type-only imports, and no cycle in a chain", () => {
  const dir = mkdtempSync(join(tmpdir(), "ccsim-cycles-"));
  try {
    const write = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const a = write("a.ts", 'import type { B } from "./b.js";\nexport interface A { b: B }\n');
    const b = write("b.ts", 'import type { A } from "./a.js";\nexport interface B { a?: A }\n');
    const c = write("c.ts", 'import { d } from "./d.js";\nexport const c = d;\n');
    const d = write("d.ts", "export const d = 1;\n");
    expect(importCycles([a, b, c, d])).toEqual([[a, b].sort()]);
    expect(importCycles([c, d])).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
