// The evidence report end to end: `ccsim report` as a user runs it, read back and checked against `ccsim run`.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chartRange, chartsFor } from "@ccsim/report";
import type { ResultDocument } from "@ccsim/scenario";
import { valid } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { ccsim, chartCsvRows, mtsCase, parseReport, paySchemes, runJson, staffingLevers } from "./reportFiles.js";

describe.each([
  ["the MTS case", mtsCase],
  ["a teaching scenario", paySchemes],
])("ccsim report on %s", (_, file) => {
  const out = mkdtempSync(join(tmpdir(), "ccsim-report-"));
  const path = join(out, "report.html");
  const generated = ccsim("report", file, "--replications", "2", "--out", path, "--quiet");
  const json = runJson(file, "--replications", "2");
  const html = existsSync(path) ? readFileSync(path, "utf8") : "";
  const page = parseReport(html);

  it("writes one self-contained HTML file that parses", () => {
    expect(generated.status, generated.stderr).toBe(0);
    expect(generated.stderr).toMatch(/wrote .*report\.html \(\d+ charts; report built in [\d.]+ s\)/);
    expect(readdirSync(out)).toEqual(["report.html"]);
    expect(valid(html)).toBe(true);
    // Self-contained: nothing is fetched from anywhere (data URLs and in-page anchors only).
    expect(html).not.toMatch(/(?:src|href)="(?!data:|#)/);
    expect(html).not.toMatch(/<script(?![^>]*type="application\/json")/);
  });

  it("embeds the run's result: the same numbers as ccsim run --format json", () => {
    const embedded = JSON.parse(page.querySelector("#ccsim-result")!.text) as ResultDocument;
    const { provenance: a, ...restEmbedded } = embedded;
    const { provenance: b, ...restRun } = json;
    expect(restEmbedded).toEqual(restRun);
    expect({ ...a, command: "" }).toEqual({ ...b, command: "" });
    expect(a.command).toMatch(/^ccsim report .* --replications 2$/);
  });

  it("has one SVG chart per chart, each with every variant's line and the chart's data equal to the JSON", () => {
    const figures = page.querySelectorAll("figure[data-chart]");
    const expected = chartsFor(json);
    expect(figures.map((f) => f.getAttribute("data-chart"))).toEqual(expected.map((c) => c.id));
    expect(expected.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        "voice-service-level",
        "voice-abandonment",
        "voice-asa",
        "staffing-sufficiency",
        "headcount-by-stage",
        "hires-and-leavers",
        "attrition",
        "attrition-causes",
        "training-dropout",
        "enps",
        "tnps",
        "cost-per-contact",
      ]),
    );
    for (const [i, figure] of figures.entries()) {
      const chart = expected[i]!;
      expect(figure.querySelectorAll("svg")).toHaveLength(1);
      // One accessible name per chart: its title and definition.
      expect(figure.querySelector("svg")!.getAttribute("aria-label"), chart.id).toBe(
        `${chart.title}: ${chart.definition}`,
      );
      // Vega's mark classes (the SVG carries one accessible name per chart, not Vega's per-mark ARIA roles).
      const lines = figure.querySelectorAll("g.mark-line.role-mark > path");
      expect(lines, chart.id).toHaveLength(json.variants.length * chart.series.length);
      const legend = figure.querySelectorAll(".role-legend-label text").map((t) => t.text);
      if (json.variants.length > 1) expect(legend).toEqual(expect.arrayContaining(json.variants.map((v) => v.name)));
      const rows = chartCsvRows(figure);
      const scale = chart.unitSuffix === "%" ? 100 : 1;
      if (chart.x === "days-since-hire") {
        // The hire-survival curve: one row per variant and point of its curve.
        expect(rows).toHaveLength(json.variants.reduce((n, v) => n + (v.hireSurvival?.length ?? 0), 0));
        for (const row of rows) {
          const point = json.variants
            .find((v) => v.name === row["variant"])!
            .hireSurvival!.find((p) => p.day === Number(row["days_since_hire"]))!;
          expect(Number(Object.values(row)[3])).toBeCloseTo(point.survival.mean * scale, 9);
        }
        continue;
      }
      // Months where a KPI is missing (null: nothing to measure) have no row.
      const measured = json.variants.reduce(
        (n, v) => n + chart.series.reduce((k, s) => k + v.months.filter((m) => m.kpis[s.kpi]!.mean !== null).length, 0),
        0,
      );
      expect(rows).toHaveLength(measured);
      for (const row of rows) {
        const variant = json.variants.find((v) => v.name === row["variant"])!;
        const kpi = chart.series.find((s) => s.label === row["series"])!.kpi;
        const e = variant.months.find((m) => m.month === row["month"])!.kpis[kpi]!;
        expect(Number(Object.values(row)[3])).toBeCloseTo(e.mean * scale, 9);
        // Bands are clipped to the figure's range (a share's interval never below 0%).
        const [low, high] = chartRange(chart);
        const clip = (x: number): number => Math.min(high, Math.max(low, x));
        expect(Number(row["ci95_low"])).toBeCloseTo(clip(e.ci95_low * scale), 9);
        expect(Number(row["ci95_high"])).toBeCloseTo(clip(e.ci95_high * scale), 9);
      }
    }
  });

  it("states the question, the headline differences with 95% CIs, the assumptions and how to reproduce it", () => {
    const text = page.text;
    for (const v of json.variants) expect(text).toContain(v.name);
    expect(page.querySelectorAll("li.significant, li.uncertain").length).toBeGreaterThan(0);
    expect(text).toMatch(/in the baseline, .* \(95% CI [+-].* to [+-].*\)/);
    expect(text).toContain("default (assumption)");
    expect(text).toContain(json.provenance.scenarioSha256);
    expect(text).toContain(`ccsim report`);
    expect(text.includes("Case card")).toBe(json.caseCard !== undefined);
  });

  it("draws the scenario's targets and counts the months on target", () => {
    const sl = page.querySelector("#chart-voice-service-level")!;
    // The target is the red dashed rule (the intervention markers are dark grey).
    expect(sl.querySelectorAll('g.mark-rule.role-mark > line[stroke="#c0392b"]').length).toBeGreaterThan(0);
    const caption = sl.querySelector("figcaption")!.text;
    expect(caption).toMatch(
      /Target: at least 80% \(dashed red line\)\. Months on target in the last 12: baseline \d+ of 12;/,
    );
    const counted = [...caption.matchAll(/(\d+) of 12/g)].slice(0, json.variants.length).map((m) => Number(m[1]));
    const expected = json.variants.map(
      (v) => v.months.slice(-12).filter((m) => m.kpis["voice.serviceLevel"]!.mean >= 0.8).length,
    );
    expect(counted).toEqual(expected);
    const summaryRow = page
      .querySelectorAll("section")[0]!
      .querySelectorAll("tr")
      .find((tr) => tr.text.startsWith("Voice service level"))!;
    expect(
      summaryRow
        .querySelectorAll("td")
        .slice(2)
        .map((td) => Number(td.text.split(" ")[0])),
    ).toEqual(expected);
  });
});

