// Issue 18: user text stays text in every output: HTML and its embedded JSON, Markdown, CSV and the terminal.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { csvCell, jsonForScript, markdownText, terminalText } from "@ccsim/report";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

const main = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));
const HOSTILE = "<!--<script>alert(1)</script> & </script>";

describe("escaping helpers", () => {
  it("JSON for a script element has no '<' at all and parses back to the same value", () => {
    const text = jsonForScript({ description: HOSTILE, sep: "\u2028" });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ description: HOSTILE, sep: "\u2028" });
  });

  it("CSV text cells that start like a formula are neutralised; quoting still works", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(["+1", "-1+2", "@SUM(A1)", "\tx"].map(csvCell)).toEqual(["'+1", "'-1+2", "'@SUM(A1)", "'\tx"]);
    expect(csvCell("plain, with comma")).toBe('"plain, with comma"');
    expect(csvCell("baseline")).toBe("baseline");
  });

  it("Markdown text has no raw HTML and stays on one line", () => {
    expect(markdownText("a <b>bold</b> & <script>\n# not a heading")).toBe(
      "a &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt; # not a heading",
    );
  });

  it("terminal text loses escape sequences and other control characters, keeps tabs and line breaks", () => {
    expect(terminalText("\u001b[31mred\u001b[0m\u0007\u009b2J a\tb\nc")).toBe("[31mred[0m2J a\tb\nc");
  });
});

describe("reports of a scenario with hostile text", () => {
  const dir = mkdtempSync(join(tmpdir(), "ccsim-escape-"));
  const file = join(dir, "s.yaml");
  writeFileSync(
    file,
    `schemaVersion: 1
name: "<img src=x onerror=alert(1)>"
description: ${JSON.stringify(HOSTILE)}
replications: 2
calendar: { startDate: 2024-01, horizonMonths: 2 }
demand: { voice: { monthlyVolume: 20000, handleTimeSec: 300 } }
operations: { initialHeadcount: { proficient: 30 } }
variants:
  - name: "=cmd|' /C calc'!A0"
    set: { operations.shrinkage: 0.25 }
`,
  );

  it("HTML: the embedded result parses and carries the text unchanged; no element is injected", () => {
    const out = join(dir, "r.html");
    const r = spawnSync(process.execPath, [main, "report", file, "--quiet", "--out", out], {
      encoding: "utf8",
      maxBuffer: MAX_OUTPUT_BYTES,
    });
    expect(r.status, r.stderr).toBe(0);
    const root = parse(readFileSync(out, "utf8"));
    const island = root.querySelector("script#ccsim-result");
    expect(JSON.parse(island!.text).provenance).toBeDefined();
    expect(root.querySelectorAll("script")).toHaveLength(1);
    expect(root.querySelectorAll("img")).toHaveLength(0);
  });

  it("Markdown: no raw HTML from the file; CSV: the variant name is not a formula", () => {
    const out = join(dir, "r.md");
    const r = spawnSync(process.execPath, [main, "report", file, "--quiet", "--format", "md", "--out", out], {
      encoding: "utf8",
      maxBuffer: MAX_OUTPUT_BYTES,
    });
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(out, "utf8");
    expect(md).not.toMatch(/<img|<script|<!--/);
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const csv = spawnSync(process.execPath, [main, "run", file, "--quiet", "--format", "csv"], {
      encoding: "utf8",
      maxBuffer: MAX_OUTPUT_BYTES,
    }).stdout;
    expect(csv).toContain("\n'=cmd|' /C calc'!A0,");
    expect(csv).not.toMatch(/^=/m);
    // Negative numbers stay numbers: only text cells are touched.
    expect(
      csv
        .split("\n")
        .slice(1)
        .every((line) => line === "" || !/,'-/.test(line)),
    ).toBe(true);
  });
});
