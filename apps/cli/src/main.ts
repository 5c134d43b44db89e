#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { RunInterrupted } from "@ccsim/runner";
import { Command, CommanderError } from "commander";
import { registerCalibrate } from "./commands/calibrate.js";
import { registerCompare } from "./commands/compare.js";
import { registerDemand } from "./commands/demand.js";
import { registerErlang } from "./commands/erlang.js";
import { registerQueue } from "./commands/queue.js";
import { registerRequirement } from "./commands/requirement.js";
import { registerReport } from "./commands/report.js";
import { registerRun } from "./commands/run.js";
import { registerStaff } from "./commands/staff.js";
import { registerSensitivity } from "./commands/sensitivity.js";
import { registerSweep } from "./commands/sweep.js";
import { registerValidate } from "./commands/validate.js";
import { registerValidateModel } from "./commands/validateModel.js";
import { ScenarioFileError } from "./scenarioFile.js";
import { UserError } from "./UserError.js";
import { ExitError } from "./ExitError.js";
import { registerWorker } from "./commands/worker.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

const program = new Command("ccsim")
  .description("ccsim: contact-centre workforce and motivation simulation")
  .version(version)
  .exitOverride()
  // Keep every usage error on one line, commander's "(Did you mean ...?)" hint included.
  .configureOutput({ outputError: (message, write) => write(`${message.trim().replace(/\n+/g, " ")}\n`) });
registerRun(program);
registerCompare(program);
registerReport(program);
registerSweep(program);
registerSensitivity(program);
registerCalibrate(program);
registerValidate(program);
registerValidateModel(program);
registerErlang(program);
registerStaff(program);
registerQueue(program);
registerDemand(program);
registerRequirement(program);
registerWorker(program);
// Settings are not inherited by subcommands: usage errors anywhere must reach the handler below (exit code 2).
for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());

// A reader that stops early (`ccsim run x.yaml --format csv | head`) closes the pipe: it has all it wanted, so
// the rest of the output is dropped and the command ends quietly with exit code 0, not with an EPIPE stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

/** 0 for help/version, 2 for anything the user can fix, 130 when interrupted, 1 for a defect (with its stack: a bug report). */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2; // commander already printed the message
  if (error instanceof RunInterrupted) {
    console.error("interrupted: no result written");
    return 130;
  }
  if (error instanceof ScenarioFileError) {
    console.error(error.message); // one located problem per line: file:line:column path: message
    return 2;
  }
  if (error instanceof ExitError) {
    console.error(`error: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof UserError) {
    console.error(`error: ${error.message}`);
    return 2;
  }
  console.error("internal error (a bug in ccsim; please report it with the command line):");
  console.error(error);
  return 1;
}
