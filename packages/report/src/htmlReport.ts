import { byVariant, MATURITY_MONTHS_ON_TARGET, type Report, type ReportChart } from "./buildReport.js";
import { jsonForScript } from "./escaping.js";
import { bandSource, WARNING_PREFIX } from "./plausibility.js";
import { sensitivityHtml } from "./sensitivityRender.js";
import {
  assumptionHead,
  assumptionRows,
  caseCardHead,
  caseCardReadings,
  caseCardRows,
  changeHead,
  changeRows,
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
  const loc = report.locale;
  const t = loc.t.report;
  const body = [
    `<h1>${esc(report.title)}</h1>`,
    report.question === "" ? "" : `<p class="question">${esc(report.question)}</p>`,
    summary(report),
    changesSection(report),
    warningsSection(report),
    `<h2>${esc(t.monthly)}</h2>`,
    `<p>${esc(t.monthlyIntro)}${report.markers.length === 0 ? "" : ` ${esc(t.markers(report.markers.map(loc.month).join(", ")))}`}</p>`,
    `<div class="charts">${report.charts.map((c) => figure(report, c, svgs.get(c.def.id) ?? "")).join("\n")}</div>`,
    report.shown.caseCard === undefined
      ? ""
      : section(
          t.caseCard(report.shown.caseCard.variant),
          table(caseCardHead(loc), caseCardRows(report.shown, loc)) + readingsHtml(report),
        ),
    report.sensitivity === undefined
      ? ""
      : sensitivityHtml(report.sensitivity, svgs, { esc, table, section, inlineSvg: scopeSvgIds }),
    section(
      t.assumptions,
      `<p>${esc(t.assumptionsIntro)}</p>${table(assumptionHead(report), assumptionRows(report), "assumptions")}`,
    ),
    section(t.reproducibility, table(["", ""], provenanceRows(report))),
    // Every "<" is escaped: neither "</script>" nor "<!--<script>" in a description can end the data island.
    `<script type="application/json" id="ccsim-result">${jsonForScript(report.result)}</script>`,
  ];
  return `<!DOCTYPE html>
<html lang="${loc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(report.title)}: ${esc(t.titleSuffix)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.filter((b) => b !== "").join("\n")}
</body>
</html>
`;
}

function summary(report: Report): string {
  const t = report.locale.t.report;
  const variants = report.variants.map(
    (v) =>
      `<li><strong>${esc(v.name)}</strong>${v.description === undefined ? "" : `: ${esc(v.description)}`}${
        v.settings.length === 0
          ? ""
          : `<br><span class="settings">${esc(t.sets)} ${v.settings.map(esc).join("; ")}</span>`
      }</li>`,
  );
  const heads = [...byVariant(report)].map(
    ([variant, list]) =>
      `<h3>${esc(t.againstBaseline(variant))}</h3><ul>${list
        .map((h) => `<li class="${h.significant ? "significant" : "uncertain"}">${esc(h.text)}</li>`)
        .join("")}</ul>`,
  );
  const targets = targetRows(report);
  const targetTable =
    targets.length === 0
      ? ""
      : `<h3>${esc(t.targets(MATURITY_MONTHS_ON_TARGET.met, MATURITY_MONTHS_ON_TARGET.of))}</h3>${table(targetHead(report), targets)}`;
  return section(t.summary, `<h3>${esc(t.variants)}</h3><ul>${variants.join("")}</ul>${heads.join("")}${targetTable}`);
}

/** Per variant, every parameter it changes: the "what changed" table. */
function changesSection(report: Report): string {
  const t = report.locale.t.report;
  const tables = changeRows(report).map(
    (v) =>
      `<h3>${esc(v.variant)}</h3>${v.rows.length === 0 ? `<p>${esc(t.noChanges)}</p>` : table(changeHead(report.locale), v.rows, "changes")}`,
  );
  return tables.length === 0 ? "" : section(t.changes, `<p>${esc(t.changesIntro)}</p>${tables.join("")}`);
}

function readingsHtml(report: Report): string {
  const readings = caseCardReadings(report.shown);
  return readings.length === 0
    ? ""
    : `<p>${esc(report.locale.t.report.caseCardReadings)}</p><ul class="readings">${readings.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>`;
}

function warningsSection(report: Report): string {
  if (report.warnings.length === 0) return "";
  const t = report.locale.t.report;
  return section(
    t.warnings,
    `<p>${esc(t.warningsIntro)}</p><ul class="warnings">${report.warnings
      .map(
        (w) =>
          `<li>${esc(w.text.replace(WARNING_PREFIX, ""))} <span class="source">(${esc(t.band)}: ${esc(bandSource(w.band, report.locale))})</span></li>`,
      )
      .join("")}</ul>`,
  );
}

function figure(report: Report, chart: ReportChart, svg: string): string {
  const target = targetText(chart, report.locale);
  const csv = `data:text/csv;charset=utf-8,${encodeURIComponent(chart.csv)}`;
  return `<figure id="chart-${chart.def.id}" data-chart="${chart.def.id}">${scopeSvgIds(svg, chart.def.id)}<figcaption>${
    target === undefined ? "" : `${esc(target)} `
  }<a download="${chart.def.id}.csv" href="${csv}">${esc(report.locale.t.report.dataCsv)}</a></figcaption></figure>`;
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

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;max-width:1400px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{margin-bottom:.2em}.question{font-size:1.05em;color:#444}.settings{color:#555;font-size:.9em;font-family:monospace}
li.uncertain{color:#666}ul.warnings li{color:#8a4b00}.source{color:#666;font-size:.85em}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(640px,1fr));gap:1.5em}
figure{margin:0;border:1px solid #ddd;border-radius:4px;padding:.5em}figure svg{max-width:100%;height:auto}
figcaption{font-size:.85em;color:#444}table{border-collapse:collapse;font-size:.85em;margin:.5em 0}
th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f4f4f4}
table.assumptions{table-layout:fixed;width:100%}table.assumptions td{overflow-wrap:anywhere}
table.assumptions th:nth-child(1){width:20%}table.assumptions th:nth-child(2),table.assumptions th:nth-child(3){width:14%}
table.assumptions th:nth-child(4){width:10%}`;
