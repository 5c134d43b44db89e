/**
 * JSON that keeps every double exactly. Replication results hold NaN (a KPI missing by definition, e.g. time to
 * fill in a month without hires), and plain JSON would turn it into null; results that come back through Redis
 * must be the same numbers a local run computes, or the result document would differ.
 */

const TAG = "$num";

/** Writes numbers JSON cannot hold (NaN, +-Infinity, -0) as `{"$num": "NaN"}` and the like. */
export function stringifyExact(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== "number") return v;
    if (Number.isFinite(v)) return Object.is(v, -0) ? { [TAG]: "-0" } : v;
    return { [TAG]: String(v) };
  });
}

/** Reads what `stringifyExact` wrote. */
export function parseExact(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const tagged = (v as Record<string, unknown>)[TAG];
      if (keys.length === 1 && typeof tagged === "string") return Number(tagged);
    }
    return v;
  });
}
