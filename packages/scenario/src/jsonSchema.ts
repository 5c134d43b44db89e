/**
 * JSON Schema of scenario files, generated from the Effect schema, for editors (YAML language servers read it
 * through a `# yaml-language-server: $schema=...` comment or editor settings).
 */
import { JSONSchema } from "effect";
import { Scenario } from "./Scenario.js";

/** The JSON Schema (draft-07) of scenario files, with descriptions, defaults and ranges. */
export const scenarioJsonSchema = (): JSONSchema.JsonSchema7Root => ({
  ...JSONSchema.make(Scenario),
  title: "ccsim scenario",
  description:
    "A contact-centre workforce and motivation scenario for ccsim. Generated from @ccsim/scenario; do not edit.",
});

/** The JSON Schema as the text committed in `scenarios/scenario.schema.json`. */
export const scenarioJsonSchemaText = (): string => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
