// Shared test helpers: reading files relative to the repository and unwrapping loader results.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Either } from "effect";
import { loadScenario, type Scenario, type ScenarioError } from "../src/index.js";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const testDir = fileURLToPath(new URL("./", import.meta.url));

export const readRepoFile = (path: string): string => readFileSync(join(repoRoot, path), "utf8");

/** Every `.yaml` file under a directory of the repository, as repo-relative paths. */
export const yamlFilesUnder = (dir: string): ReadonlyArray<string> => {
  const walk = (abs: string): Array<string> =>
    readdirSync(abs).flatMap((name) => {
      const path = join(abs, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name.endsWith(".yaml") || name.endsWith(".yml") ? [relative(repoRoot, path)] : [];
    });
  return walk(join(repoRoot, dir)).sort();
};

/** Loads a repo file and expects success. */
export const loadOk = (path: string): Scenario => {
  const result = loadScenario(readRepoFile(path), path);
  if (Either.isLeft(result)) throw new Error(`expected ${path} to load:\n${result.left.format()}`);
  return result.right;
};

/** Loads text and expects failure, returning the error. */
export const loadFails = (text: string, file = "test.yaml"): ScenarioError => {
  const result = loadScenario(text, file);
  if (Either.isRight(result)) throw new Error("expected the scenario to be refused");
  return result.left;
};

/** The smallest valid scenario, as text. */
export const MINIMAL = `schemaVersion: 1
name: Minimal
calendar:
  startDate: 2024-01
demand:
  voice:
    monthlyVolume: 60000
    handleTimeSec: 300
operations:
  initialHeadcount:
    proficient: 60
`;
