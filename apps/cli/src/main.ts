#!/usr/bin/env node
import { RunInterrupted } from "@ccsim/runner";
import { CommanderError } from "commander";
import { createProgram } from "./program.js";
import { ScenarioFileError } from "./scenarioFile.js";
import { UserError } from "./UserError.js";
import { ExitError } from "./ExitError.js";

const program = createProgram();

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
