// The first paint of cold shared links, in headless Chromium with the app's chunk held back (what a reader sees
// while a slow machine loads and compiles the app's code): a link with no change paints the first look itself,
// in presenter layout when the link asks for it; a link that moves a lever paints the baseline's lines alone with
// its variant marked as being simulated and the link's changes listed; a link with another fidelity paints the
// whole first look dimmed as not its settings. Then the app's live round replaces the paint and its labels; a lever
// moved before that round marks the paint as from the previous settings.
// Screenshots: test-artifacts/classroom-first-paint-*.png.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshotPath } from "./chromium.js";
import { openPage, playgroundSession } from "./playgroundSession.js";

const MTS = "mts-virtual-contact-centre";

describe("the first paint of a cold shared link", () => {
  const session = playgroundSession();

  /** A cold page on the link with the app's chunk held back until `release` (its first paint alone on screen). */
  const openHeld = async (hash: string, width = 1366, height = 768) => {
    const { page, problems } = await openPage(session, { width, height });
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${session.server.origin}/#${hash}`);
    await page.waitForSelector("#results[data-first-paint-page-ms]", { timeout: 60_000 });
    return { page, problems, release };
  };

  /** Whether an element's box lies wholly inside the viewport (the page not scrolled). */
  const inside = (p: Page, selector: string) =>
    p.$eval(selector, (n) => {
      const b = n.getBoundingClientRect();
      return (
        b.width > 0 && b.height > 0 && b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth
      );
    });
  const twoChartsInside = async (page: Page): Promise<void> => {
    expect(await page.locator("#charts figure[data-prerendered] svg").count()).toBe(2);
    expect(await inside(page, "#charts figure:nth-of-type(1) svg")).toBe(true);
    expect(await inside(page, "#charts figure:nth-of-type(2) svg")).toBe(true);
  };
  /** The legend entries of the painted first chart. */
  const legend = (page: Page): Promise<string[]> =>
    page.$$eval("#charts figure:nth-of-type(1) .role-legend-label text", (t) => t.map((n) => n.textContent ?? ""));
  const replaced = async (page: Page): Promise<void> => {
    await page.waitForFunction(() => document.querySelectorAll("[data-prerendered]").length === 0, null, {
      timeout: 120_000,
    });
    await page.waitForSelector("#run-status[data-first-charts-ms]", { timeout: 120_000 });
    // The round's last chart drawn: the page no longer holds the paint.
    await page.waitForSelector("#results:not([data-first-paint])", { timeout: 120_000 });
  };

  it.each(["en", "ru"] as const)(
    "paints a cold link's first look (%s) before the app's code is loaded, with its label",
    async (lang) => {
      const { page, problems } = await openPage(session, { width: 1366, height: 768 });
      // The app's chunk is held back until the painted first look has been checked: what a reader sees while
      // a slow machine loads and compiles it.
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${session.server.origin}/#scenario=${MTS}&replications=2${lang === "ru" ? "&lang=ru" : ""}`);
      await page.waitForSelector("#results[data-first-paint-page-ms]", { timeout: 60_000 });
      expect(await page.locator("#charts figure[data-prerendered] svg").count()).toBe(2);
      expect(await inside(page, "#headlines li:first-child")).toBe(true);
      expect(await inside(page, "#charts figure:nth-of-type(1) svg")).toBe(true);
      expect(await inside(page, "#charts figure:nth-of-type(2) svg")).toBe(true);
      expect(await page.getAttribute("#headlines .first-look-note", "class")).toContain("from-build");
      expect(await page.innerText("#headlines .first-look-note")).toContain(
        lang === "ru" ? "при сборке страницы" : "simulated when this page was built",
      );
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      const headlines = (): Promise<string[]> =>
        page.$$eval("#headlines > ul.headlines li", (li) => li.map((l) => l.textContent ?? ""));
      const painted = await headlines();
      if (lang === "en") await page.screenshot({ path: screenshotPath("classroom-first-paint-1366x768.png") });
      release();
      // The app draws the same round (the same first look) live in its place.
      await page.waitForFunction(() => document.querySelectorAll("[data-prerendered]").length === 0, null, {
        timeout: 60_000,
      });
      await page.waitForSelector("#run-status[data-first-charts-ms]", { timeout: 60_000 });
      expect(await headlines()).toEqual(painted);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it.each([
    [1366, 768],
    [1440, 900],
  ])(
    "at %ix%i paints a lever link's baseline at once, its variant marked as being simulated, then the live round",
    async (w, h) => {
      const { page, problems, release } = await openHeld(
        `scenario=${MTS}&replications=2&training.trainingWeeks=7`,
        w,
        h,
      );
      expect(await page.getAttribute("#results", "data-first-paint-mode")).toBe("pending");
      await twoChartsInside(page);
      // The baseline's lines alone, and current (not dimmed); no difference is claimed before the variant is run.
      expect(await legend(page)).toEqual(["baseline"]);
      expect(await page.getAttribute("#results", "data-stale")).toBeNull();
      expect(await page.locator("#headlines li").count()).toBe(0);
      expect(await page.innerText("#headlines .paint-pending")).toContain("Your variant is being simulated");
      expect(await inside(page, "#stale-note")).toBe(true);
      expect(await page.innerText("#stale-note")).toMatch(/Simulating your variant[\s\S]*training\.trainingWeeks = 7/);
      await page.screenshot({ path: screenshotPath(`classroom-first-paint-lever-${w}x${h}.png`) });
      release();
      await replaced(page);
      // The live round: both lines, the headline differences, the pending note gone.
      expect((await legend(page)).length).toBe(2);
      expect(await page.locator("#headlines ul.headlines li").count()).toBeGreaterThan(0);
      expect(await page.isVisible("#stale-note")).toBe(false);
      expect(await page.getAttribute("#results", "data-first-paint-mode")).toBeNull();
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it("marks a lever link's paint stale when the trainer moves a lever before the variant's first round", async () => {
    const { page, problems } = await openPage(session, { width: 1366, height: 768 });
    // The workers' code is held back: the app loads and shows its levers, but no variant can be simulated yet.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/replicationWorker-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${session.server.origin}/#scenario=${MTS}&replications=1&training.trainingWeeks=7`);
    await page.waitForSelector('[data-lever="training.trainingWeeks"]', { timeout: 60_000 });
    expect(await page.getAttribute("#results", "data-first-paint-mode")).toBe("pending");
    expect(await page.getAttribute("#results", "data-stale")).toBeNull();
    // The group is open: it holds the link's moved lever.
    const weeks = '[data-lever="training.trainingWeeks"] input[type="number"]';
    await page.fill(weeks, "5");
    await page.press(weeks, "Enter");
    // The note listed the link's 7 weeks: the paint is now from other settings, and says so.
    expect(await page.getAttribute("#results", "data-stale")).toBe("true");
    expect(await page.innerText("#stale-note")).toContain("Updating: the results below are from the previous settings");
    release();
    await page.waitForSelector("#results:not([data-first-paint]):not([data-stale])", { timeout: 120_000 });
    expect(await page.isVisible("#stale-note")).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("paints a presenter-mode link's first look in presenter layout, in Russian", async () => {
    const { page, problems, release } = await openHeld(`scenario=${MTS}&replications=2&present=1&lang=ru`);
    expect(await page.getAttribute("#results", "data-first-paint-mode")).toBe("current");
    expect(await page.getAttribute("body", "class")).toContain("present");
    expect(await page.innerText("#present")).toBe("Выйти из режима показа");
    await twoChartsInside(page);
    expect(await page.locator("#headlines li:visible").count()).toBe(1);
    expect(await inside(page, "#headlines li:first-child")).toBe(true);
    await page.screenshot({ path: screenshotPath("classroom-first-paint-present-1366x768.png") });
    release();
    await replaced(page);
    expect(await page.isVisible("#controls")).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("paints a link with another fidelity as the shipped first look, dimmed, with the link's changes listed", async () => {
    const { page, problems } = await openHeld(`scenario=${MTS}&fidelity=contact&pay.scheme=fixed`);
    expect(await page.getAttribute("#results", "data-first-paint-mode")).toBe("stale");
    expect(await page.getAttribute("#results", "data-stale")).toBe("true");
    await twoChartsInside(page);
    expect(await page.innerText("#stale-note")).toMatch(
      /Not yet your settings[\s\S]*fidelity = contact; pay\.scheme = fixed/,
    );
    await page.screenshot({ path: screenshotPath("classroom-first-paint-stale-1366x768.png") });
    // The app is never released: a contact-fidelity run is long, and the paint is what this test is about.
    expect(problems).toEqual([]);
    await page.close();
  });
});
