import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { buildReport, htmlReport, isLang, markdownReport, renderCharts, type Lang } from "@ccsim/report";
import { simulate } from "@ccsim/runner";
import { Resvg } from "@resvg/resvg-js";
import { InvalidArgumentError, type Command } from "commander";
import { checkDestination, writeResultSet } from "../writeResultSet.js";
import { addRunOptions, type RunFlags } from "../runOptions.js";
import { readSavedResult } from "../savedResult.js";
import { readSensitivity } from "../sensitivityFile.js";
import { UserError } from "../UserError.js";
import { runFile } from "./run.js";

interface ReportFlags extends RunFlags {
  out?: string;
  format: "html" | "md";
  png?: boolean;
  sensitivity?: string;
  from?: string;
  lang: Lang;
}

function reportLang(value: string): Lang {
  if (isLang(value)) return value;
  throw new InvalidArgumentError("expected en or ru.");
}

function reportFormat(value: string): "html" | "md" {
  if (value === "html" || value === "md") return value;
  throw new InvalidArgumentError("expected html or md.");
}

export function registerReport(program: Command): void {
  addRunOptions(
    program
      .command("report")
      .argument("[file]", "scenario file (YAML or JSON); with --from, only for results that carry no copy of it")
      .description(
        "run a scenario (or read a saved result with --from) and write an evidence report: summary with 95% CIs, what each variant changes, monthly charts with targets and intervention dates, case card, assumptions, provenance",
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
      "--from <result.json>",
      "make the report from a saved result (`ccsim run FILE --out DIR` writes DIR/result.json): no simulation; run options are ignored",
    )
    .option("--lang <lang>", "language of the report: en or ru", reportLang, "en")
    .option(
      "--sensitivity <file>",
      "a saved `ccsim sensitivity --out` result of the same scenario file: adds tornado charts and uncertainty bands",
    )
    .action(async (file: string | undefined, flags: ReportFlags) => {
      const out = flags.out ?? `report.${flags.format}`;
      checkExtension(out, flags.format);
      if (existsSync(out) && statSync(out).isDirectory())
        throw new UserError(
          `--out ${out}: is a folder; give the report file's name, e.g. ${join(out, `report.${flags.format}`)}`,
        );
      if (file === undefined && flags.from === undefined)
        throw new UserError("report: give a scenario file to run, or --from result.json to use a saved result");
      if (flags.from !== undefined) checkDestination(dirname(out));
      const saved = flags.from === undefined ? undefined : readSavedResult(flags.from, file);
      const { result, scenario } = saved ?? (await runFile(file ?? "", { ...flags, out }, simulate, false));
      const study =
        flags.sensitivity === undefined
          ? undefined
          : readSensitivity(flags.sensitivity, result.provenance.scenarioSha256);
      const started = performance.now();
      const report = buildReport(result, scenario, study, {
        lang: flags.lang,
        ...(saved === undefined ? {} : { scenarioText: saved.scenarioText }),
      });
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

/**
 * A report file named for the other format is refused before anything runs: `--out report.md` without `--format md`
 * wrote an HTML page into a .md file, and `--format md --out report.html` Markdown into an .html one.
 */
function checkExtension(out: string, format: "html" | "md"): void {
  const ext = extname(out).toLowerCase();
  const stem = basename(out, extname(out));
  if (format === "html" && (ext === ".md" || ext === ".markdown"))
    throw new UserError(
      `--out ${out}: a Markdown file name for an HTML report; add --format md, or name it ${stem}.html`,
    );
  if (format === "md" && (ext === ".html" || ext === ".htm"))
    throw new UserError(`--out ${out}: an HTML file name for a Markdown report (--format md); name it ${stem}.md`);
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
