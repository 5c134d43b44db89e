import { describe, expect, it } from "vitest";
import { scenarioJsonSchema, scenarioJsonSchemaText, scenarioReferenceMarkdown } from "../src/index.js";
import { readRepoFile } from "./helpers.js";

describe("generated files", () => {
  // If these fail, run: npx tsc -b packages/scenario && node packages/scenario/scripts/write-json-schema.mjs
  it("scenarios/scenario.schema.json is fresh", () => {
    expect(readRepoFile("scenarios/scenario.schema.json")).toBe(scenarioJsonSchemaText());
  });

  it("docs/scenarios.md is fresh", () => {
    expect(readRepoFile("docs/scenarios.md")).toBe(scenarioReferenceMarkdown());
  });
});

describe("scenarioJsonSchema", () => {
  const schema = scenarioJsonSchema() as {
    properties: Record<string, { properties?: Record<string, Record<string, unknown>> }>;
    required: Array<string>;
  };

  it("requires only what has no default", () => {
    expect(schema.required).toEqual(["schemaVersion", "name", "calendar", "demand", "operations"]);
  });

  it("carries descriptions, defaults and ranges", () => {
    expect(schema.properties["calendar"]?.properties?.["horizonMonths"]).toMatchObject({
      type: "integer",
      minimum: 1,
      maximum: 36,
      default: 12,
      title: "a whole number of months from 1 to 36",
    });
  });

  it("gives every field a description", () => {
    const missing: Array<string> = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== "object" || node === null) return;
      const n = node as { properties?: Record<string, unknown>; items?: unknown; description?: string };
      for (const [key, child] of Object.entries(n.properties ?? {})) {
        const description = (child as { description?: string }).description;
        // Effect's own wording ("a string at most 200 character(s) long") means the field's description was lost.
        const generated = description !== undefined && /^an? (string|number|integer) /.test(description);
        if (description === undefined || description.length < 10 || generated) missing.push(`${path}${key}`);
        visit(child, `${path}${key}.`);
      }
      visit(n.items, `${path}[].`);
    };
    visit(schema, "");
    expect(missing).toEqual([]);
  });
});
