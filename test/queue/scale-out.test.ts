// Issue 16: a study run through BullMQ on Redis by `ccsim worker` processes gives the local result document byte
// for byte (provenance.queue aside), also when a worker is killed mid-job or the coordinator is restarted; Redis
// unreachable or lost is one line with exit code 4 and nothing written; a bad payload fails alone.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { planBlocks, type JobPayload } from "@ccsim/queue";
import { checkScenario } from "@ccsim/runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ccsim, logLines, run, start, startWorker, stop, type Running } from "./cliProcess.js";
import { freePort, redisAvailable, startRedis, type RedisServer } from "./redisServer.js";
import { badPayloadOutcome } from "./badPayload.js";

const dir = mkdtempSync(join(tmpdir(), "ccsim-scale-out-"));
const scenario = join(dir, "tiny.yaml");
// Small enough for seconds per job on a loaded machine, large enough (6 replications: jobs of 5 and 1) that a
// job is still running when the test kills its worker; months without a hire give NaN KPIs, kept exact.
writeFileSync(
  scenario,
  `schemaVersion: 1
name: tiny
seed: 7
replications: 6
fidelity: contact
calendar:
  startDate: 2024-01
  horizonMonths: 2
demand:
  voice:
    monthlyVolume: 12000
    handleTimeSec: 300
operations:
  initialHeadcount:
    proficient: 18
variants:
  - name: more agents
    set:
      operations.initialHeadcount.proficient: 21
`,
);
// Not --quiet: the coordinator then names its study and the jobs already done on stderr.
const args = ["run", scenario, "--format", "json"];

/** The queued document must be the local one with `provenance.queue` added: compared as text, byte for byte. */
function expectSameAsLocal(queued: string, local: string, queue: string): void {
  const doc = JSON.parse(queued) as { provenance: Record<string, unknown> };
  expect(doc.provenance["queue"]).toBe(queue);
  delete doc.provenance["queue"];
  expect(`${JSON.stringify(doc, null, 2)}\n`).toBe(local);
}

describe("the local default", () => {
  it("never loads BullMQ: the CLI imports @ccsim/queue only dynamically, and its address parser imports nothing", () => {
    const cli = fileURLToPath(new URL("../../apps/cli/src/", import.meta.url));
    const files = readdirSync(cli, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const lazy: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(cli, file), "utf8");
      expect(text, file).not.toMatch(/^import [^;]*from "@ccsim\/queue";/m);
      if (text.includes('import("@ccsim/queue")')) lazy.push(file);
    }
    expect(lazy.sort()).toEqual(["commands/worker.ts", "queueRun.ts"]);
    const url = readFileSync(fileURLToPath(new URL("../../packages/queue/src/queueUrl.ts", import.meta.url)), "utf8");
    expect(url).not.toMatch(/^import /m);
  });
});

describe("options that only a local run uses", () => {
  // Refused before anything connects (the address is one nothing listens on): the workers run the replications,
  // so a value given here would be silently ignored.
  it("--threads and --time-limit with --queue: exit 2, one line naming the workers' options instead", () => {
    const out = join(dir, "refused");
    const refused = ccsim(
      "run",
      scenario,
      "--out",
      out,
      "--queue",
      "redis://127.0.0.1:1",
      "--threads",
      "2",
      "--time-limit",
      "5",
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      "error: --threads and --time-limit cannot be used with --queue: the workers run the replications; give `ccsim worker --concurrency <n> --time-limit <minutes>` to each worker instead\n",
    );
    expect(existsSync(out)).toBe(false);
  });
});

const hasRedis = redisAvailable();

