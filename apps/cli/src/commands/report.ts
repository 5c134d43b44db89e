import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { buildReport, htmlReport, markdownReport, renderCharts } from "@ccsim/report";
import { simulate } from "@ccsim/runner";
import { Resvg } from "@resvg/resvg-js";
import { InvalidArgumentError, type Command } from "commander";
import { writeResultSet } from "../writeResultSet.js";
import { addRunOptions, type RunFlags } from "../runOptions.js";
import { readSensitivity } from "../sensitivityFile.js";
import { UserError } from "../UserError.js";
import { runFile } from "./run.js";

interface ReportFlags extends RunFlags {
  out?: string;
  format: "html" | "md";
  png?: boolean;
  sensitivity?: string;
}

function reportFormat(value: string): "html" | "md" {
  if (value === "html" || value === "md") return value;
  throw new InvalidArgumentError("expected html or md.");
}

export function registerReport(program: Command): void {
  addRunOptions(
    program
      .command("report")
      .argument("<file>", "scenario file (YAML or JSON)")
      .description(
        "run a scenario and write an evidence report: summary with 95% CIs, monthly charts with targets, case card, assumptions, provenance",
      ),
  )
    .option(
      "--out <file>",
      "report file to write, default report.html or report.md (charts go into <name>-charts/ beside it for md and --png)",
    )
    .option(
      "--format <format>",
      "html (one self-contained file) or md (Markdown with SVG charts and CSV data beside it)",
      reportFormat,
      "html",
    )
    .option("--png", "also write every chart as PNG (for pasting into documents) into <name>-charts/")
    .option(
      "--sensitivity <file>",
      "a saved `ccsim sensitivity --out` result of the same scenario file: adds tornado charts and uncertainty bands",
    )
    .action(async (file: string, flags: ReportFlags) => {
      const out = flags.out ?? `report.${flags.format}`;
      if (existsSync(out) && statSync(out).isDirectory())
        throw new UserError(
          `--out ${out}: is a folder; give the report file's name, e.g. ${join(out, `report.${flags.format}`)}`,
        );
      const { result, scenario } = await runFile(file, { ...flags, out }, simulate, false);
      const study =
        flags.sensitivity === undefined
          ? undefined
          : readSensitivity(flags.sensitivity, result.provenance.scenarioSha256);
      const started = performance.now();
      const report = buildReport(result, scenario, study);
      const svgs = await renderCharts([...report.charts, ...(report.sensitivity?.charts ?? [])]);
      const chartDir = `${basename(out, extname(out))}-charts`;
      const files: { name: string; content: string | Uint8Array }[] = [];
      if (flags.format === "html") files.push({ name: basename(out), content: htmlReport(report, svgs) });
      else {
        const md = markdownReport(report, svgs, chartDir);
        files.push({ name: basename(out), content: md.markdown }, ...md.files);
      }
      if (flags.png === true)
        for (const [id, svg] of svgs) files.push({ name: `${chartDir}/${id}.png`, content: pngOf(svg) });
      // The report file last: it appears only once its charts are in place.
      const [reportFile, ...charts] = files;
      writeResultSet(dirname(out), reportFile === undefined ? charts : [...charts, reportFile]);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.error(
        `wrote ${out}${files.length > 1 ? ` and ${files.length - 1} files in ${join(dirname(out), chartDir)}` : ""} (${report.charts.length} charts; report built in ${seconds} s)`,
      );
    });
}

/** A chart at twice its size, so it stays sharp when pasted into a document. */
function pngOf(svg: string): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
