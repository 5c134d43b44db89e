/**
 * Limits of a playground link, checked before anything else reads it. A link is untrusted input like a scenario
 * file, so it obeys the file reader's limits: a bounded size, at most as many levers as a variant's `set` may
 * hold, bounded nesting in a value, and no key twice (found with a set, in linear time; a 60,000-key link used
 * to freeze the page for over a minute). Run settings obey the page's own caps.
 */
import { MAX_NESTING } from "@ccsim/scenario";

/** Longest fragment read: a link with every lever moved is a few kB. */
export const MAX_LINK_CHARS = 32_000;
/** Most keys: the levers a variant's `set` may hold (200) plus the reserved keys. */
export const MAX_LINK_KEYS = 204;
/** Longest value of one key. */
export const MAX_VALUE_CHARS = 4_000;
/** The page's cap on replications (its replications field stops at 100 too). */
export const MAX_PAGE_REPLICATIONS = 100;

/** Problems of the raw fragment (without "#"), or [] when it may be read. */
export function linkSizeProblems(text: string): string[] {
  if (text.length > MAX_LINK_CHARS)
    return [
      `the link is ${text.length.toLocaleString("en-US")} characters long; at most ${MAX_LINK_CHARS.toLocaleString("en-US")} are read`,
    ];
  return [];
}

/** Problems of the decoded pairs: too many, a key twice, an over-long or over-nested value. */
export function linkPairProblems(pairs: readonly (readonly [string, string])[]): string[] {
  if (pairs.length > MAX_LINK_KEYS) return [`the link sets ${pairs.length} keys; at most ${MAX_LINK_KEYS} are read`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [key, value] of pairs) {
    if (seen.has(key)) problems.push(`${key}: appears twice in the link`);
    seen.add(key);
    if (value.length > MAX_VALUE_CHARS)
      problems.push(`${key}: the value is ${value.length} characters long; at most ${MAX_VALUE_CHARS} are read`);
    else if (nestingDepth(value) > MAX_NESTING)
      problems.push(`${key}: the value nests more than ${MAX_NESTING} levels deep`);
  }
  return problems;
}

/** Deepest bracket nesting of a flow value (quotes are not special-cased: this only bounds the parser's work). */
function nestingDepth(value: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of value) {
    if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** The page's cap on the run settings, beyond what a scenario file allows. */
export function settingsProblems(settings: Readonly<Record<string, unknown>>): string[] {
  const r = settings["replications"];
  return typeof r === "number" && r > MAX_PAGE_REPLICATIONS
    ? [
        `replications: ${r} is more than the page runs (at most ${MAX_PAGE_REPLICATIONS}; use the command line for more)`,
      ]
    : [];
}
