/**
 * Turns Effect's parse-issue tree into flat, plain-words problems: a path and a message saying what was expected
 * and what was found. Effect's own formatters print schema descriptions and internal names; users need
 * "expected a positive number of seconds up to 7,200, found "abc"".
 */
import type { ParseResult, SchemaAST as AST } from "effect";
import { ExpectedId } from "./fields.js";
import { expectedOf, keysOf } from "./schemaPaths.js";
import { nearest } from "./suggest.js";

/** One problem before it is placed in the file. `at: "key"` points at the key itself (unknown keys). */
export interface RawIssue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly at: "key" | "value";
  /** Path to show when it differs from the located one (problems found after applying a variant). */
  readonly shownPath?: string;
}

/** Describes a found value briefly, in YAML terms. */
export const showValue = (value: unknown): string => {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan (not a number)";
    if (!Number.isFinite(value)) return `${value > 0 ? "" : "-"}.inf (infinity)`;
    return String(value);
  }
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return "a mapping";
  return "an unsupported value";
};

interface Context {
  readonly path: ReadonlyArray<PropertyKey>;
  /** The plain-words expectation of the field being decoded, from its outermost annotated schema. */
  readonly expected: string | undefined;
  /** Keys accepted by the enclosing mapping, for "did you mean". */
  readonly siblings: ReadonlyArray<string>;
  /** Where a key that belongs elsewhere should go: every known leaf name -> its dotted paths. */
  readonly elsewhere: (key: string, where: ReadonlyArray<PropertyKey>) => string | undefined;
}

const annotatedExpected = (ast: AST.AST): string | undefined => {
  const value = ast.annotations[ExpectedId];
  return typeof value === "string" ? value : undefined;
};

const unknownKeyMessage = (key: string, ctx: Context): string => {
  const near = nearest(key, ctx.siblings);
  if (near !== undefined) return `unknown key "${key}": did you mean "${near}"?`;
  const home = ctx.elsewhere(key, ctx.path.slice(0, -1));
  if (home !== undefined) return `unknown key "${key}" here: it belongs at ${home}`;
  const valid =
    ctx.siblings.length > 0 && ctx.siblings.length <= 12 ? `; valid keys here: ${ctx.siblings.join(", ")}` : "";
  return `unknown key "${key}"${valid}`;
};

/**
 * A percentage where a share up to 1 is expected (80, or "80%", for 0.8) is the commonest slip in these files, so
 * the message says what to write. Taken as a percentage: a whole number from 2 to 100 (1.5 may be anything), or a
 * number from 0 to 100 written with a % sign.
 */
const percentHint = (expected: string, actual: unknown): string => {
  const bound = /(?:to|up to|below) (?:below )?([\d.]+)$/.exec(expected);
  if (bound === null || Number(bound[1]) > 1) return "";
  const written = typeof actual === "string" ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(actual)?.[1] : undefined;
  const percent =
    typeof actual === "number" && Number.isInteger(actual) && actual > 1
      ? actual
      : written === undefined
        ? undefined
        : Number(written);
  return percent === undefined || percent > 100
    ? ""
    : ` (a percentage? ${percent}% is ${Number((percent / 100).toPrecision(12))})`;
};

const expectedFound = (expected: string, actual: unknown): string =>
  `expected ${expected}, found ${showValue(actual)}${percentHint(expected, actual)}`;

/** Most problems described; past this, a file is too broken for more messages to help. */
export const MAX_DESCRIBED = 1000;

const walk = (issue: ParseResult.ParseIssue, ctx: Context, out: Array<RawIssue>): void => {
  if (out.length >= MAX_DESCRIBED) return;
  switch (issue._tag) {
    case "Pointer": {
      const step = Array.isArray(issue.path) ? issue.path : [issue.path];
      walk(issue.issue, { ...ctx, path: [...ctx.path, ...step], expected: undefined }, out);
      return;
    }
    case "Unexpected":
      out.push({ path: ctx.path, at: "key", message: unknownKeyMessage(String(ctx.path[ctx.path.length - 1]), ctx) });
      return;
    case "Missing": {
      const key = String(ctx.path[ctx.path.length - 1]);
      out.push({ path: ctx.path, at: "value", message: `missing: add ${key} (${expectedOf(issue.ast.type)})` });
      return;
    }
    case "Refinement":
    case "Transformation": {
      const expected = ctx.expected ?? annotatedExpected(issue.ast);
      walk(issue.issue, { ...ctx, expected }, out);
      return;
    }
    case "Composite":
      walkComposite(issue, ctx, out);
      return;
    case "Type":
    case "Forbidden":
      // A message on a Type issue comes from our own cross-field checks and is already in plain words.
      out.push({
        path: ctx.path,
        at: "value",
        message: issue.message ?? expectedFound(ctx.expected ?? expectedOf(issue.ast), issue.actual),
      });
      return;
  }
};

const isMapping = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value);

const walkComposite = (issue: ParseResult.Composite, ctx: Context, out: Array<RawIssue>): void => {
  if (issue.ast._tag === "Union" && isMapping(issue.actual) && keysOf(issue.ast).length > 0) {
    // A word or a mapping, given a mapping: the mapping's own problems, located at their keys.
    const issues = Array.isArray(issue.issues) ? issue.issues : [issue.issues];
    const own = (issues as ReadonlyArray<ParseResult.ParseIssue>).filter(
      (i) => !(i._tag === "Type" && i.ast._tag === "Literal"),
    );
    if (own.length > 0) {
      for (const child of own) walk(child, ctx, out);
      return;
    }
  }
  if (issue.ast._tag === "Union") {
    // A union here is a set of allowed words: one line saying which, not one line per word.
    out.push({
      path: ctx.path,
      at: "value",
      message: expectedFound(ctx.expected ?? expectedOf(issue.ast), issue.actual),
    });
    return;
  }
  const keys = keysOf(issue.ast);
  const inner: Context = keys.length > 0 ? { ...ctx, siblings: keys } : ctx;
  const issues = Array.isArray(issue.issues) ? issue.issues : [issue.issues];
  for (const child of issues as ReadonlyArray<ParseResult.ParseIssue>) walk(child, inner, out);
};

/**
 * Flattens a parse issue into plain-words problems. `elsewhere` names the full path of a key that is valid
 * somewhere else in the schema (so `shrinkage:` at the top level is told it belongs at operations.shrinkage).
 */
export const describeIssue = (
  issue: ParseResult.ParseIssue,
  elsewhere: (key: string, where: ReadonlyArray<PropertyKey>) => string | undefined,
): ReadonlyArray<RawIssue> => {
  const out: Array<RawIssue> = [];
  walk(issue, { path: [], expected: undefined, siblings: [], elsewhere }, out);
  return out;
};
