// Payloads a coordinator sends and a worker decodes: the blocks, their content ids, the schema check on the
// worker, and exact numbers in results.
import { fileURLToPath } from "node:url";
import { checkScenario, runInThisThread, type ReplicationJob, type Scenario } from "@ccsim/runner";
import { describe, expect, it } from "vitest";
import { decodePayload, MAX_PAYLOAD_CHARS, PayloadRefused, planBlocks } from "../src/payload.js";
import { parseExact, stringifyExact } from "../src/exactJson.js";
import { parseQueueUrl, QueueUrlError } from "../src/queueUrl.js";

const file = fileURLToPath(new URL("../../../scenarios/validation/small-centre.yaml", import.meta.url));

async function jobsOf(replications: number): Promise<{ jobs: ReplicationJob[]; scenarios: Scenario[] }> {
  const prepared = await checkScenario({ path: file });
  if (!prepared.ok) throw new Error("small-centre.yaml does not load");
  const jobs = prepared.variants.flatMap((v) =>
    Array.from({ length: replications }, (_, replication) => ({
      params: v.params,
      changes: v.changes,
      fidelity: "interval" as const,
      seed: 11,
      replication,
    })),
  );
  const scenarios = prepared.variants.flatMap((v) => Array.from({ length: replications }, () => v.scenario));
  return { jobs, scenarios };
}

describe("planBlocks", () => {
  it("splits each variant's replications into blocks with content ids that repeat for the same work", async () => {
    const { jobs, scenarios } = await jobsOf(7);
    const blocks = planBlocks(jobs, scenarios, 5);
    // 3 variants x (5 + 2) replications.
    expect(blocks.map((b) => [b.start, b.payload.firstReplication, b.payload.replications])).toEqual([
      [0, 0, 5],
      [5, 5, 2],
      [7, 0, 5],
      [12, 5, 2],
      [14, 0, 5],
      [19, 5, 2],
    ]);
    expect(new Set(blocks.map((b) => b.id)).size).toBe(6);
    expect(blocks[0]!.id).toMatch(/^[0-9a-f]{32}-interval-s11-r0-5$/);
    expect(planBlocks(jobs, scenarios, 5).map((b) => b.id)).toEqual(blocks.map((b) => b.id));
  });
});

describe("decodePayload", () => {
  it("gives back the jobs the coordinator had, which simulate to the same results", async () => {
    const { jobs, scenarios } = await jobsOf(2);
    const [block] = planBlocks(jobs, scenarios, 5);
    const decoded = decodePayload(JSON.parse(JSON.stringify(block!.payload)), block!.id);
    expect(decoded).toHaveLength(2);
    const mine = await runInThisThread(decoded, () => undefined);
    const theirs = await runInThisThread(jobs.slice(0, 2), () => undefined);
    expect(stringifyExact(mine)).toBe(stringifyExact(theirs));
  });

  it("refuses a payload that is not one, with what was expected", () => {
    expect(() => decodePayload("text", "j")).toThrow(new PayloadRefused("the payload is not an object"));
    expect(() => decodePayload({ format: "other" }, "j")).toThrow(/expected format "ccsim-replications\/1"/);
  });

  it("runs only scenarios that pass the schema, and refuses another ccsim's compilation", async () => {
    const { jobs, scenarios } = await jobsOf(1);
    const { payload } = planBlocks(jobs, scenarios, 5)[0]!;
    const typo = { ...payload, scenario: { ...payload.scenario, replicatons: 3 } };
    expect(() => decodePayload(typo, "j7")).toThrow(/^job j7:\d+:\d+ replicatons: /);
    expect(() => decodePayload({ ...payload, digest: "0".repeat(64) }, "j")).toThrow(/same ccsim commit/);
    expect(() => decodePayload({ ...payload, ccsimVersion: "0.0.1" }, "j")).toThrow(/same version/);
    expect(() => decodePayload({ ...payload, replications: 0 }, "j")).toThrow(/expected 1 to 1000 replications/);
    const huge = { ...payload, padding: "x".repeat(MAX_PAYLOAD_CHARS) };
    expect(() => decodePayload(huge, "j")).toThrow(/more than the 8388608 a worker takes/);
  });
});

describe("exact JSON", () => {
  it("keeps NaN, infinities and -0, which plain JSON turns into null or 0", () => {
    const value = { a: [NaN, Infinity, -Infinity, -0, 0, 1.5e-300], b: "NaN" };
    const back = parseExact(stringifyExact(value)) as typeof value;
    expect(back.a.map((x) => (Object.is(x, -0) ? "-0" : String(x)))).toEqual([
      "NaN",
      "Infinity",
      "-Infinity",
      "-0",
      "0",
      "1.5e-300",
    ]);
    expect(back.b).toBe("NaN");
  });
});

describe("parseQueueUrl", () => {
  it("accepts redis:// and rediss:// with a database, and hides the password", () => {
    expect(parseQueueUrl("redis://127.0.0.1:6379").shown).toBe("redis://127.0.0.1:6379");
    expect(parseQueueUrl("rediss://ccsim:s3cret@redis.example:6380/2").shown).toBe(
      "rediss://ccsim:***@redis.example:6380/2",
    );
  });

  it.each([
    ["http://host:6379", /expected a redis:\/\/ or rediss:\/\/ address, found http:/],
    ["redis://host:6379/x", /database after the host must be a number 0-15, found \/x/],
    ["redis://host:6379/?a=1", /no query/],
    ["not a url :pw@x", /expected redis:\/\/.*found "\*\*\*@x"/],
  ])("refuses %s", (url, message) => {
    expect(() => parseQueueUrl(url)).toThrow(QueueUrlError);
    expect(() => parseQueueUrl(url)).toThrow(message);
  });
});
