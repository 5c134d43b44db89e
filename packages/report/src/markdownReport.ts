import { markdownText } from "./escaping.js";
import { byVariant, MATURITY_MONTHS_ON_TARGET, type Report } from "./buildReport.js";
import { sensitivityMarkdown } from "./sensitivityRender.js";
import {
  ASSUMPTION_HEAD,
  assumptionRows,
  CASE_CARD_HEAD,
  caseCardRows,
  chartMeanRows,
  provenanceRows,
  targetHead,
  targetRows,
  targetText,
} from "./reportText.js";

/** A file that goes beside a Markdown report. */
export interface ReportFile {
  /** Path relative to the report's directory. */
  readonly name: string;
  readonly content: string;
}

/**
 * The report as Markdown with its charts as SVG files (and each chart's data as CSV) in `chartDir` beside it, for
 * pasting into documents and wikis.
 */
export function markdownReport(
  report: Report,
  svgs: ReadonlyMap<string, string>,
  chartDir: string,
): { markdown: string; files: ReportFile[] } {
  const files: ReportFile[] = [];
  // Every piece of user text goes through markdownText (Markdown passes raw HTML through) or a code span.
  const md = markdownText;
  const lines = [`# ${md(report.title)}`, "", md(report.question), "", "## Summary", "", "Variants:", ""];
  for (const v of report.variants)
    lines.push(
      `- **${md(v.name)}**${v.description === undefined ? "" : `: ${md(v.description)}`}${v.settings.length === 0 ? "" : ` (sets ${v.settings.map((s) => `\`${s.replace(/[`\r\n]/g, " ")}\``).join(", ")})`}`,
    );
  for (const [variant, heads] of byVariant(report)) {
    lines.push(
      "",
      `Headline differences, "${md(variant)}" against the baseline (mean over the reported months; uncertain ones in italics):`,
      "",
      ...heads.map((h) => `- ${h.significant ? md(h.text) : `_${md(h.text)}_`}`),
    );
  }
  const targets = targetRows(report);
  if (targets.length > 0)
    lines.push(
      "",
      `Targets: months on target in the last ${MATURITY_MONTHS_ON_TARGET.of} (maturity bar: ${MATURITY_MONTHS_ON_TARGET.met} of ${MATURITY_MONTHS_ON_TARGET.of}):`,
      "",
      mdTable(targetHead(report), targets),
    );
  if (report.warnings.length > 0) {
    lines.push(
      "",
      "## Plausibility warnings",
      "",
      "Figures outside the bands real contact centres report: read them with the stated cause in mind.",
      "",
      ...report.warnings.map((w) => `- ${w.text.replace(/^warning: /, "")} (band: ${w.band.source})`),
    );
  }
  lines.push(
    "",
    "## Monthly KPIs",
    "",
    "Lines: mean across replications; bands: 95% confidence interval of the mean.",
    "",
  );
  for (const chart of report.charts) {
    const id = chart.def.id;
    files.push(
      { name: `${chartDir}/${id}.svg`, content: svgs.get(id) ?? "" },
      { name: `${chartDir}/${id}.csv`, content: chart.csv },
    );
    const target = targetText(chart);
    lines.push(
      `### ${chart.def.title}`,
      "",
      `![${chart.def.title}](${chartDir}/${id}.svg)`,
      "",
      ...(target === undefined ? [] : [target, ""]),
      mdTable(["variant", ...chart.def.series.map((s) => `${s.label}: mean (95% CI)`)], chartMeanRows(chart, report)),
      "",
      `[Data (CSV)](${chartDir}/${id}.csv)`,
      "",
    );
  }
  if (report.result.caseCard !== undefined)
    lines.push(
      `## Case card: reported vs simulated (${report.result.caseCard.variant})`,
      "",
      mdTable(CASE_CARD_HEAD, caseCardRows(report.result)),
      "",
    );
  if (report.sensitivity !== undefined)
    lines.push(...sensitivityMarkdown(report.sensitivity, svgs, chartDir, mdTable, files));
  lines.push(
    "## Assumptions",
    "",
    mdTable(ASSUMPTION_HEAD, assumptionRows(report)),
    "",
    "## Reproducibility",
    "",
    mdTable(["", ""], provenanceRows(report)),
    "",
  );
  return { markdown: lines.join("\n"), files };
}

function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string): string => markdownText(text).replace(/\|/g, "\\|");
  return [
    `| ${head.map(cell).join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}
