import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Provenance } from "@ccsim/scenario";

export const CCSIM_VERSION = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;

/**
 * What the CLI records beyond what the library knows: its version, the checkout's commit and the command line.
 * The library adds the scenario file, its SHA-256, seed, replications and fidelity.
 */
export function cliProvenance(): Partial<Provenance> {
  return {
    ccsimVersion: CCSIM_VERSION,
    gitCommit: gitCommit(),
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
    const arg = argv[i] ?? "";
    const name = arg.split("=")[0] ?? arg;
    // An execution-only option given as "--option value" takes the next argument with it.
    if (EXECUTION_ONLY.has(name)) {
      if (!FLAGS.has(name) && !arg.includes("=")) i++;
    } else kept.push(arg);
  }
  return kept;
}

/** The commit of the ccsim checkout this CLI runs from, or "unknown" outside a git checkout. */
function gitCommit(): string {
  try {
    const dir = fileURLToPath(new URL(".", import.meta.url));
    return execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
}
