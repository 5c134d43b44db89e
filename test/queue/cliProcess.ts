/** CLI processes for the scale-out tests: workers and coordinators that run alongside the test, with their logs. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const main = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));

/** A running `ccsim` process: its output so far, a wait for a line of its stderr, and its exit. */
export interface Running {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<number | null>;
  readonly waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
}

/** Starts `ccsim args`; `env` adds environment variables (e.g. the short idle-warning interval of the tests). */
export function start(args: readonly string[], env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, [main, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const running: Running = {
    child,
    stdout: "",
    stderr: "",
    exited,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        const look = (): void => {
          const match = running.stderr.match(pattern);
          if (match !== null) return resolve(match);
          if (child.exitCode !== null || performance.now() - started > timeoutMs)
            return reject(new Error(`no ${String(pattern)} in:\n${running.stderr}`));
          setTimeout(look, 50);
        };
        look();
      }),
  };
  child.stdout?.setEncoding("utf8").on("data", (text: string) => (running.stdout += text));
  child.stderr?.setEncoding("utf8").on("data", (text: string) => (running.stderr += text));
  return running;
}

/** Runs `ccsim` to the end while the test's event loop goes on (so the workers' logs keep arriving). */
export async function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = start(args);
  const status = await child.exited;
  return { status, stdout: child.stdout, stderr: child.stderr };
}

/** Waits until the processes' logs together have `count` lines matching `pattern` (lines arrive through pipes). */
export async function logLines(processes: readonly Running[], pattern: RegExp, count: number): Promise<string[]> {
  const global = new RegExp(pattern.source, "g");
  for (const started = performance.now(); ;) {
    const lines = processes.flatMap((p) => [...p.stderr.matchAll(global)].map((m) => m[1] ?? m[0]));
    if (lines.length >= count || performance.now() - started > 10_000) return lines;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs `ccsim` to the end (for runs that need nothing else from the test meanwhile). */
export function ccsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: "utf8", maxBuffer: MAX_OUTPUT_BYTES });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A worker with one thread and a short lock, so a killed worker's job moves on within seconds. */
export async function startWorker(url: string): Promise<Running> {
  const worker = start(["worker", "--queue", url, "--concurrency", "1", "--lock-timeout", "2"]);
  await worker.waitFor(/worker ready/);
  return worker;
}

/** Stops a worker the way systemd does (SIGTERM) and waits for it to exit. */
export async function stop(running: Running): Promise<void> {
  if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill("SIGTERM");
  await running.exited;
}
