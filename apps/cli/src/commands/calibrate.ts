import { calibrate, CalibrationError, type CaseCardRow } from "@ccsim/runner";
import type { Command } from "commander";
import { positiveInteger } from "../options.js";
import { addResultOptions, runOptionsFrom, type CommonRunFlags } from "../runOptions.js";
import { loadScenarioFile } from "../scenarioFile.js";
import { textTable } from "../textTable.js";
import { UserError } from "../UserError.js";

const list = (value: string): string[] =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");

export function registerCalibrate(program: Command): void {
  addResultOptions(
    program
      .command("calibrate")
      .argument("<file>", "scenario file with a reported block")
      .description("fit uncertain parameters to reported outcomes (pattern search on common random numbers)")
      .requiredOption(
        "--fit <paths>",
        "comma-separated numeric parameters to fit, e.g. recruiting.remoteCatchmentMultiplier",
        list,
      )
      .requiredOption("--to <kpis>", "comma-separated reported KPIs to fit to, e.g. staffingSufficiency,enps", list)
      .option("--max-evaluations <n>", "most simulation runs", positiveInteger, 40),
  ).action(async (file: string, flags: CommonRunFlags & { fit: string[]; to: string[]; maxEvaluations: number }) => {
    const loaded = await loadScenarioFile(file);
    const { options, close } = runOptionsFrom({ ...flags, quiet: true });
    const verbose = flags.quiet !== true && process.stderr.isTTY === true;
    // Off a terminal, one line per evaluation: a calibration runs for minutes and must not look hung in a log.
    const lines = flags.quiet !== true && !verbose;
    try {
      const result = await calibrate({
        scenario: loaded.scenario,
        fileName: file,
        parameters: flags.fit,
        targets: flags.to,
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
            { ...result, cardBefore: cardJson(result.cardBefore), cardAfter: cardJson(result.cardAfter) },
            null,
            2,
          ),
        );
        return;
      }
      console.log(
        [
          `${loaded.scenario.name}: ${result.evaluations} runs; misfit (sum of squared errors in tolerance units) ${result.lossBefore.toFixed(3)} -> ${result.lossAfter.toFixed(3)}`,
          "",
          textTable(
            ["parameter", "start", "fitted"],
            flags.fit.map((p) => [p, String(result.start[p]), result.fitted[p]?.toPrecision(4) ?? "-"]),
          ),
          "",
          textTable(
            ["reported figure", "reported", "before", "after", "reproduced after"],
            result.cardAfter.map((row, i) => [
              row.figure.kpi,
              `${row.figure.value} +- ${row.figure.tolerance}`,
              result.cardBefore[i]?.simulated.mean.toPrecision(4) ?? "-",
              row.simulated.mean.toPrecision(4),
              row.reproduced ? "yes" : "no",
            ]),
          ),
          "",
          "Fitted values apply to the baseline and every variant that does not set them; write them into the file to keep them.",
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
