import { markdownText } from "./escaping.js";
import { bandSource, WARNING_PREFIX } from "./plausibility.js";
import { byVariant, MATURITY_MONTHS_ON_TARGET, type Report } from "./buildReport.js";
import { sensitivityMarkdown } from "./sensitivityRender.js";
import {
  assumptionHead,
  assumptionRows,
  caseCardHead,
  caseCardReadings,
  caseCardRows,
  changeHead,
  changeRows,
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
  const loc = report.locale;
  const t = loc.t.report;
  const lines = [`# ${md(report.title)}`, "", md(report.question), "", `## ${t.summary}`, "", `${t.variants}:`, ""];
  for (const v of report.variants)
    lines.push(
      `- **${md(v.name)}**${v.description === undefined ? "" : `: ${md(v.description)}`}${v.settings.length === 0 ? "" : ` (${t.sets} ${v.settings.map((s) => `\`${s.replace(/[`\r\n]/g, " ")}\``).join(", ")})`}`,
    );
  for (const [variant, heads] of byVariant(report)) {
    lines.push(
      "",
      md(t.againstBaselineMd(variant)),
      "",
      ...heads.map((h) => `- ${h.significant ? md(h.text) : `_${md(h.text)}_`}`),
    );
  }
  const targets = targetRows(report);
  if (targets.length > 0)
    lines.push(
      "",
      `${t.targets(MATURITY_MONTHS_ON_TARGET.met, MATURITY_MONTHS_ON_TARGET.of)}:`,
      "",
      mdTable(targetHead(report), targets),
    );
  const changes = changeRows(report);
  if (changes.length > 0) {
    lines.push("", `## ${t.changes}`, "", t.changesIntro);
    for (const v of changes)
      lines.push("", `### ${md(v.variant)}`, "", v.rows.length === 0 ? t.noChanges : mdTable(changeHead(loc), v.rows));
  }
  if (report.warnings.length > 0) {
    lines.push(
      "",
      `## ${t.warnings}`,
      "",
      t.warningsIntro,
      "",
      ...report.warnings.map((w) => `- ${w.text.replace(WARNING_PREFIX, "")} (${t.band}: ${bandSource(w.band, loc)})`),
    );
  }
  lines.push(
    "",
    `## ${t.monthly}`,
    "",
    `${t.monthlyIntro}${report.markers.length === 0 ? "" : ` ${t.markers(report.markers.map(loc.month).join(", "))}`}`,
    "",
  );
  for (const chart of report.charts) {
    const id = chart.def.id;
    files.push(
      { name: `${chartDir}/${id}.svg`, content: svgs.get(id) ?? "" },
      { name: `${chartDir}/${id}.csv`, content: chart.csv },
    );
    const target = targetText(chart, loc);
    lines.push(
      `### ${chart.def.title}`,
      "",
      `![${chart.def.title}](${chartDir}/${id}.svg)`,
      "",
      ...(target === undefined ? [] : [target, ""]),
      mdTable(
        [
          loc.t.head.variant,
          // The survival curve's table gives one point of it (hireSurvival365d): its head says which.
          ...chart.def.series.map((s) => {
            const days = /^hireSurvival(\d+)d$/.exec(s.kpi)?.[1];
            return days === undefined ? t.variantMean(s.label) : t.survivalAt(Number(days));
          }),
        ],
        chartMeanRows(chart, report),
      ),
      "",
      `[${t.dataCsv}](${chartDir}/${id}.csv)`,
      "",
    );
  }
  if (report.shown.caseCard !== undefined)
    lines.push(
      `## ${t.caseCard(report.shown.caseCard.variant)}`,
      "",
      mdTable(caseCardHead(loc), caseCardRows(report.shown, loc)),
      "",
      ...readingsMd(report),
    );
  if (report.sensitivity !== undefined)
    lines.push(...sensitivityMarkdown(report.sensitivity, svgs, chartDir, mdTable, files));
  lines.push(
    `## ${t.assumptions}`,
    "",
    t.assumptionsIntro,
    "",
    mdTable(assumptionHead(report), assumptionRows(report)),
    "",
    `## ${t.reproducibility}`,
    "",
    mdTable(["", ""], provenanceRows(report)),
    "",
  );
  return { markdown: lines.join("\n"), files };
}

/** How the case card's ambiguous figures were read, as a list below the card. */
function readingsMd(report: Report): string[] {
  const readings = caseCardReadings(report.shown);
  return readings.length === 0
    ? []
    : [report.locale.t.report.caseCardReadings, "", ...readings.map((r) => `- ${markdownText(r)}`), ""];
}

function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string): string => markdownText(text).replace(/\|/g, "\\|");
  return [
    `| ${head.map(cell).join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}
