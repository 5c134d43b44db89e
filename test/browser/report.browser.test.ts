// The HTML report in a real browser: it opens offline from a file, shows every chart, logs no errors.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { ccsim, mtsCase } from "../report/reportFiles.js";
import { launch, screenshotPath, watchProblems } from "./chromium.js";

describe("the MTS report in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens from a file with no network, shows every chart and logs no errors", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "ccsim-browser-")), "mts.html");
    const r = ccsim("report", mtsCase, "--replications", "2", "--out", path, "--quiet");
    expect(r.status, r.stderr).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page, ["file://", "data:"]);
    await page.goto(pathToFileURL(path).href);
    const sizes = await page.$$eval("figure[data-chart] svg", (svgs) =>
      svgs.map((s) => s.getBoundingClientRect()).map((b) => [b.width, b.height]),
    );
    expect(sizes.length).toBeGreaterThanOrEqual(10);
    for (const [width, height] of sizes) expect(width! > 300 && height! > 150).toBe(true);
    expect(await page.title()).toMatch(/MTS virtual contact centre/);
    await page.screenshot({ path: screenshotPath("report-mts.png"), fullPage: true });
    expect(problems).toEqual([]);
  });
});
