// The playground in a classroom, in headless Chromium at the two usual projector/laptop sizes: the headline and
// two charts on the first screen, stale results marked while a lever re-runs, a link's hidden parameters listed
// and resettable, the first round labelled as such, the Russian UI from the link, presenter mode. Screenshots go
// to test-artifacts/ (classroom-*.png) and the cold shared link's time to first charts is printed.
import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshotPath } from "./chromium.js";
import { openPage, playgroundSession } from "./playgroundSession.js";

const MTS = "mts-virtual-contact-centre";
const VIEWPORTS = [
  [1366, 768],
  [1440, 900],
] as const;

describe("the playground in a classroom", () => {
  const session = playgroundSession();
  const firstCharts: Record<string, number> = {};
  const firstChartsFromPage: Record<string, number> = {};
  const firstPaintFromPage: Record<string, number> = {};
  // A cold link with a lever moved: its first paint (the baseline's lines) and its live first charts.
  const leverPaintFromPage: Record<string, number> = {};
  const leverChartsFromPage: Record<string, number> = {};

  const open = async (hash: string, width = 1366, height = 768): Promise<{ page: Page; problems: string[] }> => {
    const { page, problems } = await openPage(session, { width, height });
    await page.goto(`${session.server.origin}/#${hash}`);
    return { page, problems };
  };
  const done = (p: Page) => p.waitForSelector('#run-status[data-state="done"]', { timeout: 120_000 });

  /** Whether an element's box lies wholly inside the viewport (the page not scrolled). */
  const inside = (p: Page, selector: string) =>
    p.$eval(selector, (n) => {
      const b = n.getBoundingClientRect();
      return (
        b.width > 0 && b.height > 0 && b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth
      );
    });

  it.each(VIEWPORTS)(
    "at %ix%i shows the headline and two charts without scrolling (cold shared link)",
    async (w, h) => {
      const { page, problems } = await open(`scenario=${MTS}&replications=3`, w, h);
      await done(page);
      firstCharts[`${w}x${h}`] = Number(await page.getAttribute("#run-status", "data-first-charts-ms"));
      firstChartsFromPage[`${w}x${h}`] = Number(await page.getAttribute("#run-status", "data-first-charts-page-ms"));
      expect(await inside(page, "#headlines h2")).toBe(true);
      expect(await inside(page, "#headlines li:first-child")).toBe(true);
      expect(await inside(page, "#charts figure:nth-of-type(1) svg")).toBe(true);
      expect(await inside(page, "#charts figure:nth-of-type(2) svg")).toBe(true);
      // The link's first look was painted before the app loaded, and the app has drawn its own in its place.
      firstPaintFromPage[`${w}x${h}`] = Number(await page.getAttribute("#results", "data-first-paint-page-ms"));
      expect(firstPaintFromPage[`${w}x${h}`]).toBeGreaterThan(0);
      expect(await page.locator("[data-prerendered]").count()).toBe(0);
      expect(await page.getAttribute("#results", "data-first-paint")).toBeNull();
      await page.screenshot({ path: screenshotPath(`classroom-${w}x${h}.png`) });
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it.each(VIEWPORTS)("at %ix%i paints a cold lever link at once and then draws its live round", async (w, h) => {
    const { page, problems } = await open(`scenario=${MTS}&replications=3&training.trainingWeeks=6`, w, h);
    await page.waitForSelector("#results[data-first-paint-page-ms]", { timeout: 60_000 });
    leverPaintFromPage[`${w}x${h}`] = Number(await page.getAttribute("#results", "data-first-paint-page-ms"));
    await done(page);
    leverChartsFromPage[`${w}x${h}`] = Number(await page.getAttribute("#run-status", "data-first-charts-page-ms"));
    expect(await inside(page, "#charts figure:nth-of-type(2) svg")).toBe(true);
    expect(await page.locator("[data-prerendered]").count()).toBe(0);
    expect(await page.isVisible("#stale-note")).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("marks the results as stale while a lever re-runs, and unmarks them when the new round is drawn", async () => {
    const { page, problems } = await open(`scenario=${MTS}&replications=2`);
    await done(page);
    expect(await page.getAttribute("#results", "data-stale")).toBeNull();
    await page.click('details[data-group="Training and ramp-up"] > summary');
    const weeks = '[data-lever="training.trainingWeeks"] input[type="number"]';
    await page.fill(weeks, "7");
    await page.press(weeks, "Enter");
    // At once, before any replication of the new run can be back.
    expect(await page.getAttribute("#results", "data-stale")).toBe("true");
    expect(await page.isVisible("#stale-note")).toBe(true);
    await page.screenshot({ path: screenshotPath("classroom-stale.png") });
    await page.waitForFunction(() => !document.querySelector("#results")!.hasAttribute("data-stale"), null, {
      timeout: 60_000,
    });
    expect(await page.isVisible("#stale-note")).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lists a link's parameters that have no lever, and resets them", async () => {
    const { page, problems } = await open(`scenario=${MTS}&replications=1&customerExperience.baseScore=0`);
    await done(page);
    // A parameter the first look was not simulated with changes the variant only: its baseline was painted at once.
    expect(Number(await page.getAttribute("#results", "data-first-paint-page-ms"))).toBeGreaterThan(0);
    const item = page.locator('#changes li[data-path="customerExperience.baseScore"]');
    expect(await item.isVisible()).toBe(true);
    expect(await item.innerText()).toMatch(/customerExperience\.baseScore\s+\S+ → 0/);
    await item.locator("button").click();
    await page.waitForFunction(() => !location.hash.includes("customerExperience"));
    expect(await page.locator("#changes li").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says what the first round is and gives no case-card verdicts on one replication", async () => {
    const { page, problems } = await open(`scenario=${MTS}&replications=1`);
    await done(page);
    expect(await page.innerText("#headlines .first-look-note")).toContain("1 replication");
    // No lever moved: the round is the first look computed when the app was built, and the page says so.
    expect(await page.getAttribute("#headlines .first-look-note", "class")).toContain("from-build");
    expect(await page.innerText("#headlines .first-look-note")).toContain("simulated when this page was built");
    // One replication is the whole run here: no intervals are promised that will never come.
    expect(await page.innerText("#headlines .first-look-note")).toContain("the whole run");
    expect(await page.innerText("#run-status")).toMatch(/^Done: 1 replication per variant/);
    expect(await page.$$eval("#headlines li", (li) => li.map((l) => l.textContent ?? ""))).not.toContainEqual(
      expect.stringContaining("95% CI"),
    );
    expect(await page.locator("#case-card tr.pending").count()).toBeGreaterThan(0);
    expect(await page.locator("#case-card tr.yes, #case-card tr.no").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens in Russian from the link, and the language switch keeps its choice in the link", async () => {
    const { page, problems } = await open(`scenario=${MTS}&replications=2&lang=ru`, 1440, 900);
    await done(page);
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    expect(await page.innerText("#headlines h2")).toBe("Что меняется: ваш вариант против базового");
    expect(await page.innerText("#headlines li:first-child")).toMatch(/в базовом варианте/);
    expect(await page.innerText('#charts figure[data-chart="voice-service-level"]')).toMatch(/уровень сервиса/);
    expect(await page.innerText("#case-card")).toMatch(/Карточка кейса/);
    expect(await page.innerText("#controls")).toMatch(/Обучение и адаптация/);
    // The scenario's own texts from its translations, and the variants' names in every legend.
    expect(await page.innerText("#scenario-name")).toBe("Виртуальный контактный центр МТС (воспроизведение)");
    expect(await page.innerText("#from")).toMatch(/виртуальный контактный центр/);
    const legend = await page.innerText('#charts figure[data-chart="voice-service-level"]');
    expect(legend).toMatch(/базовый вариант/);
    expect(legend).toMatch(/ваш вариант/);
    expect(legend).not.toMatch(/\bbaseline\b|your variant/);
    await page.click('#charts figure[data-chart="voice-service-level"] .term');
    expect(await page.isVisible("#glossary-SL")).toBe(true);
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath("classroom-ru-1440x900.png") });
    await page.selectOption("#lang", "en");
    await page.waitForFunction(() => !location.hash.includes("lang=ru"));
    await page.waitForFunction(() => document.querySelector("#headlines h2")?.textContent?.startsWith("What changes"));
    await page.selectOption("#lang", "ru");
    await page.waitForFunction(() => location.hash.includes("lang=ru"));
    await page.waitForFunction(() => document.querySelector("#headlines h2")?.textContent?.startsWith("Что меняется"));
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForTimeout(500);
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath("classroom-ru-1366x768.png") });
    // A value the schema refuses, typed into a lever: the rejection in Russian.
    const weeks = page.locator("#lever-training-trainingWeeks");
    if (!(await weeks.isVisible())) await page.locator('details[data-group="Training and ramp-up"] > summary').click();
    await weeks.fill("500");
    await weeks.dispatchEvent("change");
    await page.waitForSelector('#run-status[data-state="rejected"]');
    expect(await page.innerText("#run-status")).toMatch(
      /схема сценария отвергает[\s\S]*ожидается [^,]*недель[^,]*, получено 500/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("presenter mode hides the levers, shows the headline as one sentence and large charts, and stays in the link", async () => {
    const { page, problems } = await open(`scenario=${MTS}&replications=2`, 1366, 768);
    await done(page);
    await page.click("#present");
    await page.waitForFunction(() => location.hash.includes("present=1"));
    expect(await page.isVisible("#controls")).toBe(false);
    expect(await page.locator("#headlines li:visible").count()).toBe(1);
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath("classroom-present-1366x768.png") });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("reports the cold shared link's time to first charts", () => {
    const timings = {
      fromRunStart: firstCharts,
      fromNavigation: firstChartsFromPage,
      firstPaintFromNavigation: firstPaintFromPage,
      leverLink: { firstPaintFromNavigation: leverPaintFromPage, fromNavigation: leverChartsFromPage },
    };
    writeFileSync(screenshotPath("classroom-timings.json"), `${JSON.stringify(timings, null, 2)}\n`);
    for (const [size, ms] of Object.entries(firstCharts)) {
      console.log(
        `MTS cold shared link at ${size}: first look painted ${firstPaintFromPage[size]} ms from navigation; live first charts after ${ms} ms from the run's start, ${firstChartsFromPage[size]} ms from navigation`,
      );
      console.log(
        `MTS cold lever link at ${size}: baseline painted ${leverPaintFromPage[size]} ms from navigation; live first charts ${leverChartsFromPage[size]} ms from navigation`,
      );
      // The goal is 1 s; this bound only catches a broken pipeline on a shared, loaded machine.
      expect(ms).toBeLessThan(15_000);
    }
  });
});
