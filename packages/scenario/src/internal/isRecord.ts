/** A plain mapping as produced by YAML parsing. */
export type Data = Readonly<Record<string, unknown>>;

/** True for a mapping (not null, not a list). Raw file data is checked with this before it is decoded. */
export const isRecord = (x: unknown): x is Data => typeof x === "object" && x !== null && !Array.isArray(x);
