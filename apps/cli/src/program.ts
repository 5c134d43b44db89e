/**
 * The `ccsim` command tree, every command and option registered but nothing parsed: main.ts runs it, and
 * test/docs/cli-reference.test.ts reads its options to hold docs/cli.md and the command lines the docs quote to it.
 */
import { readFileSync } from "node:fs";
import { Command } from "commander";
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
import { registerWorker } from "./commands/worker.js";

export function createProgram(): Command {
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
  // Settings are not inherited by subcommands: usage errors anywhere must reach the handler in main.ts (exit code 2).
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput());
    requireAfterUnknown(command);
  }
  return program;
}

/**
 * Commander reports a missing required option before an unknown one, so a mistyped required option
 * (`ccsim sweep f.yaml --sett x=1`) was answered "required option '--set' not specified" instead of "unknown option
 * '--sett' (Did you mean --set?)". Here required options are checked after commander's own checks of unknown
 * options and arguments, with commander's wording.
 */
function requireAfterUnknown(command: Command): void {
  const required = command.options.filter((option) => option.mandatory);
  if (required.length === 0) return;
  for (const option of required) option.mandatory = false;
  command.hook("preAction", () => {
    for (const option of required)
      if (command.getOptionValue(option.attributeName()) === undefined)
        command.error(`error: required option '${option.flags}' not specified`, {
          code: "commander.missingMandatoryOptionValue",
        });
  });
}
