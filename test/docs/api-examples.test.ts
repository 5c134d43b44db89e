// docs/api.md and the README cannot rot: every ```ts block in them is written out as a module, type-checked with
// the project's strict settings against the built packages, and run from the repository root.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const blocks = ["docs/api.md", "README.md"].flatMap((doc) =>
  [...readFileSync(join(root, doc), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!),
);
// Inside test/, so the examples resolve @ccsim/* from test/node_modules like a user's project from its own.
const dir = join(root, "test/docs/.examples");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const files = blocks.map((code, i) => {
  const file = join(dir, `example-${i + 1}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  return file;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("docs/api.md and README.md", () => {
  it("have examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it("type-checks every example (strict, no Effect needed)", () => {
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(root, "tsconfig.base.json"),
        compilerOptions: { noEmit: true, composite: false, declaration: false, declarationMap: false, types: ["node"] },
        include: ["*.ts"],
      }),
    );
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], {
        encoding: "utf8",
        cwd: root,
        maxBuffer: MAX_OUTPUT_BYTES,
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe("");
  });

  it.each(files.map((file, i) => ({ file, n: i + 1 })))("example $n runs and prints", async ({ file }) => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      await import(pathToFileURL(file).href);
      expect(log).toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });
});
