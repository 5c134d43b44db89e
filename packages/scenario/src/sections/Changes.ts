/**
 * Dated interventions and named variants. Both carry a `set` mapping of dotted parameter paths to new values,
 * written in the same units as the file ("pay.scheme": piece-rate-tnps). The entries are checked against the
 * schema by `checkOverrideSet` (the path must exist and the value must decode), so the mapping itself only
 * limits its size here.
 */
import { Schema } from "effect";
import { ExpectedId, date, optional, text } from "../internal/fields.js";

/** Most entries one `set` may hold. */
export const MAX_SET_ENTRIES = 200;

const overrideExpected = "a mapping of dotted.parameter.path: value";

/** A `set` mapping: dotted paths (e.g. `demand.voice.handleTimeSec`) to values in file units. */
export const OverrideSet = Schema.Record({ key: Schema.String, value: Schema.Unknown })
  // Documentation sits on the record itself: JSON Schema generation drops annotations of custom filters.
  .annotations({
    title: overrideExpected,
    description:
      "Parameter changes: each key is a dotted path into this schema (such as pay.scheme or " +
      "demand.voice.handleTimeSec), each value is what that field accepts, in the same units.",
  })
  .pipe(
    Schema.filter((set) => {
      const n = Object.keys(set).length;
      if (n === 0) return "set is empty: give at least one dotted.parameter.path: value";
      return n <= MAX_SET_ENTRIES || `set has ${n} entries; at most ${MAX_SET_ENTRIES} are allowed`;
    }),
  )
  .annotations({ [ExpectedId]: overrideExpected });

/** One dated change to the baseline, e.g. switching to remote hiring in month 7. */
export const Intervention = Schema.Struct({
  from: date(
    "Date from which the change applies, YYYY-MM or YYYY-MM-DD; inside the simulated period (on or after " +
      "calendar.startDate, up to the last day of its horizonMonths).",
  ),
  description: optional(text("What the change is, in words.", 2000)),
  set: OverrideSet,
});

/** One alternative to compare with the baseline, run with the same random numbers. */
export const Variant = Schema.Struct({
  name: text("Short name of the variant, unique within the file.", 80),
  description: optional(text("What the variant changes and why, in words.", 2000)),
  set: OverrideSet,
});
