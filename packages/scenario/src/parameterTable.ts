/**
 * The assumptions behind a run, read off the schema: every parameter a scenario sets to something other than its
 * default, and every default it relies on that the schema marks as an assumption (with the source text the
 * schema gives). Reports print this so a reader sees what the numbers rest on.
 */
import type { JSONSchema } from "effect";
import { scenarioJsonSchema } from "./jsonSchema.js";
import type { Scenario } from "./Scenario.js";

type Node = JSONSchema.JsonSchema7 & {
  readonly description?: string;
  readonly default?: unknown;
  readonly properties?: Record<string, Node>;
};

export interface ParameterRow {
  /** Dotted path in the scenario file, e.g. `training.classroomWeeks`. */
  readonly path: string;
  readonly value: unknown;
  /** The schema default; undefined when the field has none. */
  readonly defaultValue: unknown;
  /** "set": the scenario gives a value other than the default; "assumed-default": the default is used and is an assumption. */
  readonly status: "set" | "assumed-default";
  /** The schema's description: unit, meaning and source or "assumption". */
  readonly description: string;
}

/** Identity and list fields are shown elsewhere in a report (title, variants, case card, sensitivity section). */
const SKIPPED = new Set([
  "schemaVersion",
  "name",
  "description",
  "variants",
  "reported",
  "uncertain",
  "study",
  "calibration",
  "translations",
]);

/** The parameter table of a decoded scenario, in schema order. */
export function parameterRows(scenario: Scenario): ParameterRow[] {
  return rowsOf(scenarioJsonSchema(), scenario, "");
}

function rowsOf(node: Node, value: unknown, prefix: string): ParameterRow[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (prefix === "" && SKIPPED.has(key)) return [];
    const childValue = isRecord(value) ? value[key] : undefined;
    const mapping = (child as { readonly anyOf?: readonly Node[] }).anyOf?.find((o) => o.properties !== undefined);
    if (mapping !== undefined && isRecord(childValue)) return rowsOf(mapping, childValue, path);
    if (child.properties !== undefined) return rowsOf(child, childValue, path);
    const row = (status: ParameterRow["status"]): ParameterRow[] => [
      { path, value: childValue, defaultValue: child.default, status, description: child.description ?? "" },
    ];
    if (childValue === undefined) return [];
    if (child.default === undefined || !sameJson(childValue, child.default))
      return isEmptyList(childValue) ? [] : row("set");
    return /assumption/i.test(child.description ?? "") ? row("assumed-default") : [];
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
