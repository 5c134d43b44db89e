import { InvalidArgumentError, type Command } from "commander";

/**
 * An option-value parser for commander: the text must be a finite number (a whole one if `whole`) that `accepts`;
 * otherwise commander reports "expected <what>." on one line.
 */
function numberParser(accepts: (n: number) => boolean, what: string, whole = false): (value: string) => number {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || (whole && !Number.isSafeInteger(n)) || !accepts(n))
      throw new InvalidArgumentError(`expected ${what}.`);
    return n;
  };
}

export const positiveNumber = numberParser((n) => n > 0, "a positive number");
export const nonNegativeNumber = numberParser((n) => n >= 0, "a number >= 0");
export const positiveInteger = numberParser((n) => n >= 1, "a whole number >= 1", true);
export const nonNegativeInteger = numberParser((n) => n >= 0, "a whole number >= 0", true);
/** The largest seed: the scenario file's `seed` field, a 32-bit unsigned integer (a run's seed must fit its file). */
export const MAX_SEED = 4_294_967_295;
export const integerSeed = numberParser(
  (n) => n >= 0 && n <= MAX_SEED,
  `a whole number from 0 to ${MAX_SEED.toLocaleString("en-US")} (a 32-bit seed)`,
  true,
);
/** A whole number from 1 to `max` (replications, threads): the same caps as scenario files, checked before any work. */
export const integerUpTo = (max: number, why = ""): ((value: string) => number) =>
  numberParser((n) => n >= 1 && n <= max, `a whole number from 1 to ${max.toLocaleString("en-US")}${why}`, true);
/** A share strictly between 0 and 1 (service-level targets, caps). */
export const openFraction = numberParser((n) => n > 0 && n < 1, "a fraction between 0 and 1 (exclusive), e.g. 0.8");
/** A share in [0, 1) (shrinkage). */
export const fractionBelowOne = numberParser((n) => n >= 0 && n < 1, "a fraction in [0, 1), e.g. 0.3");

/** A calendar date YYYY-MM-DD (export days, excluded days, requirement ranges). */
export const isoDate = (value: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new InvalidArgumentError("expected a date YYYY-MM-DD.");
  return value;
};

/** `--format` of the commands that print a table or one JSON document (sensitivity, calibrate). */
export function tableOrJson(value: string): "table" | "json" {
  if (value === "table" || value === "json") return value;
  throw new InvalidArgumentError("expected table or json.");
}

/** The options that describe one interval's traffic, shared by `erlang`, `staff` and `queue`. */
export function addTrafficOptions(
  command: Command,
  agents: boolean,
  ahtDescription: string,
  patienceDescription: string,
): Command {
  command
    .requiredOption("--calls-per-hour <number>", "arrival rate (Poisson), contacts per hour, > 0", positiveNumber)
    .requiredOption("--aht-sec <seconds>", ahtDescription, positiveNumber);
  if (agents)
    command.requiredOption(
      "--agents <n>",
      "agents on the phones (net of shrinkage), a whole number >= 1",
      positiveInteger,
    );
  return command
    .option("--patience-sec <seconds>", patienceDescription, positiveNumber)
    .option("--threshold-sec <seconds>", "service-level threshold, seconds, >= 0", nonNegativeNumber, 20);
}
