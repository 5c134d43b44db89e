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

  it.each([
    [1366, 768],
    [1440, 900],
  ])(
    "the Russian report from a saved result keeps every chart's text at 12 px or more at %ix%i",
    async (width, height) => {
      const dir = mkdtempSync(join(tmpdir(), "ccsim-browser-"));
      const run = ccsim("run", mtsCase, "--replications", "2", "--fidelity", "interval", "--out", dir, "--quiet");
      expect(run.status, run.stderr).toBe(0);
      const path = join(dir, "mts-ru.html");
      const r = ccsim("report", "--from", join(dir, "result.json"), "--lang", "ru", "--out", path);
      expect(r.status, r.stderr).toBe(0);
      const page = await browser.newPage({ viewport: { width, height } });
      const problems = watchProblems(page, ["file://", "data:"]);
      await page.goto(pathToFileURL(path).href);
      // The size a reader sees: the font size in the SVG times the factor the page scales the SVG by.
      const smallest = await page.$$eval("figure[data-chart] svg", (svgs) =>
        Math.min(
          ...svgs.flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute("width"));
            return [...svg.querySelectorAll("text")]
              .filter((t) => (t.textContent ?? "").trim() !== "")
              .map((t) => scale * parseFloat(getComputedStyle(t).fontSize));
          }),
        ),
      );
      expect(smallest).toBeGreaterThanOrEqual(12);
      await page.locator("#chart-training-dropout").scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`report-mts-ru-${width}x${height}.png`) });
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
