// Saved trainer variants in headless Chromium: a trainer moves a lever, saves the set under a name, does it again,
// and sees both saved variants beside the baseline and their own variant (table and chart lines), kept in the
// link; the MTS starting headcount (initialHeadcount: auto) shows the value the run resolved it to. Screenshots go
// to test-artifacts/ (variants-*.png).
import type { Page } from "playwright-core";
import { LEVERS } from "../../apps/web/src/levers.js";
import { describe, expect, it } from "vitest";
import { screenshotPath } from "./chromium.js";
import { openPage, playgroundSession } from "./playgroundSession.js";

const MTS = "mts-virtual-contact-centre";

describe("saved trainer variants", () => {
  const session = playgroundSession();

  const open = async (hash: string, width = 1440, height = 900): Promise<{ page: Page; problems: string[] }> => {
    const { page, problems } = await openPage(session, { width, height });
    await page.goto(`${session.server.origin}/#${hash}`);
    return { page, problems };
  };
  const done = (p: Page) => p.waitForSelector('#run-status[data-state="done"]', { timeout: 120_000 });
  const weeks = '[data-lever="training.trainingWeeks"] input[type="number"]';
  const setWeeks = async (page: Page, value: string) => {
    if (!(await page.isVisible(weeks))) await page.click('details[data-group="Training and ramp-up"] > summary');
    await page.fill(weeks, value);
    await page.press(weeks, "Enter");
    await done(page);
  };
  const save = async (page: Page, name: string) => {
    await page.fill("#save-name", name);
    await page.click("#save-variant");
    await page.waitForSelector(`#controls li[data-saved="${name}"]`);
    await done(page);
  };
  const columns = (page: Page) =>
    page.$$eval("#headlines .side-by-side-box > table thead th", (th) => th.map((t) => t.textContent ?? ""));

  it("saves two variants by name and shows them beside the baseline and the trainer's own, in the link", async () => {
    const { page, problems } = await open(`scenario=${MTS}&replications=2`);
    await done(page);
    await setWeeks(page, "7");
    await save(page, "7 weeks");
    // Saving starts the trainer's own variant again from its starting point.
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).not.toContain("training.trainingWeeks=");
    await setWeeks(page, "2");
    await save(page, "2 weeks");
    await setWeeks(page, "4");
    expect(await columns(page)).toEqual(["", "baseline", "7 weeks", "2 weeks", "your variant"]);
    expect(await page.locator("#headlines .side-by-side-box > table tbody tr").count()).toBeGreaterThanOrEqual(3);
    // Every variant is a line of its own in the charts (the legend names them).
    const legend = await page.innerText('#charts figure[data-chart="voice-service-level"]');
    for (const name of ["7 weeks", "2 weeks", "your variant", "baseline"]) expect(legend).toContain(name);
    const hash = await page.evaluate(() => location.hash);
    expect(JSON.parse(new URLSearchParams(hash.slice(1)).get("saved") ?? "[]")).toEqual([
      { name: "7 weeks", from: "virtual contact centre", edits: { "training.trainingWeeks": 7 } },
      { name: "2 weeks", from: "virtual contact centre", edits: { "training.trainingWeeks": 2 } },
    ]);
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath("variants-1440x900.png") });
    const firstTable = await page.innerText("#headlines .side-by-side-box > table");

    // The same link in a new page: the same variants, the same figures (same seed, same replications).
    const again = await open(hash.slice(1), 1366, 768);
    await done(again.page);
    expect(await columns(again.page)).toEqual(["", "baseline", "7 weeks", "2 weeks", "your variant"]);
    expect(await again.page.innerText("#headlines .side-by-side-box > table")).toBe(firstTable);
    await again.page.screenshot({ path: screenshotPath("variants-1366x768.png") });

    // Removing one leaves the other.
    await again.page.click('#controls button[data-remove="7 weeks"]');
    await done(again.page);
    expect(await columns(again.page)).toEqual(["", "baseline", "2 weeks", "your variant"]);
    expect(problems).toEqual([]);
    expect(again.problems).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it("refuses a name taken already, and a link whose saved variant the schema rejects", async () => {
    const { page, problems } = await open(`scenario=${MTS}&replications=1`);
    await done(page);
    await save(page, "a");
    await page.fill("#save-name", "a");
    await page.click("#save-variant");
    expect(await page.innerText("#controls .saved-controls .problem")).toContain("saved already");
    await page.goto(
      `${session.server.origin}/#scenario=${MTS}&saved=${encodeURIComponent('[{"name":"x","edits":{"training.trainingWeeks":-3}}]')}`,
    );
    await page.waitForSelector("#link-error:not([hidden])");
    expect(await page.innerText("#link-error")).toContain("saved[0]");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows the MTS starting headcount the run resolved from auto, marked auto", async () => {
    const { page, problems } = await open(`scenario=${MTS}&replications=1`);
    await done(page);
    await page.click('details[data-group="Staffing and targets"] > summary');
    const lever = page.locator('[data-lever="operations.initialHeadcount.proficient"]');
    const resolved = Number(await lever.getAttribute("data-auto"));
    expect(resolved).toBeGreaterThan(100);
    expect(await lever.locator('input[type="number"]').inputValue()).toBe(String(resolved));
    expect(await lever.locator(".auto-badge").isVisible()).toBe(true);
    expect(await lever.locator(".auto-note").innerText()).toContain(String(resolved));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows no English lever name, note or warning on the Russian page", async () => {
    // A lean centre: its figures leave the plausible bands, so the page has warnings to show.
    const { page, problems } = await open(
      `scenario=${MTS}&replications=1&lang=ru&recruiting.headcountTargetFactor=0.3`,
      1366,
      768,
    );
    await done(page);
    for (const group of await page.$$("#controls details.group:not([open]) > summary")) await group.click();
    for (const note of await page.$$("#controls details.explain > summary")) await note.click();
    const panel = await page.innerText("#controls");
    for (const lever of LEVERS) {
      expect(panel, lever.path).not.toContain(lever.label);
      expect(panel, lever.path).not.toContain(lever.drives);
    }
    expect(panel).not.toMatch(/\b(explain|Drives|Default and its source|reset|Save as variant)\b/);
    expect(panel).toMatch(/Стартовый штат \(опытные операторы\)/);
    expect(await page.locator("#warnings li").count()).toBeGreaterThan(0);
    const warnings = await page.innerText("#warnings");
    expect(warnings).toMatch(/Предупреждения о правдоподобии/);
    expect(warnings).not.toMatch(/\b(warning|likely cause|outside the plausible)\b/);
    await page.click("#warnings summary");
    await page.screenshot({ path: screenshotPath("variants-ru-panel-1366x768.png"), fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  });
});
