// Helpers of the report tests: run the built CLI, and read a report's HTML back into data.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ResultDocument } from "@ccsim/scenario";
import { parse, type HTMLElement } from "node-html-parser";
import { MAX_OUTPUT_BYTES } from "../childOutput.js";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const mtsCase = join(root, "scenarios/cases/mts-virtual-contact-centre.yaml");
export const staffingLevers = join(root, "scenarios/teaching/staffing-levers.yaml");
export const paySchemes = join(root, "scenarios/teaching/pay-schemes.yaml");

export function ccsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, "apps/cli/dist/main.js"), ...args], {
    encoding: "utf8",
    maxBuffer: MAX_OUTPUT_BYTES,
    cwd: root,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The run's result document as `ccsim run --format json` prints it. */
export function runJson(file: string, ...args: string[]): ResultDocument {
  const r = ccsim("run", file, "--format", "json", "--quiet", ...args);
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as ResultDocument;
}

/** A chart's CSV, decoded from its download link. */
export function chartCsvRows(figure: HTMLElement): Record<string, string>[] {
  const href = figure.querySelector("a[download]")!.getAttribute("href")!;
  const [head, ...lines] = decodeURIComponent(href.slice(href.indexOf(",") + 1))
    .trim()
    .split("\n");
  const names = splitCsv(head!);
  return lines.map((line) => Object.fromEntries(splitCsv(line).map((cell, i) => [names[i]!, cell])));
}

function splitCsv(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
    .slice(0, -1)
    .map((m) => m[1]!.replace(/^"|"$/g, "").replaceAll('""', '"'));
}

export function parseReport(html: string): HTMLElement {
  return parse(html);
}
