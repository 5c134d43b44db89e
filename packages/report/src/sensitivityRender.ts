/**
 * The sensitivity section in HTML and Markdown. Each report format passes its own table and escaping helpers, so
 * the section looks and escapes like the rest of the report.
 */
import type { SensitivityReport } from "./sensitivitySection.js";

interface HtmlHelpers {
  readonly esc: (text: string) => string;
  readonly table: (head: readonly string[], rows: readonly (readonly string[])[]) => string;
  readonly section: (title: string, content: string) => string;
  /** Makes an SVG safe to inline beside others (unique ids). */
  readonly inlineSvg: (svg: string, id: string) => string;
}

export function sensitivityHtml(s: SensitivityReport, svgs: ReadonlyMap<string, string>, h: HtmlHelpers): string {
  const figures = s.charts.map(
    (c) =>
      `<figure id="chart-${c.def.id}" data-chart="${c.def.id}">${h.inlineSvg(svgs.get(c.def.id) ?? "", c.def.id)}</figure>`,
  );
  return h.section(
    s.title,
    [
      `<p>${h.esc(s.declared)}</p>`,
      h.table(s.declaredHead, s.declaredRows),
      `<p>${h.esc(s.studyText)}</p>`,
      s.bands.length === 0
        ? ""
        : `<h3>${h.esc(s.bandsTitle)}</h3><ul>${s.bands.map((b) => `<li>${h.esc(b)}</li>`).join("")}</ul>`,
      // Each tornado on the report's whole width, not in the two-column grid of the monthly charts: its parameter
      // names are long, and squeezed into a column its text shrank to 7 px.
      figures.join("\n"),
      s.influenceRows.length === 0
        ? ""
        : `<h3>${h.esc(s.influenceTitle)}</h3>${h.table(s.influenceHead, s.influenceRows)}`,
    ]
      .filter((part) => part !== "")
      .join("\n"),
  );
}

/** Markdown lines of the section; the tornado SVGs are added to `files` under `chartDir`. */
export function sensitivityMarkdown(
  s: SensitivityReport,
  svgs: ReadonlyMap<string, string>,
  chartDir: string,
  mdTable: (head: readonly string[], rows: readonly (readonly string[])[]) => string,
  files: { name: string; content: string }[],
): string[] {
  const lines = [`## ${s.title}`, "", s.declared, "", mdTable(s.declaredHead, s.declaredRows), "", s.studyText, ""];
  if (s.bands.length > 0) lines.push(`### ${s.bandsTitle}`, "", ...s.bands.map((b) => `- ${b}`), "");
  for (const c of s.charts) {
    files.push({ name: `${chartDir}/${c.def.id}.svg`, content: svgs.get(c.def.id) ?? "" });
    lines.push(`![${c.def.title}](${chartDir}/${c.def.id}.svg)`, "");
  }
  if (s.influenceRows.length > 0)
    lines.push(`### ${s.influenceTitle}`, "", mdTable(s.influenceHead, s.influenceRows), "");
  return lines;
}
