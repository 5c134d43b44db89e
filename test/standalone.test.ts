// The repository stands alone: a user's clone has nothing beside it, so no tracked file may read or name a path
// outside the repository (a sibling folder, a developer's home or work directory).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const SELF = "test/standalone.test.ts";
const BINARY = /\.(png|jpg|jpeg|gif|ico|woff2?|ttf|tgz|gz|zip|pdf)$/i;
/** Relative paths that climb at least one level, e.g. "../../sibling/x" or "../README.md". */
const CLIMBING = /(?<![\w.@/-])((?:\.\.\/)+)([\w@][\w@.+-]*)/g;
/** Documents of the founders' working folder, which never ships: cite docs/design.md and docs/model.md instead. */
const OUTSIDE_DOCUMENTS =
  /\b(?:DESIGN|MODEL|CASES)\.md\b|\bDESIGN rule\b|domain-model\.md|\bshared\/(?:reference|bench|hooks)\b/g;
/** Absolute paths of a developer's machine rather than of the system. */
const MACHINE_PATHS = /(?<![\w.-])\/(?:work|home|Users|root)\/[\w.-]+/g;

function trackedFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
  // This file is left out: its own examples below name outside paths on purpose.
  return listed.split("\0").filter((f) => f !== "" && !BINARY.test(f) && f !== "pnpm-lock.yaml" && f !== SELF);
}

function outsidePaths(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CLIMBING)) {
    const target = resolve(dirname(join(root, file)), `${m[1] ?? ""}${m[2] ?? ""}`);
    const rel = relative(root, target);
    if (rel.startsWith(`..${sep}`) || rel === "..") found.push(`${file}: ${m[0]}`);
  }
  for (const m of text.matchAll(MACHINE_PATHS)) found.push(`${file}: ${m[0]}`);
  for (const m of text.matchAll(OUTSIDE_DOCUMENTS)) found.push(`${file}: ${m[0]}`);
  return found;
}

it("no tracked file reads or names a path outside the repository", () => {
  const files = trackedFiles();
  expect(files.length).toBeGreaterThan(100);
  const offending = files.flatMap((file) => outsidePaths(file, readFileSync(join(root, file), "utf8")));
  expect(offending).toEqual([]);
});

// Built from parts, so that this file does not itself name the sibling folder it tests for.
const UP = "../";

it("the check finds what it looks for", () => {
  expect(
    outsidePaths("packages/erlang/test/x.ts", `new URL("${UP.repeat(4)}shared/reference/cases.json", u)`),
  ).toHaveLength(2);
  expect(outsidePaths("docs/model.md", "see [the table](../packages/erlang/test/reference/README.md)")).toEqual([]);
  expect(outsidePaths("README.md", "cd /work/main && pnpm test")).toHaveLength(1);
  expect(outsidePaths("README.md", `${UP}shared/DESIGN.md`)).toHaveLength(2);
  expect(outsidePaths("packages/model/src/x.ts", "// one stream per decision (DESIGN rule 5, MODEL.md)")).toHaveLength(
    2,
  );
});
