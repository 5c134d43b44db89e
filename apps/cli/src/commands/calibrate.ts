import { calibrate, CalibrationError, type CalibrationFact, type CaseCardRow, type FactRow } from "@ccsim/runner";
import type { Command } from "commander";
import { calibrationBlock, rounded } from "../calibrationBlock.js";
import { positiveInteger, tableOrJson } from "../options.js";
import { addRunOptions, runOptionsFrom, type RunFlags } from "../runOptions.js";
import { loadScenarioFile } from "../scenarioFile.js";
import { textTable } from "../textTable.js";
import { UserError } from "../UserError.js";

const list = (value: string): string[] =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");

type Flags = RunFlags & { fit?: string[]; to?: string[]; maxEvaluations: number; format: "table" | "json" };

export function registerCalibrate(program: Command): void {
  // Its own --format: a calibration is one document (table or JSON), not a result set; it writes no files.
  addRunOptions(
    program
      .command("calibrate")
      .argument("<file>", "scenario file with a calibration block, or a reported block and --fit and --to")
      .description(
        "fit parameters to facts (the file's calibration block) or to reported outcomes (--fit, --to), by pattern " +
          "search on common random numbers; prints the calibration block to paste",
      )
      .option(
        "--fit <paths>",
        "comma-separated numeric parameters to fit, e.g. recruiting.remoteCatchmentMultiplier (default: the calibration block's)",
        list,
      )
      .option("--to <kpis>", "comma-separated reported KPIs to fit to, e.g. staffingSufficiency,enps", list)
      .option(
        "--max-evaluations <n>",
        "most evaluations of the search (each a run of the scenario), a whole number >= 1",
        positiveInteger,
        40,
      ),
  )
    .option("--format <format>", "what is printed: table or json", tableOrJson, "table")
    .action(async (file: string, flags: Flags) => {
      const loaded = await loadScenarioFile(file);
      const recorded = loaded.scenario.calibration;
      const parameters = flags.fit ?? recorded?.parameters.map((p) => p.path);
      if (parameters === undefined)
        throw new UserError(`${file} has no calibration block: give the parameters to fit with --fit and --to`);
      // The recorded facts are the fit's targets unless reported figures are named instead.
      const facts: readonly CalibrationFact[] = flags.to === undefined ? (recorded?.facts ?? []) : [];
      const targets = flags.to ?? [];
      const { options, close } = runOptionsFrom({ ...flags, quiet: true });
      const verbose = flags.quiet !== true && process.stderr.isTTY === true;
      // Off a terminal, one line per evaluation: a calibration runs for minutes and must not look hung in a log.
      const lines = flags.quiet !== true && !verbose;
      try {
        const result = await calibrate({
          scenario: loaded.scenario,
          fileName: file,
          parameters,
          targets,
          facts,
          run: options,
          maxEvaluations: flags.maxEvaluations,
          onEvaluation: (n, _values, loss) => {
            if (verbose) process.stderr.write(`\revaluation ${n}: misfit ${loss.toFixed(3)}\x1b[K`);
            else if (lines) process.stderr.write(`evaluation ${n}: misfit ${loss.toFixed(3)}\n`);
          },
        });
        if (verbose) process.stderr.write("\r\x1b[2K");
        if (flags.format === "json") {
          console.log(
            JSON.stringify(
              {
                ...result,
                cardBefore: cardJson(result.cardBefore),
                cardAfter: cardJson(result.cardAfter),
                factsBefore: factsJson(result.factsBefore),
                factsAfter: factsJson(result.factsAfter),
                reportedAfter: cardJson(result.reportedAfter),
              },
              null,
              2,
            ),
          );
          return;
        }
        const replications = flags.replications ?? loaded.scenario.replications;
        const command = [
          `ccsim calibrate ${file}`,
          ...(flags.fit === undefined ? [] : [`--fit ${flags.fit.join(",")}`]),
          ...(flags.to === undefined ? [] : [`--to ${flags.to.join(",")}`]),
          `--replications ${replications}`,
          `--max-evaluations ${flags.maxEvaluations}`,
          ...(flags.seed === undefined ? [] : [`--seed ${flags.seed}`]),
          ...(flags.fidelity === undefined ? [] : [`--fidelity ${flags.fidelity}`]),
        ].join(" ");
        const f = (x: number): string => (Number.isNaN(x) ? "-" : x.toPrecision(4));
        console.log(
          [
            `${loaded.scenario.name}: ${result.evaluations} runs; misfit (sum of squared errors in tolerance units) ${result.lossBefore.toFixed(3)} -> ${result.lossAfter.toFixed(3)}`,
            "",
            textTable(
              ["parameter", "start", "fitted"],
              parameters.map((p) => [p, String(result.start[p]), String(rounded(result.fitted[p] ?? NaN))]),
            ),
            "",
            textTable(
              ["fitted to", "value", "before", "after", "met after"],
              [
                ...result.factsAfter.map((row, i) => [
                  factLabel(row),
                  `${row.fact.value} +- ${row.fact.tolerance}`,
                  f(result.factsBefore[i]?.simulated.mean ?? NaN),
                  f(row.simulated.mean),
                  row.met ? "yes" : "no",
                ]),
                ...result.cardAfter.map((row, i) => [
                  `reported ${row.figure.kpi}`,
                  `${row.figure.value} +- ${row.figure.tolerance}`,
                  f(result.cardBefore[i]?.simulated.mean ?? NaN),
                  f(row.simulated.mean),
                  row.reproduced ? "yes" : "no",
                ]),
              ],
            ),
            "",
            "Every reported figure at the fitted values (the case card's variant):",
            textTable(
              ["reported figure", "reported", "simulated", "reproduced"],
              result.reportedAfter.map((row) => [
                row.figure.kpi,
                `${row.figure.value} +- ${row.figure.tolerance}`,
                f(row.simulated.mean),
                row.reproduced ? "yes" : "no",
              ]),
            ),
            "",
            "To keep the fit, write each fitted value at its path and replace the file's calibration block with:",
            "",
            calibrationBlock(loaded.scenario, result, facts, command, replications),
          ].join("\n"),
        );
      } catch (error) {
        if (error instanceof CalibrationError) throw new UserError(error.message);
        throw error;
      } finally {
        await close();
      }
    });
}

function factLabel({ fact }: FactRow): string {
  const months =
    fact.changeSince !== undefined
      ? `, change ${fact.changeSince} to ${fact.to ?? "end"}`
      : fact.from === undefined
        ? ""
        : ` ${fact.from} to ${fact.to ?? fact.from}`;
  return `${fact.kpi}${months} (${fact.variant})`;
}

function factsJson(rows: readonly FactRow[]): unknown[] {
  return rows.map((r) => ({
    ...r.fact,
    simulated: r.simulated.mean,
    ci95_low: r.simulated.ciLow,
    ci95_high: r.simulated.ciHigh,
    met: r.met,
  }));
}

function cardJson(rows: readonly CaseCardRow[]): unknown[] {
  return rows.map((r) => ({
    kpi: r.figure.kpi,
    reported: r.figure.value,
    tolerance: r.figure.tolerance,
    simulated: r.simulated.mean,
    ci95_low: r.simulated.ciLow,
    ci95_high: r.simulated.ciHigh,
    reproduced: r.reproduced,
  }));
}
