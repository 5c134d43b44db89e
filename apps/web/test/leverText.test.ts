// The levers' Russian catalogue: every lever has a Russian name, mechanism and schema description, every option of
// an enumerated lever a Russian label, and no Russian lever name is left as its English one.
import { describe, expect, it } from "vitest";
import { leverText, leverTextRu, leverUnit, leverUnitRu, optionTextRu } from "../src/leverText.js";
import { fieldSchema, LEVERS } from "../src/levers.js";

describe("the levers in Russian", () => {
  it("has every lever, and no lever that is gone", () => {
    expect(Object.keys(leverTextRu).sort()).toEqual(LEVERS.map((l) => l.path).sort());
  });

  it("gives every lever a name, mechanism, value kind and description in Cyrillic, none left in English", () => {
    for (const lever of LEVERS) {
      const ru = leverText(lever, fieldSchema(lever.path)!, "ru");
      for (const [field, text] of Object.entries(ru)) expect(text, `${lever.path}.${field}`).toMatch(/[а-яё]/i);
      expect(ru.label).not.toBe(lever.label);
      expect(ru.drives).not.toBe(lever.drives);
    }
  });

  it("gives every unit beside a box in Russian, with the scenario's currency", () => {
    expect(Object.keys(leverUnitRu).sort()).toEqual(
      LEVERS.filter((l) => l.unit !== undefined)
        .map((l) => l.path)
        .sort(),
    );
    const salary = LEVERS.find((l) => l.path === "pay.salaryPerMonth")!;
    expect(leverUnit(salary, "en", "EUR")).toBe("EUR/month");
    expect(leverUnit(salary, "ru", "RUB")).toBe("RUB/мес.");
    expect(
      leverUnit(
        LEVERS.find((l) => l.path === "training.trainingWeeks")!,
        "ru",
        "RUB",
      ),
    ).toBe("нед.");
    expect(
      leverUnit(
        LEVERS.find((l) => l.path === "pay.scheme")!,
        "en",
        "RUB",
      ),
    ).toBe("");
  });

  it("labels every option of the enumerated levers", () => {
    const options = LEVERS.flatMap((l) => fieldSchema(l.path)?.enum ?? []);
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(optionTextRu[option], option).toMatch(/[а-яё]/i);
  });

  it("gives the English page the schema's own description", () => {
    const lever = LEVERS.find((l) => l.path === "training.trainingWeeks")!;
    const schema = fieldSchema(lever.path)!;
    expect(leverText(lever, schema, "en")).toEqual({
      label: lever.label,
      drives: lever.drives,
      title: schema.title,
      description: schema.description,
    });
  });
});
