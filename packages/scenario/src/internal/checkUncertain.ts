/**
 * Checks of the `uncertain` list beyond its own shape: every path must name a numeric parameter that a variant
 * could set (the same path machinery as variants' `set`), and min, max and mode must each be a value that field
 * accepts, so that every sampled world is a valid scenario. Kept apart from `sections/Uncertain.ts` because the
 * path machinery reads the whole scenario schema, which imports that section.
 */
import { Schema, SchemaAST as AST } from "effect";
import { ScenarioFields } from "../Scenario.js";
import type { RawIssue } from "./describeIssues.js";
import { datedSets } from "./datedSets.js";
import { isRecord, type Data } from "./isRecord.js";
import { checkOverrideEntry, type OverrideKind } from "./overridePaths.js";
import { uncertainName } from "../sections/Uncertain.js";
import { fieldAt } from "./schemaPaths.js";
import { crossField } from "../crossFieldText.js";

/** Top-level numbers that are settings of the run, not assumptions about the centre. */
const NOT_UNCERTAIN = new Set(["schemaVersion", "seed", "replications"]);

/** Whether the number at `ast` must be whole, looking through refinements and defaults. */
const numberKind = (ast: AST.AST, integer = false): "number" | "integer" | undefined => {
  switch (ast._tag) {
    case "NumberKeyword":
      return integer ? "integer" : "number";
    case "Refinement":
      return numberKind(ast.from, integer || ast.annotations[AST.SchemaIdAnnotationId] === Schema.IntSchemaId);
    case "Transformation":
      return numberKind(ast.to, integer);
    case "Suspend":
      return numberKind(ast.f(), integer);
    default:
      return undefined;
  }
};

/**
 * Whether the parameter at a dotted path is a number, and whether it must be whole (agents, weeks): sampled values
 * of whole-number parameters are rounded. Undefined when the path names no numeric parameter.
 */
export const numericParameterKind = (path: string): "number" | "integer" | undefined => {
  const ast = fieldAt(ScenarioFields.ast, path.split("."));
  return ast === undefined ? undefined : numberKind(ast);
};

/** Where a variant sets `path`: its own `set` ("variant"), an intervention's ("intervention"), or nowhere. */
const whereVariantSets = (variant: Data, path: string): OverrideKind | undefined => {
  const set = variant["set"];
  if (!isRecord(set)) return undefined;
  if (path in set) return "variant";
  return datedSets(set).some((x) => x !== undefined && path in x) ? "intervention" : undefined;
};

/**
 * The kind of override an entry's value is checked as: a variant's or an intervention's `set` for an entry naming a
 * variant that sets the path there; else a variant's (the baseline's value, replaced as a variant would).
 */
const entryKind = (
  entry: Data,
  data: Data,
  at: (field: string, message: string) => RawIssue,
): { kind: OverrideKind } | { issue: RawIssue } => {
  const name = entry["variant"];
  const path = entry["path"];
  if (typeof name !== "string" || typeof path !== "string") return { kind: "variant" };
  const variants = (Array.isArray(data["variants"]) ? data["variants"] : []).filter(isRecord);
  const variant = variants.find((v) => v["name"] === name);
  if (variant === undefined) {
    const names = variants.map((v) => `"${String(v["name"])}"`).join(", ");
    const message =
      variants.length === 0
        ? crossField("translatedVariantUnknown", { name })
        : crossField("translatedVariantUnknownOf", { name, names });
    return { issue: at("variant", message) };
  }
  const kind = whereVariantSets(variant, path);
  return kind === undefined ? { issue: at("variant", crossField("uncertainVariantUnset", { name, path })) } : { kind };
};

const entryIssues = (entry: Data, i: number, data: Data): ReadonlyArray<RawIssue> => {
  const path = entry["path"];
  if (typeof path !== "string") return [];
  const at = (field: string, message: string, where: "key" | "value" = "value"): RawIssue => ({
    path: ["uncertain", i, field],
    at: where,
    message,
  });
  const root = path.split(".")[0] ?? "";
  if (NOT_UNCERTAIN.has(root))
    return [at("path", `${root} is a setting of the run, not an assumption: it cannot be uncertain`)];
  const where = entryKind(entry, data, at);
  if ("issue" in where) return [where.issue];
  const kind = where.kind;
  const pathIssues = checkOverrideEntry(path, entry["min"], kind).filter((p) => p.at === "key");
  if (pathIssues.length > 0) return pathIssues.map((p) => at("path", p.message));
  if (numericParameterKind(path) === undefined)
    return [at("path", `${path} is not a numeric parameter: only numbers can be sampled from a range`)];
  // Each bound must be a value the field accepts (a share above 1, a negative count), so every sampled world is valid.
  return (["min", "max", "mode"] as const).flatMap((field) => {
    const value = entry[field];
    if (typeof value !== "number") return [];
    return checkOverrideEntry(path, value, kind).map((p) => at(field, `${p.message} (the range of ${path})`));
  });
};

/** Problems with the `uncertain` entries in the raw (migrated) file data. */
export const uncertainIssues = (data: Data): ReadonlyArray<RawIssue> => {
  const list = data["uncertain"];
  if (!Array.isArray(list)) return [];
  const seen = new Map<string, number>();
  return list.flatMap((entry: unknown, i) => {
    if (!isRecord(entry)) return [];
    const path = entry["path"];
    const variant = entry["variant"];
    // An entry is known by its path and the variant it names, if any: a path may be ranged once for the baseline
    // and once for each variant that sets it.
    const name =
      typeof path === "string"
        ? uncertainName({ path, variant: typeof variant === "string" ? variant : undefined })
        : undefined;
    const twice =
      name !== undefined && seen.has(name)
        ? [
            {
              path: ["uncertain", i, "path"],
              at: "value" as const,
              message: crossField("uncertainTwice", { path: name, entry: (seen.get(name) ?? 0) + 1 }),
            },
          ]
        : [];
    if (name !== undefined && !seen.has(name)) seen.set(name, i);
    return [...entryIssues(entry, i, data), ...twice];
  });
};