describe("ccsim report options", () => {
  it("--format md writes Markdown with every chart as SVG and CSV beside it; --png adds PNGs", () => {
    const out = mkdtempSync(join(tmpdir(), "ccsim-report-md-"));
    const r = ccsim(
      "report",
      staffingLevers,
      "--replications",
      "2",
      "--format",
      "md",
      "--png",
      "--out",
      join(out, "levers.md"),
      "--quiet",
    );
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(join(out, "levers.md"), "utf8");
    const charts = readdirSync(join(out, "levers-charts")).sort();
    const ids = [...md.matchAll(/!\[[^\]]*\]\(levers-charts\/([\w-]+)\.svg\)/g)].map((m) => m[1]!);
    expect(ids).toEqual(["voice-service-level", "voice-abandonment", "voice-asa", "staffing-sufficiency"]);
    expect(charts).toEqual(ids.flatMap((id) => [`${id}.csv`, `${id}.png`, `${id}.svg`]).sort());
    const png = readFileSync(join(out, "levers-charts", `${ids[0]}.png`));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(md).toMatch(/## Assumptions/);
  });

  it("refuses an unknown format with a one-line error and exit code 2, writing nothing", () => {
    const out = mkdtempSync(join(tmpdir(), "ccsim-report-bad-"));
    const r = ccsim("report", staffingLevers, "--format", "pdf", "--out", join(out, "x.html"));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/expected html or md/);
    expect(readdirSync(out)).toEqual([]);
  });

  it.each([
    [
      ["--out", "r.md"],
      /^error: --out .*r\.md: a Markdown file name for an HTML report; add --format md, or name it r\.html$/,
    ],
    [
      ["--format", "md", "--out", "r.html"],
      /^error: --out .*r\.html: an HTML file name for a Markdown report \(--format md\); name it r\.md$/,
    ],
  ])(
    "refuses a report file named for the other format (%j): one line, exit code 2, nothing written",
    (args, message) => {
      const out = mkdtempSync(join(tmpdir(), "ccsim-report-ext-"));
      const r = ccsim("report", staffingLevers, ...args.map((a) => (a.startsWith("r.") ? join(out, a) : a)), "--quiet");
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(readdirSync(out)).toEqual([]);
    },
  );

  it("says so in one line with exit code 2, before simulating, when the report path is a folder, leaving nothing", () => {
    const out = mkdtempSync(join(tmpdir(), "ccsim-report-dir-"));
    mkdirSync(join(out, "taken.html"));
    const r = ccsim("report", staffingLevers, "--replications", "1", "--out", join(out, "taken.html"), "--quiet");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^error: --out .*taken\.html: is a folder; give the report file's name/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(out)).toEqual(["taken.html"]);
  });
});
