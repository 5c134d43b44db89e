// The trainer playground in headless Chromium: library, the MTS case run live with charts, levers that change
// the results, a shared link that restores the same state, a corrupted link with a clear message, downloads,
// no console errors and no request outside the page's own origin (it works offline). Screenshots go to
// test-artifacts/ and the time to first charts is printed.
import { readFileSync, writeFileSync } from "node:fs";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, screenshotPath, watchProblems } from "./chromium.js";
import { buildWeb, serve, type StaticServer } from "./webServer.js";

const MTS = "mts-virtual-contact-centre";

interface Timings {
  /** The first row of charts (2) on screen, from the run's start; and with how many replications per variant. */
  readonly firstChartsMs: number;
  readonly firstChartsReplications: number;
  /** Every chart of the first round on screen. */
  readonly allChartsMs: number;
  /** All replications done and drawn, and how many per variant. */
  readonly totalMs: number;
  readonly replications: number;
}

/** The run's timings, from the data attributes the page sets beside its performance marks. */
async function timings(page: Page): Promise<Timings> {
  const marks = await page.evaluate(() => performance.getEntriesByType("mark").map((m) => m.name));
  expect(marks).toEqual(
    expect.arrayContaining(["ccsim-run-start", "ccsim-first-charts", "ccsim-all-charts", "ccsim-run-done"]),
  );
  const replications = Number(await page.inputValue("#replications"));
  return page.$eval(
    "#run-status",
    (n, replications) => {
      const d = (n as HTMLElement).dataset;
      return {
        firstChartsMs: Number(d["firstChartsMs"]),
        firstChartsReplications: Number(d["firstChartsReplications"]),
        allChartsMs: Number(d["allChartsMs"]),
        totalMs: Number(d["totalMs"]),
        replications,
      };
    },
    replications,
  );
}

const measured: Record<string, Timings> = {};

