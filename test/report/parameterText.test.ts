// The parameters in Russian: every field the schema describes in English has a Russian description (and the
// catalogue names no field the schema lacks), every literal a parameter can take has a display name in both
// languages, and a value reads in the locale's words.
import { describe, expect, it } from "vitest";
import {
  LITERAL_TEXT,
  PARAMETER_TEXT_RU,
  locale,
  parameterDescription,
  schemaDescriptions,
  valueText,
} from "@ccsim/report";
import { scenarioJsonSchema } from "@ccsim/scenario";

/** Sections of the file that hold the study's records rather than parameters: their words are not values shown. */
const RECORDS = new Set(["reported", "uncertain", "study", "calibration", "translations", "variants"]);

/** Every string an `enum` or `const` of a parameter section accepts. */
function parameterLiterals(): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const n = node as { enum?: unknown[]; const?: unknown };
    for (const v of n.enum ?? []) if (typeof v === "string") found.add(v);
    if (typeof n.const === "string") found.add(n.const);
    for (const child of Object.values(node)) walk(child);
  };
  const properties = (scenarioJsonSchema() as { properties: Record<string, unknown> }).properties;
  for (const [key, child] of Object.entries(properties)) if (!RECORDS.has(key)) walk(child);
  return found;
}

describe("parameter descriptions and values in Russian", () => {
  const english = schemaDescriptions();

  it("describe every field the schema describes, and no field it lacks", () => {
    expect(english.size).toBeGreaterThan(300);
    expect([...english.keys()].filter((p) => PARAMETER_TEXT_RU[p] === undefined)).toEqual([]);
    expect(Object.keys(PARAMETER_TEXT_RU).filter((p) => !english.has(p))).toEqual([]);
  });

  it("are Russian sentences, not copies of the English", () => {
    const notRussian = Object.entries(PARAMETER_TEXT_RU).filter(
      ([path, text]) => !/[а-яё]{3}/i.test(text) || text === english.get(path),
    );
    expect(notRussian.map(([p]) => p)).toEqual([]);
  });

  it("keep the schema's numbers (defaults, bands and sources' figures)", () => {
    // Every number the English gives reappears (thousands separators dropped, decimal commas read as points); a
    // month YYYY-MM may be written in words, so only its year is required.
    const numbers = (text: string): string[] =>
      (text.replace(/(\d{4})-\d{2}\b/g, "$1").match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ""));
    const lost = [...english].flatMap(([path, text]) => {
      const ru = (PARAMETER_TEXT_RU[path] ?? "")
        .replace(/(\d)[\u00a0 ](?=\d{3})/g, "$1")
        .replace(/(\d),(?=\d)/g, "$1.");
      const missing = numbers(text).filter((n) => !ru.includes(n));
      return missing.length === 0 ? [] : [`${path}: ${missing.join(" ")}`];
    });
    expect(lost).toEqual([]);
  });

  it("pick the locale's text, and the schema's English where the language is English", () => {
    const path = "recruiting.referral.bonusPerHire";
    expect(parameterDescription(path, english.get(path) ?? "", "en")).toBe(english.get(path));
    expect(parameterDescription(path, english.get(path) ?? "", "ru")).toMatch(/^Бонус рекомендовавшему/);
    expect(parameterDescription("operations.shifts.0.name", "", "ru")).toBe(
      PARAMETER_TEXT_RU["operations.shifts[].name"],
    );
  });

  it("name every literal a parameter accepts, in both languages, and nothing else", () => {
    const literals = parameterLiterals();
    expect([...literals].filter((l) => LITERAL_TEXT[l] === undefined)).toEqual([]);
    expect(Object.keys(LITERAL_TEXT).filter((l) => !literals.has(l))).toEqual([]);
    for (const [literal, [en, ru]] of Object.entries(LITERAL_TEXT)) {
      expect(en.trim(), literal).not.toBe("");
      expect(ru.trim(), literal).not.toBe("");
    }
  });

  it("spell values in the locale's words: literals, yes/no, numbers and lists", () => {
    const ru = locale("ru");
    const en = locale("en");
    expect(valueText("piece-rate-tnps", ru)).toBe("сдельная с привязкой к tNPS");
    expect(valueText("piece-rate-tnps", en)).toBe("piece rate with tNPS tiers");
    expect(valueText(true, ru)).toBe("да");
    expect(valueText(false, en)).toBe("no");
    expect(valueText(["mon", "sun"], ru)).toBe("[пн; вс]");
    expect(valueText([0.16, 0.155], ru)).toBe("[0,16; 0,155]");
    expect(valueText([0.16, 0.155], en)).toBe("[0.16, 0.155]");
    expect(valueText([{ minTnps: -100, rateMultiplier: 0.8 }], ru)).toBe("[minTnps: −100, rateMultiplier: 0,8]");
    expect(valueText("2023-07", ru)).toBe("июль 2023");
    expect(valueText("2023-07-15", en)).toBe("15 Jul 2023");
    expect(valueText("08:00", ru)).toBe("08:00");
    expect(valueText("x".repeat(200), en)).toHaveLength(120);
  });
});
