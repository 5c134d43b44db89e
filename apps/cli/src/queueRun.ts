/**
 * `--queue URL`: the command becomes a coordinator whose replications run on `ccsim worker` processes through
 * BullMQ on Redis (docs/scale-out.md). `@ccsim/queue` (and with it BullMQ) is imported only here, and only when a
 * replication is about to run, so the local default never loads it.
 */
import { InvalidArgumentError } from "commander";
import { parseQueueUrl, QueueUrlError } from "@ccsim/queue/url";
import type { RunOptions } from "@ccsim/runner";
import { ExitError, EXIT_QUEUE_UNAVAILABLE } from "./ExitError.js";
import { Progress } from "./Progress.js";
import { cliProvenance } from "./provenance.js";
import { UserError } from "./UserError.js";
import { checkWorkload } from "./workloadCheck.js";

/** Commander parser of `--queue`: the address must be a redis:// or rediss:// URL. */
export function queueUrl(value: string): string {
  try {
    return parseQueueUrl(value).url;
  } catch (error) {
    if (error instanceof QueueUrlError) throw new InvalidArgumentError(`${error.message}.`);
    throw error;
  }
}

type Coordinator = import("@ccsim/queue").QueueCoordinator;

/**
 * Seconds without a worker taking a job before the coordinator says so (default 30). Meant for tests, which
 * cannot wait that long; documented in docs/scale-out.md.
 */
const IDLE_WARNING_ENV = "CCSIM_QUEUE_IDLE_WARNING_SEC";

function idleWarningMs(): number | undefined {
  const text = process.env[IDLE_WARNING_ENV];
  if (text === undefined || text === "") return undefined;
  const seconds = Number(text);
  if (!(seconds > 0 && Number.isFinite(seconds)))
    throw new UserError(`${IDLE_WARNING_ENV}: expected a number of seconds > 0, found ${JSON.stringify(text)}`);
  return seconds * 1000;
}

/** The run flags a coordinator uses (those of `RunFlags` in runOptions.ts, which calls this). */
export interface QueueFlags {
  readonly queue: string;
  readonly replications?: number;
  readonly seed?: number;
  readonly fidelity?: "contact" | "interval";
  readonly quiet?: boolean;
  readonly maxWorkload?: number;
}

/** Runner options that run the replications through the queue; `close()` ends the study's connections. */
export function queueRunOptions(flags: QueueFlags): {
  options: RunOptions;
  close: () => Promise<void>;
} {
  const address = parseQueueUrl(flags.queue);
  const idleMs = idleWarningMs();
  const progress = new Progress("replications", 0, flags.quiet !== true);
  let coordinator: Coordinator | undefined;
  const interrupt = (): void => {
    progress.done();
    coordinator?.interrupt();
  };
  process.once("SIGINT", interrupt);
  const start = async (): Promise<Coordinator> => {
    const { QueueCoordinator } = await import("@ccsim/queue");
    return (coordinator ??= new QueueCoordinator({
      address,
      // The command line that determines the results names the study, so the same command finds it again.
      label: cliProvenance().command ?? "ccsim",
      onStudy: ({ id, jobs, done }) => {
        if (flags.quiet !== true)
          console.error(`queue ${address.shown}: study ${id}, ${jobs} jobs${done > 0 ? `, ${done} already done` : ""}`);
      },
      // Printed even with --quiet: a study that waits for workers nobody started would otherwise wait in silence.
      onIdle: ({ id, seconds }) =>
        console.error(
          `no worker has taken a job of study ${id} in ${seconds} s: start \`ccsim worker --queue ${address.shown}\` on a machine that reaches Redis; still waiting`,
        ),
      ...(idleMs === undefined ? {} : { idleWarningMs: idleMs }),
    }));
  };
  const options: RunOptions = {
    ...(flags.replications === undefined ? {} : { replications: flags.replications }),
    ...(flags.seed === undefined ? {} : { seed: flags.seed }),
    ...(flags.fidelity === undefined ? {} : { fidelity: flags.fidelity }),
    execute: async (jobs, onDone, scenarios) => {
      // The same limits as a local run: a study too large by mistake is refused before anything is enqueued.
      checkWorkload(jobs, 1, flags.maxWorkload ?? 1);
      progress.start(jobs.length);
      return (await start()).execute(jobs, onDone, scenarios).catch((error: unknown) => {
        progress.done();
        throw cliError(error);
      });
    },
    onProgress: (done, total) => progress.update(done, total),
  };
  return {
    options,
    close: async () => {
      process.off("SIGINT", interrupt);
      progress.done();
      await coordinator?.close();
    },
  };
}

/** The queue's failures as the CLI's: one line each, with the exit codes of docs/cli.md. */
function cliError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  switch (error.name) {
    case "QueueUnavailable":
      return new ExitError(error.message, EXIT_QUEUE_UNAVAILABLE);
    case "PayloadTooLarge":
      return new UserError(error.message);
    case "JobFailed":
      return new ExitError(error.message, (error as Error & { refused: boolean }).refused ? 2 : 1);
    default:
      return error;
  }
}
