// The Russian playground with no English left: the MTS case opened in Russian with a link that sets a lever's
// word (pay scheme), a flag and a parameter that has no lever, every explain note opened. The words a reader sees
// may hold Latin script only where the industry or the file writes it so: parameter paths, file keys and the file's
// words (shown beside their Russian), the glossary's abbreviations (SL, ASA, eNPS, tNPS, hh.index, FTE, KPI), and
// proper names (sources, products, and "English" on the language switch). Screenshot:
// test-artifacts/playground-ru-words.png.
import { LITERAL_TEXT } from "@ccsim/report";
import { describe, expect, it } from "vitest";
import { screenshotPath } from "./chromium.js";
import { openPage, playgroundSession } from "./playgroundSession.js";

/** Lower-case Latin words a Russian page may show besides identifiers (camelCase, dotted, hyphenated). */
const ALLOWED = new Set([
  ...Object.keys(LITERAL_TEXT),
  "SL",
  "ASA",
  "AHT",
  "eNPS",
  "tNPS",
  "NPS",
  "KPI",
  "FTE",
  "CSV",
  "YAML",
  "PNG",
  "SVG",
  "ccsim",
  "Erlang",
  "auto",
  "true",
  "false",
  "hh",
  "index",
  "ru",
  "MTS",
  "Client",
  "Service",
  "Forum",
  "B2C",
  "RUB",
]);

/** Lower-case words in Latin script that are neither identifiers nor allowed: English left on the page. */
function englishWords(text: string): string[] {
  const words = text.match(/[A-Za-z][A-Za-z0-9_.\-/]*/g) ?? [];
  return [
    ...new Set(
      words.filter(
        (w) =>
          !ALLOWED.has(w) &&
          !/[._/]|[a-z][A-Z]|^[A-Z]|-/.test(w) && // paths, camelCase, names and acronyms, hyphenated literals
          w.length > 2,
      ),
    ),
  ];
}

describe("the playground in Russian", () => {
  const session = playgroundSession();

  it("shows values, options, meanings and notes in Russian", async () => {
    const { page, problems } = await openPage(session, { width: 1440, height: 900 });
    await page.goto(
      `${session.server.origin}/#scenario=mts-virtual-contact-centre&from=baseline&replications=2&lang=ru` +
        "&pay.scheme=piece-rate-tnps&training.online=true&customerExperience.baseScore=8",
    );
    await page.waitForSelector('#run-status[data-state="done"]', { timeout: 120_000 });
    // The changed parameters by display name, each with its meaning in Russian as the tooltip.
    const scheme = page.locator('#changes li[data-path="pay.scheme"]');
    expect(await scheme.innerText()).toMatch(/оклад → сдельная с привязкой к tNPS/);
    expect(await scheme.getAttribute("title")).toMatch(/^fixed — месячный оклад/);
    expect(await page.locator('#changes li[data-path="training.online"]').innerText()).toMatch(/нет → да/);
    // Every group open and every explain note unfolded, so their words are on the page too.
    for (const d of await page.locator("details").all())
      await d.evaluate((n) => ((n as HTMLDetailsElement).open = true));
    const text = await page.innerText("body");
    const titles = await page.$$eval("[title]", (nodes) => nodes.map((n) => n.getAttribute("title") ?? "").join("\n"));
    expect(englishWords(`${text}\n${titles}`)).toEqual([]);
    expect(await page.locator('[data-lever="pay.scheme"] select option').allInnerTexts()).toEqual(
      expect.arrayContaining(["оклад", "сдельная", "сдельная с привязкой к tNPS"]),
    );
    await page.screenshot({ path: screenshotPath("playground-ru-words.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
