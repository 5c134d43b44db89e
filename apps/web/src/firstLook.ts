/**
 * The "first look" of a shipped scenario: the first replication of its baseline and of its default variant,
 * simulated when the app is built (vite.config.ts) by the same runner code, job and seed the page's workers would
 * run, and put in the worker pool's cache when a link opens. A cold link then has its first round at once, and the
 * page says the round was computed at build time; the live replications that follow replace it round by round.
 * Only whole replications are cached, never summaries: the page summarises and draws them as it would its own.
 * This module is the format; firstLookBuild.ts computes it (in Node, at build time).
 */
/** Replications by the pool's cache key (see cacheKey), as JSON text. */
export type FirstLook = Readonly<Record<string, unknown>>;

/** JSON has no NaN or infinities (survival curves hold NaN where not followed): they travel as strings. */
function replacer(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isFinite(value) ? `${MARK}${String(value)}` : value;
}
function reviver(_key: string, value: unknown): unknown {
  return typeof value === "string" && value.startsWith(MARK) ? Number(value.slice(MARK.length)) : value;
}
const MARK = "\u0000number:";

export function encodeFirstLook(look: FirstLook): string {
  return JSON.stringify(look, replacer);
}
export function decodeFirstLook(text: string): FirstLook {
  return JSON.parse(text, reviver) as FirstLook;
}
