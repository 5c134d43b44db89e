import { byVariant, MATURITY_MONTHS_ON_TARGET, type Report, type ReportChart } from "./buildReport.js";
import { jsonForScript } from "./escaping.js";
import { sensitivityHtml } from "./sensitivityRender.js";
import {
  ASSUMPTION_HEAD,
  assumptionRows,
  CASE_CARD_HEAD,
  caseCardRows,
  provenanceRows,
  targetHead,
  targetRows,
  targetText,
} from "./reportText.js";

/**
 * The report as one self-contained HTML file: styles, charts (inline SVG), chart data (CSV download links as data
 * URLs) and the whole result (a JSON data island) are all inside, so it opens offline in any browser. No script runs.
 */
export function htmlReport(report: Report, svgs: ReadonlyMap<string, string>): string {
  const body = [
    `<h1>${esc(report.title)}</h1>`,
    report.question === "" ? "" : `<p class="question">${esc(report.question)}</p>`,
    summary(report),
    warningsSection(report),
    `<h2>Monthly KPIs</h2>`,
    `<p>Lines: mean across replications; bands: 95% confidence interval of the mean. Each variant runs with the same random numbers as the baseline.</p>`,
    `<div class="charts">${report.charts.map((c) => figure(c, svgs.get(c.def.id) ?? "")).join("\n")}</div>`,
    report.result.caseCard === undefined
      ? ""
      : section(
          `Case card: reported vs simulated (${report.result.caseCard.variant})`,
          table(CASE_CARD_HEAD, caseCardRows(report.result)),
        ),
    report.sensitivity === undefined
      ? ""
      : sensitivityHtml(report.sensitivity, svgs, { esc, table, section, inlineSvg: scopeSvgIds }),
    section(
      "Assumptions",
      `<p>Every parameter the scenario sets to something other than its default, and every default it relies on that is an assumption.</p>${table(ASSUMPTION_HEAD, assumptionRows(report), "assumptions")}`,
    ),
    section("Reproducibility", table(["", ""], provenanceRows(report))),
    // Every "<" is escaped: neither "</script>" nor "<!--<script>" in a description can end the data island.
    `<script type="application/json" id="ccsim-result">${jsonForScript(report.result)}</script>`,
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(report.title)}: ccsim report</title>
<style>${STYLE}</style>
</head>
<body>
${body.filter((b) => b !== "").join("\n")}
</body>
</html>
`;
}

function summary(report: Report): string {
  const variants = report.variants.map(
    (v) =>
      `<li><strong>${esc(v.name)}</strong>${v.description === undefined ? "" : `: ${esc(v.description)}`}${
        v.settings.length === 0 ? "" : `<br><span class="settings">sets ${v.settings.map(esc).join("; ")}</span>`
      }</li>`,
  );
  const heads = [...byVariant(report)].map(
    ([variant, list]) =>
      `<h3>${esc(variant)} against the baseline (mean over the reported months)</h3><ul>${list
        .map((h) => `<li class="${h.significant ? "significant" : "uncertain"}">${esc(h.text)}</li>`)
        .join("")}</ul>`,
  );
  const targets = targetRows(report);
  const targetTable =
    targets.length === 0
      ? ""
      : `<h3>Targets: months on target in the last ${MATURITY_MONTHS_ON_TARGET.of} (maturity bar: ${MATURITY_MONTHS_ON_TARGET.met} of ${MATURITY_MONTHS_ON_TARGET.of})</h3>${table(targetHead(report), targets)}`;
  return section("Summary", `<h3>Variants</h3><ul>${variants.join("")}</ul>${heads.join("")}${targetTable}`);
}

function warningsSection(report: Report): string {
  if (report.warnings.length === 0) return "";
  return section(
    "Plausibility warnings",
    `<p>Figures outside the bands real contact centres report: read them with the stated cause in mind.</p><ul class="warnings">${report.warnings
      .map(
        (w) =>
          `<li>${esc(w.text.replace(/^warning: /, ""))} <span class="source">(band: ${esc(w.band.source)})</span></li>`,
      )
      .join("")}</ul>`,
  );
}

function figure(chart: ReportChart, svg: string): string {
  const target = targetText(chart);
  const csv = `data:text/csv;charset=utf-8,${encodeURIComponent(chart.csv)}`;
  return `<figure id="chart-${chart.def.id}" data-chart="${chart.def.id}">${scopeSvgIds(svg, chart.def.id)}<figcaption>${
    target === undefined ? "" : `${esc(target)} `
  }<a download="${chart.def.id}.csv" href="${csv}">Data (CSV)</a></figcaption></figure>`;
}

/** Vega numbers its clip paths from 1 in every SVG: inline in one page they would collide, so each chart gets its own prefix. */
function scopeSvgIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
}

function section(title: string, content: string): string {
  return `<section><h2>${esc(title)}</h2>${content}</section>`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], className?: string): string {
  return `<table${className === undefined ? "" : ` class="${className}"`}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{margin-bottom:.2em}.question{font-size:1.05em;color:#444}.settings{color:#555;font-size:.9em;font-family:monospace}
li.uncertain{color:#666}ul.warnings li{color:#8a4b00}.source{color:#666;font-size:.85em}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:1.5em}
figure{margin:0;border:1px solid #ddd;border-radius:4px;padding:.5em}figure svg{max-width:100%;height:auto}
figcaption{font-size:.85em;color:#444}table{border-collapse:collapse;font-size:.85em;margin:.5em 0}
th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f4f4f4}
table.assumptions{table-layout:fixed;width:100%}table.assumptions td{overflow-wrap:anywhere}
table.assumptions th:nth-child(1){width:20%}table.assumptions th:nth-child(2),table.assumptions th:nth-child(3){width:14%}
table.assumptions th:nth-child(4){width:10%}`;
