import type { RunOptions } from "@ccsim/runner";
import { WorkerPool } from "@ccsim/runner/node";
import { InvalidArgumentError, type Command } from "commander";
import { integerSeed, positiveInteger } from "./options.js";
import { Progress } from "./Progress.js";

/** Flags of every command that runs a scenario. */
export interface RunFlags {
  replications?: number;
  seed?: number;
  fidelity?: "contact" | "interval";
  threads?: number;
  quiet?: boolean;
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
    .option("--replications <n>", "replications per variant (default: the scenario's)", positiveInteger)
    .option("--seed <n>", "master seed (default: the scenario's)", integerSeed)
    .option("--fidelity <mode>", "contact (every contact simulated) or interval (Erlang A per interval; fast)", fidelity)
    .option("--threads <n>", "worker threads for replications (default: one per core)", positiveInteger)
    .option("--quiet", "no progress bar");
}

/** The output options of the commands that print a result. */
export function addResultOptions(command: Command): Command {
  return addRunOptions(command)
    .option("--format <format>", "table, json or csv", format, "table")
    .option("--out <dir>", "also write result.json and months.csv into this directory (atomically)");
}

/**
 * Runner options from the flags: a worker pool (stopped on Ctrl-C, so no worker outlives the command) and a
 * progress bar on a terminal. Call `close()` when done.
 */
export function runOptionsFrom(flags: RunFlags): { options: RunOptions; close: () => Promise<void> } {
  const pool = new WorkerPool(flags.threads);
  const progress = new Progress("replications", 0, flags.quiet !== true);
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
    execute: pool.execute,
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
