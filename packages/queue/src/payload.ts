/**
 * Replication jobs as queue payloads: a block of consecutive replications of one variant, carried as the variant's
 * scenario in file form (not compiled parameters), so a worker runs nothing but data that passes the scenario
 * schema. A job's id is derived from its content (a digest of the compiled variant, fidelity, seed, replication
 * block), so the same work always has the same id: enqueueing it again finds the stored result (resume), and
 * at-least-once delivery is harmless because a seeded block run twice gives the same bytes.
 */
import { createHash } from "node:crypto";
import { CCSIM_VERSION, type ReplicationJob } from "@ccsim/runner";
import { compileChanges, compileScenario } from "@ccsim/runner/effect";
import { encodeScenario, formatIssue, loadScenario, type Scenario, type ScenarioIssue } from "@ccsim/scenario";
import { Either } from "effect";
import { stringifyExact } from "./exactJson.js";

/** The payload format; a worker refuses any other. */
export const PAYLOAD_FORMAT = "ccsim-replications/1";
/** Largest payload (JSON characters) a coordinator sends and a worker accepts: far above a case with demand data. */
export const MAX_PAYLOAD_CHARS = 8 * 1024 * 1024;
/** Most replications in one job: the per-variant cap of the CLI and of scenario files. */
export const MAX_BLOCK_REPLICATIONS = 1000;

/** What one queue job carries. */
export interface JobPayload {
  readonly format: string;
  readonly ccsimVersion: string;
  /** The variant's scenario in file form, every default explicit (`encodeScenario`). */
  readonly scenario: Readonly<Record<string, unknown>>;
  readonly fidelity: "contact" | "interval";
  readonly seed: number;
  readonly firstReplication: number;
  readonly replications: number;
  /** SHA-256 of the compiled variant: a worker that compiles the scenario differently refuses the job. */
  readonly digest: string;
}

/** A job to enqueue and the slice of the executor's job list its results fill. */
export interface Block {
  readonly id: string;
  readonly payload: JobPayload;
  /** Index of the block's first replication job in the executor's list; it fills `payload.replications` slots. */
  readonly start: number;
}

/** A payload a worker will not run: what is wrong with it, in one paragraph. */
export class PayloadRefused extends Error {
  override readonly name = "PayloadRefused";
}

/** The digest of a compiled variant: parameters and dated changes, numbers exact. */
export function variantDigest(job: Pick<ReplicationJob, "params" | "changes">): string {
  return createHash("sha256")
    .update(stringifyExact({ params: job.params, changes: job.changes }))
    .digest("hex");
}

/**
 * Splits the executor's jobs into blocks of at most `blockSize` consecutive replications of one variant (the jobs
 * of a variant share one parameter object). `scenarios[i]` is the scenario job i was compiled from.
 */
export function planBlocks(
  jobs: readonly ReplicationJob[],
  scenarios: readonly Scenario[],
  blockSize: number,
): Block[] {
  const digests = new Map<object, string>();
  const encoded = new Map<Scenario, Readonly<Record<string, unknown>>>();
  const blocks: Block[] = [];
  let i = 0;
  while (i < jobs.length) {
    const first = jobs[i]!;
    const scenario = scenarios[i];
    if (scenario === undefined) throw new Error(`replication job ${i} came without its scenario`);
    let count = 1;
    for (let next = jobs[i + count]; next !== undefined && count < blockSize; next = jobs[i + count]) {
      const sameVariant = next.params === first.params && next.changes === first.changes;
      const sameRun = next.fidelity === first.fidelity && next.seed === first.seed;
      if (!sameVariant || !sameRun || scenarios[i + count] !== scenario) break;
      if (next.replication !== first.replication + count) break;
      count++;
    }
    let digest = digests.get(first.params);
    if (digest === undefined) digests.set(first.params, (digest = variantDigest(first)));
    let file = encoded.get(scenario);
    if (file === undefined) encoded.set(scenario, (file = encodeScenario(scenario)));
    const payload: JobPayload = {
      format: PAYLOAD_FORMAT,
      ccsimVersion: CCSIM_VERSION,
      scenario: file,
      fidelity: first.fidelity,
      seed: first.seed,
      firstReplication: first.replication,
      replications: count,
      digest,
    };
    const id = `${digest.slice(0, 32)}-${first.fidelity}-s${first.seed}-r${first.replication}-${count}`;
    blocks.push({ id, payload, start: i });
    i += count;
  }
  return blocks;
}

