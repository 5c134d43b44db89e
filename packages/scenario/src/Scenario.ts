/**
 * The scenario file schema: the single source of truth for scenario types, decoding, defaults, the JSON Schema
 * and the generated reference (design rule 7). Sections live in `sections/`; this file assembles them and adds
 * the checks that span sections.
 */
import { Schema } from "effect";
import { checked } from "./internal/fields.js";
import { scenarioProblems } from "./internal/scenarioProblems.js";
import { ScenarioFields } from "./ScenarioFields.js";

export { CURRENT_SCHEMA_VERSION, DEFAULT_SEED, ScenarioFields } from "./ScenarioFields.js";

/**
 * The scenario file schema. Decoding applies every default, so a decoded `Scenario` is complete; encoding writes
 * every field back out.
 */
export const Scenario = checked(ScenarioFields, scenarioProblems);

/**
 * Options of every decode (design rule 7): report all problems at once, and refuse unknown keys, which Effect
 * would otherwise drop silently (a typo such as `agnets:` would vanish).
 */
export const STRICT = { errors: "all", onExcessProperty: "error" } as const;

/** Decodes raw data (file contents after YAML parsing and migration). Internal: the public entry is the loader. */
export const decodeScenario = Schema.decodeUnknownEither(Scenario, STRICT);

/** A decoded scenario, with every default applied. */
export type Scenario = typeof Scenario.Type;

/** A scenario as written in a file (after YAML parsing): optional fields may be missing. */
export type ScenarioInput = typeof Scenario.Encoded;