describe("the trainer playground in headless Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  let problems: string[];
  let sharedUrl = "";
  let sharedHeadlines: string[] = [];

  beforeAll(async () => {
    const [dir, b] = await Promise.all([buildWeb(), launch()]);
    browser = b;
    server = await serve(dir);
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    problems = watchProblems(page, [server.origin, "data:", "blob:"]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const fresh = async (): Promise<{ page: Page; problems: string[] }> => {
    const p = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    return { page: p, problems: watchProblems(p, [server.origin, "data:", "blob:"]) };
  };
  const runDone = (p: Page) => p.waitForSelector('#run-status[data-state="done"]', { timeout: 60_000 });
  const headlineTexts = (p: Page) => p.$$eval("#headlines li", (items) => items.map((i) => i.textContent ?? ""));

  it("opens with the library and runs the MTS case: first charts, headlines, case card", async () => {
    await page.goto(`${server.origin}/`);
    // The app's code is imported by the page's small entry (firstPaint.ts), so it may run after the load event.
    await page.waitForSelector("#library-list li");
    expect(await page.locator("#library-list li").count()).toBeGreaterThanOrEqual(8);
    await page.screenshot({ path: screenshotPath("web-library.png"), fullPage: true });
    // A trainer reads the library for a moment before picking; the page uses it to start the featured case.
    await page.waitForTimeout(2000);
    await page.click(`a[data-scenario="${MTS}"]`);
    await runDone(page);
    measured["picked from the library"] = await timings(page);
    expect(measured["picked from the library"].firstChartsReplications).toBe(1);
    const sizes = await page.$$eval("figure[data-chart] svg", (svgs) =>
      svgs.map((s) => s.getBoundingClientRect()).map((b) => [b.width, b.height]),
    );
    expect(sizes.length).toBeGreaterThanOrEqual(10);
    for (const [width, height] of sizes) expect(width! > 300 && height! > 150).toBe(true);
    expect((await headlineTexts(page)).length).toBeGreaterThan(3);
    expect(await page.locator("#case-card tbody tr").count()).toBe(4);
    await page.screenshot({ path: screenshotPath("web-mts.png"), fullPage: true });
  });

  it("changes training weeks and the pay scheme: the URL and the charts follow", async () => {
    const before = await page.$eval('figure[data-chart="voice-service-level"]', (f) => f.innerHTML);
    const headlinesBefore = await headlineTexts(page);
    // Fewer replications keep the test short; the setting travels in the shared URL like the levers.
    await page.fill("#replications", "3");
    await page.press("#replications", "Enter");
    // Lever groups fold: a group's title, then its lever.
    await page.click('details[data-group="Training and ramp-up"] > summary');
    await page.fill('[data-lever="training.trainingWeeks"] input[type="number"]', "8");
    await page.press('[data-lever="training.trainingWeeks"] input[type="number"]', "Enter");
    await page.click('details[data-group="Pay"] > summary');
    await page.selectOption('[data-lever="pay.scheme"] select', "fixed");
    await page.waitForFunction(
      () =>
        location.hash.includes("pay.scheme=fixed") &&
        location.hash.includes("training.trainingWeeks=8") &&
        location.hash.includes("replications=3"),
    );
    await runDone(page);
    expect(await page.$eval('figure[data-chart="voice-service-level"]', (f) => f.innerHTML)).not.toBe(before);
    expect(await headlineTexts(page)).not.toEqual(headlinesBefore);
    sharedUrl = page.url();
    sharedHeadlines = await headlineTexts(page);
    await page.screenshot({ path: screenshotPath("web-mts-levers.png"), fullPage: true });
  });

  it("downloads the scenario as YAML (valid, with the levers) and the results as CSV", async () => {
    const [yamlDownload] = await Promise.all([page.waitForEvent("download"), page.click("#download-yaml")]);
    const yamlText = readFileSync(await yamlDownload.path(), "utf8");
    const loaded = loadScenario(yamlText, "playground.yaml");
    expect(Either.isRight(loaded) ? "" : loaded.left.format()).toBe("");
    const variant = Either.getOrThrow(loaded).variants[0]!;
    expect(JSON.stringify(variant.set)).toContain('"training.trainingWeeks":8');
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
    const csv = readFileSync(await csvDownload.path(), "utf8");
    expect(csv.split("\n")[0]).toBe("variant,month,kpi,mean,ci95_low,ci95_high,p10,p90,replications");
    expect(csv).toContain("your variant,2024-12,");
  });

  it("opens the shared URL in a new page with the same state and the same results", async () => {
    const other = await fresh();
    await other.page.goto(sharedUrl);
    await runDone(other.page);
    measured["shared link opened cold"] = await timings(other.page);
    expect(await other.page.inputValue('[data-lever="training.trainingWeeks"] input[type="number"]')).toBe("8");
    expect(await other.page.inputValue('[data-lever="pay.scheme"] select')).toBe("fixed");
    expect(await other.page.inputValue("#from")).toBe("virtual contact centre");
    expect(await other.page.inputValue("#replications")).toBe("3");
    // Same seed, same replications, same levers: the same numbers, to the last digit.
    expect(await headlineTexts(other.page)).toEqual(sharedHeadlines);
    expect(other.problems).toEqual([]);
    await other.page.close();
  });

  it("shows progress and cancels a slow contact-fidelity run at once, staying responsive", async () => {
    const other = await fresh();
    await other.page.goto(`${server.origin}/#scenario=${MTS}&fidelity=contact&replications=2`);
    await other.page.waitForSelector('#run-status[data-state="running"] progress');
    // The page answers while the workers simulate: a lever's explain note opens at once.
    await other.page.click('details[data-group="Training and ramp-up"] > summary');
    await other.page.click('[data-lever="training.trainingWeeks"] summary');
    expect(await other.page.isVisible('[data-lever="training.trainingWeeks"] details p')).toBe(true);
    await other.page.click("#cancel");
    await other.page.waitForSelector('#run-status[data-state="cancelled"]', { timeout: 2000 });
    // The link's first paint (another fidelity: the shipped first look, dimmed) stays, but its note no longer
    // promises a live run that was cancelled.
    expect(await other.page.getAttribute("#results", "data-first-paint")).toBe(MTS);
    expect(await other.page.innerText("#stale-note")).toMatch(/^Run cancelled: .* not the link's settings/);
    expect(other.problems).toEqual([]);
    await other.page.close();
  });

  it("cancelling a re-run says the dimmed results are from the previous settings, no longer 'Updating'", async () => {
    const other = await fresh();
    await other.page.goto(`${server.origin}/#scenario=${MTS}&replications=2`);
    await runDone(other.page);
    await other.page.selectOption("#fidelity", "contact");
    await other.page.waitForSelector('#results[data-stale="true"]');
    expect(await other.page.innerText("#stale-note")).toMatch(/^Updating: /);
    await other.page.click("#cancel");
    await other.page.waitForSelector('#run-status[data-state="cancelled"]', { timeout: 2000 });
    expect(await other.page.getAttribute("#results", "data-stale")).toBe("true");
    expect(await other.page.innerText("#stale-note")).toMatch(
      /^Run cancelled: the results below are from the previous/,
    );
    expect(other.problems).toEqual([]);
    await other.page.close();
  });

  it("offers no people levers for a scenario without the people layer, and says why", async () => {
    const other = await fresh();
    await other.page.goto(`${server.origin}/#scenario=staffing-levers`);
    await other.page.waitForSelector("#people-off");
    expect(await other.page.innerText("#people-off")).toMatch(/simulatePeople: false/);
    const groups = await other.page.$$eval("details.group", (ds) => ds.map((d) => d.getAttribute("data-group")));
    expect(groups).toContain("Staffing and targets");
    for (const people of ["Pay", "Recruiting", "Training and ramp-up", "Management responses"])
      expect(groups).not.toContain(people);
    expect(other.problems).toEqual([]);
    await other.page.close();
  });

  it("shows a clear message for a corrupted URL, never a blank page", async () => {
    const other = await fresh();
    await other.page.goto(`${server.origin}/#scenario=${MTS}&training.trainingWeeks=banana&pay.scheme=bonus&agnets=3`);
    const banner = other.page.locator("#link-error");
    await banner.waitFor({ state: "visible" });
    const text = await banner.innerText();
    expect(text).toContain("This link could not be opened");
    expect(text).toContain("training.trainingWeeks");
    expect(text).toContain("pay.scheme");
    expect(text).toContain("agnets");
    expect(await other.page.locator("#library-list li").count()).toBeGreaterThanOrEqual(8);
    await other.page.screenshot({ path: screenshotPath("web-bad-link.png"), fullPage: true });
    await other.page.goto(`${server.origin}/#scenario=no-such-case`);
    await other.page.waitForFunction(
      () => document.querySelector("#link-error")?.textContent?.includes("no-such-case") === true,
    );
    expect(other.problems).toEqual([]);
    await other.page.close();
  });

  it("shows the library in Russian at '#lang=ru', and the language switch moves the library between languages", async () => {
    const other = await fresh();
    await other.page.goto(`${server.origin}/#lang=ru`);
    await other.page.waitForSelector("#library-list li");
    expect(await other.page.locator("#library-title").innerText()).toBe("Выберите кейс или учебный сценарий");
    const mtsCard = other.page.locator(`a[data-scenario="${MTS}"]`);
    expect(await mtsCard.innerText()).toContain("Виртуальный контактный центр МТС");
    expect(await mtsCard.getAttribute("href")).toBe(`#scenario=${MTS}&lang=ru`);
    expect(await other.page.locator("#library-list").innerText()).not.toMatch(/\b(teaching|months from|variants:)/);
    expect(await other.page.getAttribute("html", "lang")).toBe("ru");
    await other.page.screenshot({ path: screenshotPath("web-library-ru.png") });
    // Back to English with the switch: the library is drawn again in English.
    await other.page.selectOption("#lang", "en");
    await other.page.waitForFunction(
      () => document.querySelector("#library-title")?.textContent === "Pick a case or a teaching scenario",
    );
    expect(await mtsCard.getAttribute("href")).toBe(`#scenario=${MTS}`);
    expect(other.problems).toEqual([]);
    await other.page.close();
  });

  it("runs offline once loaded: the network can go away before the scenario is picked", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const offline = await context.newPage();
    const offlineProblems = watchProblems(offline, [server.origin, "data:", "blob:"]);
    await offline.goto(`${server.origin}/`);
    await offline.waitForSelector("#library-list li");
    await context.setOffline(true);
    await offline.click('a[data-scenario="labour-market-shock"]');
    await offline.waitForSelector("#run-status[data-first-charts-ms]", { timeout: 30_000 });
    expect(await offline.locator("figure[data-chart] svg").count()).toBeGreaterThanOrEqual(2);
    expect(offlineProblems).toEqual([]);
    await context.close();
  });

  it("logged no console errors and made no request outside its own origin", () => {
    expect(problems).toEqual([]);
  });

  it("reports the MTS case's time to first charts (24 months, interval fidelity)", () => {
    writeFileSync(screenshotPath("web-timings.json"), `${JSON.stringify(measured, null, 2)}\n`);
    for (const [how, t] of Object.entries(measured)) {
      console.log(
        `MTS case, ${how}: first charts after ${t.firstChartsMs} ms (1 replication per variant), every chart after ${t.allChartsMs} ms, all ${t.replications} replications per variant after ${t.totalMs} ms`,
      );
      // The goal is 1 s on a laptop; this bound only catches a broken pipeline on a shared, loaded CI machine.
      expect(t.firstChartsMs).toBeLessThan(15_000);
    }
  });
});
