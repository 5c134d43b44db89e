import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Provenance } from "@ccsim/scenario";
import { parseQueueUrl } from "@ccsim/queue/url";

export const CCSIM_VERSION = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;

/**
 * What the CLI records beyond what the library knows: its version, the checkout's commit and the command line.
 * The library adds the scenario file, its SHA-256, seed, replications and fidelity.
 */
export function cliProvenance(): Partial<Provenance> {
  const queue = queueArgument(process.argv.slice(2));
  return {
    ccsimVersion: CCSIM_VERSION,
    gitCommit: gitCommit(),
    command: ["ccsim", ...resultArguments(process.argv.slice(2))].join(" "),
    // Where the replications ran, password hidden; a local run has no such field (docs/scale-out.md).
    ...(queue === undefined ? {} : { queue: parseQueueUrl(queue).shown }),
  };
}

/** The value of `--queue`, if given (already checked by the option parser). */
function queueArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--queue") value = argv[i + 1];
    else if (arg.startsWith("--queue=")) value = arg.slice("--queue=".length);
  });
  return value;
}

/** Options that change how a run executes or is written, never its results: left out of the recorded command. */
const EXECUTION_ONLY = new Set(["--threads", "--quiet", "--format", "--out", "--xlsx", "--queue"]);
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
