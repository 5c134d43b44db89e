// The checks across fields: every message has an English and a Russian template with the same values, a message
// the loader reports is recognised as its key and values again, and the loader's English is the catalogue's.
import { describe, expect, it } from "vitest";
import { CROSS_FIELD, crossField, crossFieldOf, crossFieldRu, type CrossFieldKey } from "../src/index.js";
import { MINIMAL, loadFails } from "./helpers.js";

const names = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
const keys = Object.keys(CROSS_FIELD) as CrossFieldKey[];

describe("cross-field messages", () => {
  it("have English and Russian templates with the same values, the Russian in Russian", () => {
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      const { en, ru } = CROSS_FIELD[key];
      expect(names(ru), key).toEqual(names(en));
      expect(ru, key).toMatch(/[а-яё]{3}/i);
    }
  });

  it("read back as their own key and values, whichever values they carry", () => {
    for (const key of keys) {
      const values = Object.fromEntries(names(CROSS_FIELD[key].en).map((n, i) => [n, `${n}${i} "q", r`]));
      expect(crossFieldOf(crossField(key, values)), key).toEqual({ key, values });
    }
    expect(crossFieldOf("a message of no check")).toBeUndefined();
  });

  it("give the loader's own English, and its Russian with decimal commas", () => {
    const text = MINIMAL.replace("  startDate: 2024-01", "  startDate: 2024-01\n  openHour: 20\n  closeHour: 9");
    const message = loadFails(text).issues.find((i) => i.path === "calendar.closeHour")?.message;
    expect(message).toBe("closeHour (9) must be later than openHour (20)");
    expect(crossFieldRu(message ?? "")).toBe("closeHour (9) должен быть позже openHour (20)");
    const skills = loadFails(`${MINIMAL}  skills:\n    voiceOnly: 0.5\n    multiSkill: 0.7\n`).issues.find((i) =>
      i.path.startsWith("operations.skills"),
    )?.message;
    expect(skills).toBe("voiceOnly + chatOnly + multiSkill must add up to 1; they add up to 1.2");
    expect(crossFieldRu(skills ?? "")).toBe("voiceOnly + chatOnly + multiSkill в сумме должны давать 1; сейчас 1,2");
    // 0.7 + 0.35 (the default) is 1.0499999999999998 in binary floating point: the message shows 1.05.
    const cuts = loadFails(`${MINIMAL}motivation:\n  enpsDetractorsAtNeutral: 0.7\n`);
    expect(cuts.issues.find((i) => i.path === "motivation.enpsPromotersAtNeutral")?.message).toBe(
      "enpsDetractorsAtNeutral + enpsPromotersAtNeutral must be below 1 (passives take the rest); they add up to 1.05",
    );
  });

  it("name the opening hours where a profile has the wrong length", () => {
    const text = MINIMAL.replace("    handleTimeSec: 300", "    handleTimeSec: 300\n    intradayShares: [1, 2, 3]");
    const message = loadFails(text).issues[0]?.message ?? "";
    expect(message).toBe("expected 28 weights (one per 30-minute interval from 8:00 to 22:00), found 3");
    expect(crossFieldRu(message)).toBe("нужно весов: 28 (по одному на 30-минутный интервал с 8:00 до 22:00), задано 3");
  });
});
