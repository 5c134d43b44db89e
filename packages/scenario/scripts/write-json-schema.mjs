#!/usr/bin/env node
// Writes the generated scenario files from the built package (run `tsc -b` first):
//   scenarios/scenario.schema.json  JSON Schema for editors
//   docs/scenarios.md               field-by-field reference
// With --check, writes nothing and exits 1 if either committed file differs from what the schema generates
// (CI fails on a stale generated file, design rule 14).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scenarioJsonSchemaText, scenarioReferenceMarkdown } from "../dist/index.js";

const root = new URL("../../../", import.meta.url);
const outputs = [
  { path: fileURLToPath(new URL("scenarios/scenario.schema.json", root)), text: scenarioJsonSchemaText() },
  { path: fileURLToPath(new URL("docs/scenarios.md", root)), text: scenarioReferenceMarkdown() },
];

const read = (path) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
};

if (process.argv.includes("--check")) {
  const stale = outputs.filter((o) => read(o.path) !== o.text);
  for (const o of stale) console.error(`stale: ${o.path} (run: node packages/scenario/scripts/write-json-schema.mjs)`);
  process.exit(stale.length === 0 ? 0 : 1);
}
for (const o of outputs) {
  writeFileSync(o.path, o.text);
  console.log(`wrote ${o.path}`);
}
