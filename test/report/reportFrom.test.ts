// `ccsim report --from result.json`: a saved result becomes a report in any format and language without the
// scenario file and without simulating; the Russian report has the what-changed table and the intervention marks.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ResultDocument } from "@ccsim/scenario";
import { valid } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { ccsim, chartCsvRows, mtsCase, parseReport } from "./reportFiles.js";

/** Russian groups digits with no-break spaces (Intl); the tests read them as spaces. */
const plain = (text: string): string => text.replace(/\u00a0|\u202f/g, " ");

describe("ccsim report --from a saved MTS result", () => {
  const dir = mkdtempSync(join(tmpdir(), "ccsim-from-"));
  const run = ccsim(
    "run",
    mtsCase,
    "--replications",
    "2",
    "--fidelity",
    "interval",
    "--out",
    join(dir, "run"),
    "--quiet",
  );
  // Alone in its own folder, far from the scenario file: the result must be all the report needs.
  const alone = mkdtempSync(join(tmpdir(), "ccsim-alone-"));
  if (run.status === 0) copyFileSync(join(dir, "run", "result.json"), join(alone, "result.json"));
  const saved = join(alone, "result.json");
  const report = (lang: string, format: string, out: string) =>
    ccsim("report", "--from", saved, "--lang", lang, "--format", format, "--out", join(alone, out));
  const ru = report("ru", "html", "ru.html");
  const en = report("en", "html", "en.html");
  const md = report("ru", "md", "ru.md");

  it("writes HTML and Markdown in both languages from the one result, with its numbers", () => {
    expect(run.status, run.stderr).toBe(0);
    for (const r of [ru, en, md]) expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(saved, "utf8")) as ResultDocument;
    expect(doc.scenarioText).toBe(readFileSync(mtsCase, "utf8"));
    const html = readFileSync(join(alone, "ru.html"), "utf8");
    expect(valid(html)).toBe(true);
    const embedded = JSON.parse(parseReport(html).querySelector("#ccsim-result")!.text) as ResultDocument;
    expect(embedded.variants).toEqual(doc.variants);
    expect(readdirSync(alone).sort()).toEqual(["en.html", "result.json", "ru-charts", "ru.html", "ru.md"]);
  });

  it("reads in Russian: headings, headline sentences, dates and currency of the locale", () => {
    const page = parseReport(readFileSync(join(alone, "ru.html"), "utf8"));
    expect(page.querySelector("html")!.getAttribute("lang")).toBe("ru");
    const headings = page.querySelectorAll("h2").map((h) => h.text);
    expect(headings).toEqual(
      expect.arrayContaining(["Итоги", "Что меняет каждый вариант", "Показатели по месяцам", "Допущения"]),
    );
    const sentences = page.querySelectorAll("li.significant, li.uncertain").map((li) => plain(li.text));
    expect(sentences.some((s) => /^SL \(голос\): [\d,]+ % в базовом варианте/.test(s))).toBe(true);
    expect(sentences.some((s) => /^Стоимость контакта: [\d\s]+,\d ₽/.test(s))).toBe(true);
    const english = parseReport(readFileSync(join(alone, "en.html"), "utf8"));
    expect(english.querySelectorAll("h2").map((h) => h.text)).toContain("What each variant changes");
    expect(
      english.querySelectorAll("li").some((li) => /cost\/contact: RUB [\d,]+\.\d in the baseline/.test(plain(li.text))),
    ).toBe(true);
  });

  it("lists what the variant changes, with baseline value, variant value, date and the file's source note", () => {
    const page = parseReport(readFileSync(join(alone, "ru.html"), "utf8"));
    const rows = page
      .querySelectorAll("table.changes tr")
      .map((tr) => tr.querySelectorAll("td").map((td) => plain(td.text)));
    expect(rows).toContainEqual([
      "recruiting.referral.bonusPerHire",
      "10 000",
      "15 000",
      "июль 2023",
      "допущение",
      "Бонус рекомендовавшему оператору за каждого нанятого по рекомендации, в валюте сценария.",
    ]);
    expect(rows).toContainEqual(expect.arrayContaining(["training.trainingWeeks", "3", "4", "июль 2023"]));
    // Values by their display names, not the file's literals.
    expect(rows).toContainEqual(expect.arrayContaining(["pay.scheme", "оклад", "сдельная с привязкой к tNPS"]));
    // The assumptions table shows the value the variant used, not the baseline's.
    const assumptions = page
      .querySelectorAll("table.assumptions tr")
      .map((tr) => tr.querySelectorAll("td").map((td) => plain(td.text)));
    const bonus = assumptions.find((r) => r[0] === "recruiting.referral.bonusPerHire");
    expect(bonus?.slice(1, 3)).toEqual(["10 000", "15 000 (с июля 2023)"]);
    // Every parameter's meaning in Russian.
    const english = assumptions.filter((r) => r.length > 0 && !/[а-яё]{3}/i.test(r.at(-1) ?? ""));
    expect(english.map((r) => r[0])).toEqual([]);
  });

  it("marks July 2023 on every monthly chart and keeps every band inside the figure's range", () => {
    const page = parseReport(readFileSync(join(alone, "ru.html"), "utf8"));
    const figures = page
      .querySelectorAll("figure[data-chart]")
      .filter((f) => f.getAttribute("data-chart") !== "hire-survival");
    expect(figures.length).toBeGreaterThanOrEqual(15);
    for (const f of figures) expect(f.querySelector("svg")!.text, f.getAttribute("data-chart")).toContain("июль 2023");
    const dropout = chartCsvRows(page.querySelector("figure[data-chart=training-dropout]")!);
    expect(dropout.length).toBeGreaterThan(0);
    for (const r of dropout) {
      expect(Number(r["ci95_low"])).toBeGreaterThanOrEqual(0);
      expect(Number(r["ci95_high"])).toBeLessThanOrEqual(100);
    }
    const markdown = plain(readFileSync(join(alone, "ru.md"), "utf8"));
    expect(markdown).toContain("## Что меняет каждый вариант");
    expect(markdown).toMatch(
      /\| recruiting\.referral\.bonusPerHire \| 10 000 \| 15 000 \| июль 2023 \| допущение \| Бонус /,
    );
    // The survival curve's table gives its value at 365 days, and says so (it read "survival" alone).
    expect(markdown).toContain("| вариант | работают через 365 дн. после найма: среднее (95% ДИ) |");
  });

  it("refuses a missing file, a file that is not a result, and an unknown language: one line, exit code 2", () => {
    const cases = [
      ccsim("report", "--from", join(alone, "nothing.json"), "--out", join(alone, "x.html")),
      ccsim("report", "--from", mtsCase, "--out", join(alone, "x.html")),
      ccsim("report", "--from", saved, "--lang", "de", "--out", join(alone, "x.html")),
      ccsim("report", "--out", join(alone, "x.html")),
    ];
    for (const r of cases) {
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(existsSync(join(alone, "x.html"))).toBe(false);
  });
});