describe.skipIf(!hasRedis)("scale-out through BullMQ on Redis", () => {
  let redis: RedisServer;
  let local: string;
  const workers: Running[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    const localRun = ccsim(...args, "--threads", "2", "--quiet");
    expect(localRun.status).toBe(0);
    local = localRun.stdout;
  });

  afterAll(async () => {
    await Promise.all(workers.splice(0).map(stop));
    await redis?.stop();
  });

  // Each test uses its own Redis database, so no test finds another's finished jobs.
  it("two workers: the local result document, byte for byte; a worker killed mid-job changes nothing", async () => {
    const url = `${redis.url}/1`;
    const a = await startWorker(url);
    workers.push(a);
    const coordinator = start([...args, "--queue", url]);
    const [, jobId] = await a.waitFor(/job (\S+): started/);
    a.child.kill("SIGKILL");
    const b = await startWorker(url);
    workers.push(b);
    expect(await coordinator.exited).toBe(0);
    expectSameAsLocal(coordinator.stdout, local, url);
    // The killed worker's job was run again by the other one, once its lock ran out.
    expect(b.stderr).toContain(`job ${jobId!}: started`);
    expect(coordinator.stderr).toMatch(/^queue redis:\/\/127\.0\.0\.1:\d+\/1: study [0-9a-f]{16}, 4 jobs\n/);
    expect(a.stderr).not.toMatch(/replications? in/);

    // The same study again with both workers alive (a fresh database): identical again.
    const url2 = `${redis.url}/2`;
    const c = await startWorker(url2);
    const d = await startWorker(url2);
    workers.push(c, d);
    const again = await run(...args, "--queue", url2);
    expect(again.status).toBe(0);
    expectSameAsLocal(again.stdout, local, url2);
    expect(await logLines([c, d], /replications? in/, 4)).toHaveLength(4);
    // The finished study's keys are set to expire (its jobs and results after 7 days), and it is no longer
    // announced to workers.
    const cli = (...a: string[]): string =>
      spawnSync("redis-cli", ["-p", String(redis.port), "-n", "2", ...a], { encoding: "utf8" }).stdout.trim();
    const keys = cli("--scan", "--pattern", "ccsim:study-*").split("\n");
    expect(keys.length).toBeGreaterThan(4);
    // (-1 would be a key without expiry; BullMQ's own short-lived keys, like its stalled-check lock, expire sooner.)
    const ttls = keys.map((key) => Number(cli("TTL", key)));
    for (const [i, ttl] of ttls.entries()) expect(ttl, keys[i]).toBeGreaterThan(0);
    expect(Math.max(...ttls)).toBeGreaterThan(6 * 24 * 3600);
    expect(Math.max(...ttls)).toBeLessThanOrEqual(7 * 24 * 3600);
    expect(cli("SMEMBERS", "ccsim:studies")).toBe("");
  });

  it("no worker: a hint, and the coordinator waits; a worker given SIGTERM finishes its job in hand and exits 0", async () => {
    const url = `${redis.url}/5`;
    // The hint's interval is 30 s by default; the tests' variable makes it 1 s (docs/scale-out.md).
    const coordinator = start([...args, "--queue", url], { CCSIM_QUEUE_IDLE_WARNING_SEC: "1" });
    await coordinator.waitFor(
      /no worker has taken a job of study [0-9a-f]{16} in \d+ s: start `ccsim worker --queue redis:\/\/127\.0\.0\.1:\d+\/5`/,
    );
    expect(coordinator.child.exitCode).toBeNull();

    const a = await startWorker(url);
    workers.push(a);
    const [, jobId = ""] = await a.waitFor(/job (\S+): started/);
    a.child.kill("SIGTERM");
    expect(await a.exited).toBe(0);
    // The job in hand was finished and its result stored, and no job was taken after the signal.
    expect(a.stderr).toMatch(new RegExp(`job ${jobId}: \\d+ replications? in`));
    const [, afterSignal = ""] = a.stderr.split("stopping: finishing the jobs in hand");
    expect(afterSignal).not.toMatch(/: started/);
    expect(afterSignal).toMatch(/ stopped\n$/);

    // Another worker completes the study: the local document, and the finished job is not run again.
    const b = await startWorker(url);
    workers.push(b);
    expect(await coordinator.exited).toBe(0);
    expectSameAsLocal(coordinator.stdout, local, url);
    expect(b.stderr).not.toContain(`job ${jobId}: started`);
  });

  it("a coordinator stopped and started again resumes from the jobs already done", async () => {
    const url = `${redis.url}/3`;
    const worker = await startWorker(url);
    workers.push(worker);
    const first = start([...args, "--queue", url]);
    await worker.waitFor(/replications? in/);
    first.child.kill("SIGKILL");
    await first.exited;
    const second = await run(...args, "--queue", url);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/study [0-9a-f]{16}, 4 jobs, [1-4] already done/);
    expectSameAsLocal(second.stdout, local, url);
    // Every job ran once: none was recomputed for the second coordinator.
    const ran = await logLines([worker], /job (\S+): \d+ replications? in/, 4);
    expect(ran).toHaveLength(4);
    expect(new Set(ran).size).toBe(4);
  });

  it("a job with a bad payload fails alone; the worker goes on with the next", async () => {
    const url = `${redis.url}/4`;
    const worker = await startWorker(url);
    workers.push(worker);
    const prepared = await checkScenario({ path: scenario });
    if (!prepared.ok) throw new Error("the test scenario does not load");
    const baseline = prepared.variants[0]!;
    const [good] = planBlocks(
      [{ params: baseline.params, changes: baseline.changes, fidelity: "interval", seed: 1, replication: 0 }],
      [baseline.scenario],
      5,
    );
    const badScenario: JobPayload = { ...good!.payload, scenario: { ...good!.payload.scenario, staffCount: 3 } };
    const outcome = await badPayloadOutcome(url, [
      { id: "not-a-payload", data: { format: "something else" } },
      { id: "bad-scenario", data: badScenario },
      { id: "good", data: good!.payload },
    ]);
    expect(outcome["not-a-payload"]).toMatch(/^failed: refused: expected format "ccsim-replications\/1"/);
    expect(outcome["bad-scenario"]).toMatch(/^failed: refused: job bad-scenario:\d+:\d+ staffCount: /);
    expect(outcome["good"]).toBe("completed");
    expect(worker.child.exitCode).toBeNull();
    expect(worker.stderr).toMatch(/job bad-scenario refused/);
  });

  it("Redis unreachable: one line, exit code 4, nothing written", async () => {
    const out = join(dir, "unreachable");
    const url = `redis://127.0.0.1:${await freePort()}`;
    const refused = ccsim("run", scenario, "--quiet", "--out", out, "--queue", url);
    expect(refused.status).toBe(4);
    expect(refused.stderr).toMatch(
      new RegExp(`^error: cannot reach the queue at ${url} \\(.*\\); no result written\\n$`),
    );
    expect(existsSync(out)).toBe(false);
  });

  it("Redis lost mid-study: one line, exit code 4, nothing written", async () => {
    const own = await startRedis();
    const out = join(dir, "lost");
    const coordinator = start(["run", scenario, "--out", out, "--queue", own.url]);
    await coordinator.waitFor(/study [0-9a-f]{16}/); // connected and enqueued; no worker takes the jobs
    await own.stop();
    expect(await coordinator.exited).toBe(4);
    // The study line, progress lines if the loss took over two seconds, then exactly one error line.
    const lines = coordinator.stderr
      .trim()
      .split("\n")
      .filter((l) => !/^replications: \d+\/\d+ done/.test(l));
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^error: lost the queue at redis:\/\/127\.0\.0\.1:\d+ /)]);
    expect(existsSync(out)).toBe(false);
  });
});
