// `ccsim run ... --format csv | head`: a reader that stops early closes the pipe. The CLI must end quietly with
// exit code 0 (the reader has what it wanted), not with an EPIPE stack trace.
import { spawn } from "node:child_process";

/** Lines of stderr other than the run's plausibility warnings (which a run may print whatever happens to stdout). */
const errorsOf = (stderr: string): string[] => stderr.split("\n").filter((l) => l !== "" && !l.startsWith("warning: "));
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const main = join(root, "apps/cli/dist/main.js");
// The MTS replay's monthly CSV is about 280 kB, several times what a pipe holds (64 kB on Linux), so the write is
// still under way when a reader that took one chunk goes.
const args = [
  "run",
  join(root, "scenarios/cases/mts-virtual-contact-centre.yaml"),
  "--format",
  "csv",
  "--replications",
  "2",
  "--fidelity",
  "interval",
  "--quiet",
];

/** Runs the CLI into a reader that closes its end after `keep` chunks (0: before the CLI writes anything). */
function runIntoClosingReader(
  keep: number,
): Promise<{ code: number | null; signal: string | null; stderr: string; head: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let head = "";
    let chunks = 0;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    if (keep === 0) child.stdout.destroy();
    else {
      child.stdout.on("data", (chunk: Buffer) => {
        head += chunk.toString();
        if (++chunks === keep) child.stdout.destroy();
      });
    }
    child.on("close", (code, signal) => resolve({ code, signal, stderr, head }));
  });
}

describe("a closed pipe", () => {
  it("after the first chunk (like head): exit code 0, no error on stderr", async () => {
    const r = await runIntoClosingReader(1);
    expect(r.head.startsWith("variant,month,kpi,mean,")).toBe(true);
    expect(errorsOf(r.stderr)).toEqual([]);
    expect({ code: r.code, signal: r.signal }).toEqual({ code: 0, signal: null });
  });

  it("before the first byte: exit code 0, no error on stderr", async () => {
    const r = await runIntoClosingReader(0);
    expect(errorsOf(r.stderr)).toEqual([]);
    expect({ code: r.code, signal: r.signal }).toEqual({ code: 0, signal: null });
  });
});
