import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ScenarioRun } from "@ccsim/runner";
import type { Provenance } from "@ccsim/scenario";
import type { LoadedScenario } from "./scenarioFile.js";

export const CCSIM_VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;


export function provenance(loaded: LoadedScenario, run: ScenarioRun): Provenance {
  return {
    ccsimVersion: CCSIM_VERSION,
    gitCommit: gitCommit(),
    scenarioFile: loaded.path,
    scenarioSha256: loaded.sha256,
    seed: run.seed,
    replications: run.replications,
    fidelity: run.fidelity,
    command: ["ccsim", ...resultArguments(process.argv.slice(2))].join(" "),
  };
}

/** Options that change how a run executes or is written, never its results: left out of the recorded command. */
const EXECUTION_ONLY = new Set(["--threads", "--quiet", "--format", "--out"]);
const FLAGS = new Set(["--quiet"]);

/** The command-line arguments that determine the results (so the same run stamps the same provenance). */
function resultArguments(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [name] = argv[i]!.split("=");
    if (EXECUTION_ONLY.has(name!)) {
      if (!FLAGS.has(name!) && !argv[i]!.includes("=")) i++;
    } else kept.push(argv[i]!);
  }
  return kept;
}

/** The commit of the ccsim checkout this CLI runs from, or "unknown" outside a git checkout. */
function gitCommit(): string {
  try {
    const dir = fileURLToPath(new URL(".", import.meta.url));
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}
