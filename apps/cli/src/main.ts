#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { registerErlang } from "./commands/erlang.js";
import { registerQueue } from "./commands/queue.js";
import { registerStaff } from "./commands/staff.js";
import { UserError } from "./UserError.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

const program = new Command("ccsim")
  .description("ccsim: contact-centre workforce and motivation simulation")
  .version(version)
  .exitOverride()
  // Keep every usage error on one line, commander's "(Did you mean ...?)" hint included.
  .configureOutput({ outputError: (message, write) => write(`${message.trim().replace(/\n+/g, " ")}\n`) });
registerErlang(program);
registerQueue(program);
registerStaff(program);
// Settings are not inherited by subcommands: usage errors anywhere must reach the handler below (exit code 2).
for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

/** 0 for help/version, 2 for anything the user can fix, 1 for a defect (with its stack, which is a bug report). */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2; // commander already printed the message
  if (error instanceof UserError) {
    console.error(`error: ${error.message}`);
    return 2;
  }
  console.error("internal error (a bug in ccsim; please report it with the command line):");
  console.error(error);
  return 1;
}