/**
 * Checks a payload as a worker receives it and turns it back into replication jobs: its size, its fields, the
 * scenario through the schema (every check a file gets), and that this worker compiles it to the same variant.
 * Throws `PayloadRefused` with the first problems found.
 */
export function decodePayload(data: unknown, jobId: string): ReplicationJob[] {
  const size = JSON.stringify(data ?? null).length;
  if (size > MAX_PAYLOAD_CHARS)
    throw new PayloadRefused(`the payload has ${size} characters, more than the ${MAX_PAYLOAD_CHARS} a worker takes`);
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new PayloadRefused("the payload is not an object");
  const p = data as Partial<Record<keyof JobPayload, unknown>>;
  if (p.format !== PAYLOAD_FORMAT)
    throw new PayloadRefused(`expected format ${JSON.stringify(PAYLOAD_FORMAT)}, found ${JSON.stringify(p.format)}`);
  if (p.ccsimVersion !== CCSIM_VERSION)
    throw new PayloadRefused(
      `the coordinator runs ccsim ${JSON.stringify(p.ccsimVersion)}, this worker ${CCSIM_VERSION}: run the same version on both`,
    );
  if (p.fidelity !== "contact" && p.fidelity !== "interval")
    throw new PayloadRefused(`expected fidelity "contact" or "interval", found ${JSON.stringify(p.fidelity)}`);
  const seed = p.seed;
  if (typeof seed !== "number" || !Number.isSafeInteger(seed))
    throw new PayloadRefused(`expected a whole-number seed, found ${JSON.stringify(seed)}`);
  const first = p.firstReplication;
  const count = p.replications;
  if (typeof first !== "number" || !Number.isInteger(first) || first < 0 || first >= MAX_BLOCK_REPLICATIONS)
    throw new PayloadRefused(`expected a first replication 0-${MAX_BLOCK_REPLICATIONS - 1}, found ${String(first)}`);
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || first + count > MAX_BLOCK_REPLICATIONS)
    throw new PayloadRefused(`expected 1 to ${MAX_BLOCK_REPLICATIONS - first} replications, found ${String(count)}`);
  if (typeof p.scenario !== "object" || p.scenario === null || Array.isArray(p.scenario))
    throw new PayloadRefused("the payload carries no scenario");
  const { params, changes } = compileChecked(JSON.stringify(p.scenario), p.digest, `job ${jobId}`);
  return Array.from({ length: count }, (_, k) => ({
    params,
    changes,
    fidelity: p.fidelity as "contact" | "interval",
    seed,
    replication: first + k,
  }));
}

/** Variants a worker keeps compiled: the blocks of one variant usually arrive one after another. */
const COMPILED_CACHE_SIZE = 16;
const compiled = new Map<string, Pick<ReplicationJob, "params" | "changes">>();

/**
 * The scenario text decoded through the schema, compiled, and checked against the coordinator's digest. A text
 * already checked (byte for byte the same, with the same digest) is not decoded again: the schema check of a
 * file takes tens to hundreds of milliseconds, the same order as a short replication.
 */
function compileChecked(text: string, digest: unknown, where: string): Pick<ReplicationJob, "params" | "changes"> {
  const key = `${String(digest)}:${createHash("sha256").update(text).digest("hex")}`;
  const known = compiled.get(key);
  if (known !== undefined) return known;
  const scenario = loadScenario(text, where);
  if (Either.isLeft(scenario)) throw new PayloadRefused(firstIssues(scenario.left.issues));
  const changes = compileChanges(scenario.right, where);
  if (Either.isLeft(changes)) throw new PayloadRefused(firstIssues(changes.left.issues));
  const params = compileScenario(scenario.right);
  if (variantDigest({ params, changes: changes.right }) !== digest)
    throw new PayloadRefused(
      "this worker compiles the scenario to different parameters than the coordinator did: run the same ccsim commit on both",
    );
  if (compiled.size >= COMPILED_CACHE_SIZE) compiled.delete(compiled.keys().next().value ?? "");
  const entry = { params, changes: changes.right };
  compiled.set(key, entry);
  return entry;
}

const SHOWN_ISSUES = 3;

function firstIssues(issues: readonly ScenarioIssue[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map(formatIssue).join("; ");
  return issues.length > SHOWN_ISSUES ? `${shown}; and ${issues.length - SHOWN_ISSUES} more` : shown;
}
