import { availableParallelism } from "node:os";
import type { RunOptions } from "@ccsim/runner";
import { DEFAULT_REPLICATION_TIME_LIMIT_MS, ReplicationTimeLimit, WorkerPool } from "@ccsim/runner/node";
import { InvalidArgumentError, type Command } from "commander";
import { integerSeed, integerUpTo, MAX_SEED, positiveNumber } from "./options.js";
import { Progress } from "./Progress.js";
import { queueRunOptions, queueUrl } from "./queueRun.js";
import { UserError } from "./UserError.js";
import { checkWorkload } from "./workloadCheck.js";

/** Most replications per variant: the same cap as the `replications` field of a scenario file. */
export const MAX_REPLICATIONS = 1000;
/** Most worker threads: twice the cores (more only adds memory: each thread holds a replication). */
export const MAX_THREADS = Math.max(2, 2 * availableParallelism());

/** Flags of every command that runs a scenario. */
export interface RunFlags {
  replications?: number;
  seed?: number;
  fidelity?: "contact" | "interval";
  threads?: number;
  quiet?: boolean;
  maxWorkload?: number;
  timeLimit?: number;
  /** Redis address: run the replications on `ccsim worker` processes (docs/scale-out.md). */
  queue?: string;
}

/** Flags of the commands that print a result (run, compare, sweep, calibrate). */
export interface CommonRunFlags extends RunFlags {
  format: "table" | "json" | "csv";
  out?: string;
}

function fidelity(value: string): "contact" | "interval" {
  if (value === "contact" || value === "interval") return value;
  throw new InvalidArgumentError("expected contact or interval.");
}

function format(value: string): "table" | "json" | "csv" {
  if (value === "table" || value === "json" || value === "csv") return value;
  throw new InvalidArgumentError("expected table, json or csv.");
}

/** The options every command that runs a scenario shares. */
export function addRunOptions(command: Command): Command {
  return command
    .option(
      "--replications <n>",
      `replications per variant, a whole number from 1 to ${MAX_REPLICATIONS} (default: the scenario's)`,
      integerUpTo(MAX_REPLICATIONS),
    )
    .option("--seed <n>", `master seed, a whole number from 0 to ${MAX_SEED} (default: the scenario's)`, integerSeed)
    .option(
      "--fidelity <mode>",
      "contact (every contact simulated) or interval (Erlang A per interval; fast) (default: the scenario's)",
      fidelity,
    )
    .option(
      "--threads <n>",
      `worker threads for replications, at most ${MAX_THREADS} (twice the cores) (default: one per core)`,
      integerUpTo(MAX_THREADS, ` (twice the ${availableParallelism()} cores)`),
    )
    .option(
      "--max-workload <factor>",
      "multiply the workload limits of docs/cli.md (agent-days, contacts, intervals, memory) by this factor > 0, for runs known to be large",
      positiveNumber,
      1,
    )
    .option(
      "--time-limit <minutes>",
      "stop the run if one replication takes longer than this many minutes",
      positiveNumber,
      DEFAULT_REPLICATION_TIME_LIMIT_MS / 60_000,
    )
    .option(
      "--queue <url>",
      "run the replications on `ccsim worker` processes through Redis: redis://[user:password@]host:port[/db] or rediss://",
      queueUrl,
    )
    .option("--quiet", "no progress output on stderr")
    .hook("preAction", refuseLocalOnlyWithQueue);
}

/**
 * Options that set how this machine runs replications. With `--queue` the workers run them, so giving one is a
 * mistake to point out (its value would be ignored), with what to use instead. Their defaults are not "given".
 */
const LOCAL_ONLY: ReadonlyArray<{ key: string; flag: string; instead: string }> = [
  { key: "threads", flag: "--threads", instead: "--concurrency <n>" },
  { key: "timeLimit", flag: "--time-limit", instead: "--time-limit <minutes>" },
];

function refuseLocalOnlyWithQueue(command: Command): void {
  if (command.getOptionValue("queue") === undefined) return;
  const given = LOCAL_ONLY.filter(({ key }) => command.getOptionValueSource(key) === "cli");
  if (given.length === 0) return;
  command.error(
    `error: ${given.map((o) => o.flag).join(" and ")} cannot be used with --queue: the workers run the replications; give \`ccsim worker ${given.map((o) => o.instead).join(" ")}\` to each worker instead`,
    { exitCode: 2, code: "ccsim.localOnlyWithQueue" },
  );
}

/** The output options of the commands that print a result. */
export function addResultOptions(command: Command, files = "result.json and months.csv"): Command {
  return addRunOptions(command)
    .option("--format <format>", "what is printed: table, json or csv", format, "table")
    .option("--out <dir>", `also write ${files} into this directory, as a set`);
}

/**
 * Runner options from the flags: a worker pool (stopped on Ctrl-C, so no worker outlives the command) and a
 * progress bar on a terminal. Call `close()` when done.
 */
export function runOptionsFrom(
  flags: RunFlags,
  showProgress = flags.quiet !== true,
): { options: RunOptions; close: () => Promise<void> } {
  if (flags.queue !== undefined) return queueRunOptions({ ...flags, queue: flags.queue });
  const pool = new WorkerPool(flags.threads, (flags.timeLimit ?? DEFAULT_REPLICATION_TIME_LIMIT_MS / 60_000) * 60_000);
  const progress = new Progress("replications", 0, showProgress);
  // Ctrl-C stops the workers; the run then ends with RunInterrupted, which the CLI reports (exit code 130).
  const interrupt = (): void => {
    progress.done();
    void pool.stop();
  };
  process.once("SIGINT", interrupt);
  const options: RunOptions = {
    ...(flags.replications === undefined ? {} : { replications: flags.replications }),
    ...(flags.seed === undefined ? {} : { seed: flags.seed }),
    ...(flags.fidelity === undefined ? {} : { fidelity: flags.fidelity }),
    // The workload is estimated from the jobs before any is started: past the limits, exit code 2 with the estimate.
    execute: (jobs, onDone) => {
      checkWorkload(
        jobs,
        Math.min(jobs.length, flags.threads ?? availableParallelism()),
        flags.maxWorkload ?? 1,
        "Fewer replications, months or variants make it smaller; ",
      );
      progress.start(jobs.length);
      return pool.execute(jobs, onDone).catch((error: unknown) => {
        if (!(error instanceof ReplicationTimeLimit)) throw error;
        progress.done();
        throw new UserError(
          `${error.message}. A replication this slow is either very large (raise --time-limit <minutes>) or a defect in ccsim (please report it with the file)`,
        );
      });
    },
    onProgress: (done, total) => progress.update(done, total),
  };
  return {
    options,
    close: async () => {
      process.off("SIGINT", interrupt);
      progress.done();
      await pool.stop();
    },
  };
}
