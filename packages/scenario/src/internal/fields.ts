/**
 * Builders for scenario fields. Every field is built here so that each one carries the same three things:
 * a `description` (unit and source, shown in docs and editors), a short `title` saying what is expected
 * ("a positive number of seconds up to 7,200", used as the "type" column of the reference and by the error
 * formatter) and, where the model gives one, a default.
 */
import { Schema } from "effect";
import { isRealDate, isRealMonth } from "./dates.js";

/** Annotation key holding the plain-words expectation of a field, read by the error formatter. */
export const ExpectedId: unique symbol = Symbol.for("@ccsim/scenario/expected");

/** Formats a bound for people: 100000 -> "100,000". */
export const formatBound = (n: number): string =>
  Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : String(n);

const doc = (expected: string, description: string) => ({ title: expected, description, [ExpectedId]: expected });

interface NumberSpec {
  /** Plural unit for the expectation text, e.g. "seconds"; empty for dimensionless numbers. */
  readonly unit?: string;
  /** Inclusive lower bound; omit with `positive` for "greater than 0". */
  readonly min?: number;
  readonly positive?: boolean;
  /** Inclusive upper bound: every number has one, so absurd sizes are refused. */
  readonly max: number;
  /** Makes `max` exclusive, for shares the engine needs strictly below 1 (an abandonment cap of 1 is no cap). */
  readonly belowMax?: boolean;
  readonly integer?: boolean;
}

const numberExpectation = (spec: NumberSpec): string => {
  const kind = spec.integer === true ? "whole number" : "number";
  const unit = spec.unit === undefined || spec.unit === "" ? "" : ` of ${spec.unit}`;
  const upper = spec.belowMax === true ? `below ${formatBound(spec.max)}` : `up to ${formatBound(spec.max)}`;
  if (spec.positive === true) return `a positive ${kind}${unit} ${upper}`;
  if (spec.belowMax === true) return `a ${kind}${unit} from ${formatBound(spec.min ?? 0)} to ${upper}`;
  return `a ${kind}${unit} from ${formatBound(spec.min ?? 0)} to ${formatBound(spec.max)}`;
};

/**
 * A finite number with bounds. NaN and Infinity (YAML `.nan`, `.inf`) are refused by `finite`, before
 * any range check, so they never leak into the simulation.
 */
export const num = (spec: NumberSpec, description: string) => {
  const expected = numberExpectation(spec);
  const base = Schema.Number.pipe(Schema.finite());
  const lower =
    spec.positive === true ? base.pipe(Schema.greaterThan(0)) : base.pipe(Schema.greaterThanOrEqualTo(spec.min ?? 0));
  const bounded =
    spec.belowMax === true ? lower.pipe(Schema.lessThan(spec.max)) : lower.pipe(Schema.lessThanOrEqualTo(spec.max));
  return (spec.integer === true ? bounded.pipe(Schema.int()) : bounded).annotations(doc(expected, description));
};

/** A probability or share, a fraction in [0, 1]. */
export const fraction = (description: string) => num({ min: 0, max: 1 }, description);

/** A whole-number count (agents, people, contacts) from `min` to `max`. */
export const count = (unit: string, max: number, description: string, min = 0) =>
  num({ unit, min, max, integer: true }, description);

/** An amount of money in the scenario's currency. */
export const money = (description: string, max = 100_000_000) =>
  num({ unit: "currency units", min: 0, max }, description);

/** An amount of money that pay is divided by (a market wage): above 0. */
export const positiveMoney = (description: string, max = 100_000_000) =>
  num({ unit: "currency units", positive: true, max }, description);

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Plain text with a length limit. Control characters other than tab and line breaks are refused: an escape
 * sequence in a name would recolour or retitle the terminal of whoever runs the file.
 */
