/**
 * A throw-away Redis for the scale-out tests: `redis-server` on a free loopback port, no persistence, its files
 * in a temporary folder. `.ci/run` installs Debian's redis-server, so in CI (CCSIM_REQUIRE_REDIS=1) a missing binary fails the
 * tests; on a developer's machine without it they are skipped with a message saying why.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether `redis-server` can be run here. */
export function redisAvailable(): boolean {
  const found = spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
  if (!found && process.env["CCSIM_REQUIRE_REDIS"] === "1")
    throw new Error("redis-server is missing: .ci/run installs it (apt-get install redis-server)");
  if (!found)
    console.warn("redis-server not installed: the scale-out tests are skipped (apt-get install redis-server)");
  return found;
}

/** A port nothing listens on at the moment (the kernel's pick). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  readonly stop: () => Promise<void>;
}

/** Starts a Redis and waits until it answers. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "ccsim-redis-"));
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let tries = 0; ; tries++) {
    const ping = spawnSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8" });
    if (ping.stdout.trim() === "PONG") break;
    if (tries > 100) throw new Error(`redis-server on port ${port} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
