import { basename, dirname } from "node:path";
import {
  SensitivityInputError,
  WorldError,
  sensitivityStudy,
  type SensitivityMethod,
  type SensitivityStudy,
} from "@ccsim/runner";
import { kpiFormat } from "@ccsim/report";
import type { SensitivityDocument } from "@ccsim/scenario";
import { InvalidArgumentError, type Command } from "commander";
import { positiveInteger, tableOrJson } from "../options.js";
import type { PreparedScenario } from "@ccsim/runner";
import { cliProvenance } from "../provenance.js";
import { addRunOptions, runOptionsFrom, type RunFlags } from "../runOptions.js";
import { loadScenarioFile } from "../scenarioFile.js";
import { checkDestination, writeResultSet } from "../writeResultSet.js";
import { unitLabel } from "../kpiUnits.js";
import { textTable } from "../textTable.js";
import { UserError } from "../UserError.js";

interface SensitivityFlags extends RunFlags {
  method: SensitivityMethod;
  samples?: number;
  kpi?: string[];
  format: "table" | "json";
  out?: string;
}

function method(value: string): SensitivityMethod {
  if (value === "morris" || value === "sobol") return value;
  throw new InvalidArgumentError("expected morris or sobol.");
}

export function registerSensitivity(program: Command): void {
  addRunOptions(
    program
      .command("sensitivity")
      .argument("<file>", "scenario file with an `uncertain:` list")
      .description(
        "which declared uncertain parameters the KPIs depend on (Morris screening or Sobol indices), and whether each variant's advantage keeps its sign across the ranges; every run on common random numbers",
      ),
  )
    .option(
      "--method <method>",
      "morris (elementary effects mu*, sigma: cheap screening) or sobol (first-order and total indices with bootstrap CIs)",
      method,
      "morris",
    )
    .option(
      "--samples <n>",
      "a whole number >= 1: Morris trajectories r (worlds: r x (parameters + 1)), or Sobol base sample N (worlds: N x (parameters + 2)) (default: 20 for morris, 256 for sobol)",
      positiveInteger,
    )
    .option(
      "--kpi <names...>",
      "KPIs to analyse, named as in `ccsim run --format json` (default: the headline KPIs, e.g. voice.serviceLevel staffingSufficiency enps costPerContact)",
    )
    .option("--format <format>", "what is printed: table or json", tableOrJson, "table")
    .option("--out <file>", "also write the JSON document to this file (for `ccsim report --sensitivity`)")
    .action(async (file: string, flags: SensitivityFlags) => {
      // The destination is checked first: a study runs for minutes, and a bad --out should not cost them.
      if (flags.out !== undefined) checkDestination(dirname(flags.out));
      const loaded = await loadScenarioFile(file);
      // Off a terminal the study prints its own lines (below), so the runner's bar is for terminals only.
      const { options, close } = runOptionsFrom(flags, flags.quiet !== true && process.stderr.isTTY === true);
      const started = performance.now();
      let study: SensitivityStudy;
      try {
        study = await sensitivityStudy(loaded.scenario, {
          ...options,
          onProgress: progressLines(options.onProgress, flags.quiet !== true && process.stderr.isTTY !== true, started),
          method: flags.method,
          ...(flags.samples === undefined ? {} : { samples: flags.samples }),
          ...(flags.kpi === undefined ? {} : { kpis: flags.kpi }),
          onPlan: ({ worlds, runs }) => {
            if (flags.quiet !== true)
              console.error(
                `sensitivity: ${flags.method}, ${loaded.scenario.uncertain.length} uncertain parameters, ${worlds} worlds, ${runs} model runs`,
              );
          },
        });
      } catch (error) {
        if (error instanceof SensitivityInputError || error instanceof WorldError) throw new UserError(error.message);
        throw error;
      } finally {
        await close();
      }
      if (flags.quiet !== true)
        console.error(`sensitivity: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const doc = sensitivityDocument(loaded, study);
      if (flags.out !== undefined) writeDocument(flags.out, doc);
      console.log(
        flags.format === "json" ? JSON.stringify(doc, null, 2) : sensitivityTables(doc, loaded.scenario.currency),
      );
    });
}

/**
 * Studies run for minutes to hours: off a terminal (a log, CI), where the progress bar is not drawn, one line per
 * tenth of the runs says how far the study is.
 */
function progressLines(
  bar: ((done: number, total: number) => void) | undefined,
  lines: boolean,
  started: number,
): (done: number, total: number) => void {
  let shown = 0;
  return (done, total) => {
    bar?.(done, total);
    const tenth = Math.floor((10 * done) / total);
    if (!lines || tenth <= shown) return;
    shown = tenth;
    const elapsedSec = (performance.now() - started) / 1000,
      leftSec = done < total ? `, ~${Math.ceil((elapsedSec * (total - done)) / done)} s left` : "";
    console.error(`sensitivity: ${done}/${total} runs (${tenth * 10}%), ${elapsedSec.toFixed(0)} s${leftSec}`);
  };
}

function sensitivityDocument(loaded: PreparedScenario, study: SensitivityStudy): SensitivityDocument {
  const cli = cliProvenance();
  return {
    kind: "ccsim-sensitivity",
    scenario: loaded.scenario.name,
    provenance: {
      ccsimVersion: cli.ccsimVersion ?? "unknown",
      gitCommit: cli.gitCommit ?? "unknown",
      scenarioFile: loaded.file,
      scenarioSha256: loaded.sha256,
      seed: study.seed,
      replications: study.replications,
      fidelity: study.fidelity,
      command: cli.command ?? "",
      ...(cli.queue === undefined ? {} : { queue: cli.queue }),
    },
    method: study.method,
    samples: study.samples,
    worlds: study.worlds,
    runs: study.runs,
    parameters: study.parameters,
    kpis: study.kpis,
    sensitivity: study.sensitivity,
    robustness: study.robustness,
  };
}

function writeDocument(path: string, doc: SensitivityDocument): void {
  writeResultSet(dirname(path), [{ name: basename(path), content: `${JSON.stringify(doc, null, 2)}\n` }]);
}

/** mu* and sigma are magnitudes: shown without the "+" of a difference. */
const unsigned = (text: string): string => text.replace(/^\+/, "");
const pct = (x: number): string => `${(100 * x).toFixed(0)}%`;
const index = (e: { mean: number; ci95_low: number; ci95_high: number } | undefined): string =>
  e === undefined ? "" : `${e.mean.toFixed(3)} (${e.ci95_low.toFixed(3)} to ${e.ci95_high.toFixed(3)})`;

/** Per output, the parameters from most to least influential; then how each headline difference fares. */
function sensitivityTables(doc: SensitivityDocument, currency: string): string {
  const p = doc.provenance;
  const head =
    `${doc.scenario}: ${doc.method === "morris" ? `Morris screening, ${doc.samples} trajectories` : `Sobol indices, N = ${doc.samples}`}; ` +
    `${doc.worlds} worlds x ${p.replications} replications, ${p.fidelity} fidelity, seed ${p.seed}; outputs are means over the reported months`;
  const outputs = [...new Map(doc.sensitivity.map((r) => [`${r.kpi}\u0000${r.variant}`, r])).values()];
  const blocks = outputs.map((o) => {
    const f = kpiFormat(o.kpi);
    const rows = doc.sensitivity.filter((r) => r.kpi === o.kpi && r.variant === o.variant);
    const label = unitLabel(o.kpi, currency);
    const title = o.measure === "level" ? `${label}, baseline level` : `${label}: "${o.variant}" minus baseline`;
    if (doc.method === "morris") {
      rows.sort((a, b) => b.muStar! - a.muStar!);
      return `${title}; effects across each whole range\n${textTable(
        ["parameter", "mu*", "mu", "sigma"],
        rows.map((r) => [
          r.parameter,
          unsigned(f.formatDifference(r.muStar!)),
          f.formatDifference(r.mu!),
          unsigned(f.formatDifference(r.sigma!)),
        ]),
      )}`;
    }
    rows.sort((a, b) => b.total!.mean - a.total!.mean);
    return `${title}\n${textTable(
      ["parameter", "first-order (95% CI)", "total (95% CI)"],
      rows.map((r) => [r.parameter, index(r.first), index(r.total)]),
    )}`;
  });
  const robust = doc.robustness.map((r) => {
    const f = kpiFormat(r.kpi);
    return [
      unitLabel(r.kpi, currency),
      r.variant,
      f.formatDifference(r.nominal),
      pct(r.shareSameSign),
      `${f.formatDifference(r.p05)} to ${f.formatDifference(r.p95)}`,
    ];
  });
  const robustTable =
    robust.length === 0
      ? []
      : [
          "Robustness: variant minus baseline across the sampled worlds",
          textTable(["KPI", "variant", "as declared", "same sign", "5th to 95th percentile"], robust),
        ];
  return [head, "", blocks.join("\n\n"), "", ...robustTable].join("\n");
}