export const text = (description: string, maxLength = 2000, minLength = 1) =>
  Schema.String.pipe(
    Schema.minLength(minLength),
    Schema.maxLength(maxLength),
    Schema.filter(
      (s) =>
        !CONTROL.test(s) ||
        `contains a control character (code ${s.charCodeAt(s.search(CONTROL))}); only printable text, tabs and line breaks are allowed`,
    ),
  ).annotations({
    ...doc(`text of ${formatBound(minLength)} to ${formatBound(maxLength)} characters`, description),
    // Without a JSON Schema annotation of its own, Effect's generator skips this refinement and keeps the length
    // check's generated title and description, so the editor schema and docs/scenarios.md lost every text field's
    // description.
    jsonSchema: {},
  });

/** A yes/no switch. */
export const flag = (description: string) => Schema.Boolean.annotations(doc("true or false", description));

/** One of a fixed set of words (or numbers, such as an interval length of 15 or 30 minutes). */
export const oneOf = <const L extends readonly [string | number, ...Array<string | number>]>(
  literals: L,
  description: string,
) =>
  Schema.Literal(...literals).annotations(
    doc(`one of ${literals.map((l) => JSON.stringify(l)).join(", ")}`, description),
  );

/** A problem found by a cross-field check: where (relative to the checked value) and what, in plain words. */
export interface Problem {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/**
 * Adds a cross-field check to a struct. Checks report every problem with its own path, so the loader can point
 * at the offending line rather than at the whole section.
 */
export const checked = <A, I, R>(schema: Schema.Schema<A, I, R>, check: (value: A) => ReadonlyArray<Problem>) =>
  schema.pipe(
    Schema.filter((value: A) => {
      const problems = check(value);
      return problems.length === 0 ? true : problems;
    }),
  );

/** A calendar date written "YYYY-MM" (first day of the month) or "YYYY-MM-DD", checked to exist. */
export const date = (description: string) =>
  Schema.String.pipe(Schema.filter((s) => isRealDate(s))).annotations({
    ...doc("a date written YYYY-MM or YYYY-MM-DD", description),
    jsonSchema: { pattern: "^\\d{4}-\\d{2}(-\\d{2})?$" },
  });

/** A calendar month written "YYYY-MM". */
export const month = (description: string) =>
  Schema.String.pipe(Schema.filter((s) => isRealMonth(s))).annotations({
    ...doc("a month written YYYY-MM", description),
    jsonSchema: { pattern: "^\\d{4}-\\d{2}$" },
  });

/** A time of day written "HH:MM" (24-hour clock). */
export const clockTime = (description: string) =>
  Schema.String.pipe(Schema.pattern(/^([01]\d|2[0-3]):[0-5]\d$/)).annotations(
    doc("a time of day written HH:MM", description),
  );

/** A list with length limits; `limits.items` names the items in the expectation ("a list of 1 to 50 shift templates"). */
export const list = <A, I, R>(
  item: Schema.Schema<A, I, R>,
  limits: { readonly min: number; readonly max: number; readonly items: string },
  description: string,
) =>
  (limits.min > 0 ? Schema.Array(item).pipe(Schema.minItems(limits.min)) : Schema.Array(item))
    .pipe(Schema.maxItems(limits.max))
    .annotations(
      doc(
        `a list of ${limits.min === limits.max ? "" : `${formatBound(limits.min)} to `}${formatBound(limits.max)} ${limits.items}`,
        description,
      ),
    );

/** Marks a field optional (no default): it may be left out, but if present it must not be `null`. */
export const optional = <S extends Schema.Schema.All>(schema: S) => Schema.optionalWith(schema, { exact: true });

/**
 * Marks a field optional with a default. The default is also written into the annotations, so the JSON Schema
 * and the generated reference show it.
 */
export const withDefault = <A, I, R>(schema: Schema.Schema<A, I, R>, value: NoInfer<A>) =>
  Schema.optionalWith(schema.annotations({ default: value }), { default: () => value, exact: true });

/**
 * An optional section whose fields all have defaults: leaving the section out means "all defaults".
 * The default value is computed by decoding `{}` once, so it can never drift from the field defaults.
 */
export const section = <A, I>(schema: Schema.Schema<A, I, never>) => {
  const defaults = Schema.decodeUnknownSync(schema)({});
  return Schema.optionalWith(schema, { default: () => defaults, exact: true });
};
