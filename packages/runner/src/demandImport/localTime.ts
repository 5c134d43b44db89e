/**
 * Wall-clock time in a named zone, with the platform's time-zone database (Intl): no library, and the same rules
 * the planner's operating system uses. Converts instants (UTC or with an offset) to local dates and minutes, and
 * tells whether a local time exists (spring forward) or occurs twice (fall back).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter of a zone, or undefined if the zone is unknown. */
function formatterOf(timeZone: string): Intl.DateTimeFormat | undefined {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
      });
    } catch {
      return undefined;
    }
    formatters.set(timeZone, f);
  }
  return f;
}

export const isKnownTimeZone = (timeZone: string): boolean => formatterOf(timeZone) !== undefined;

/** Local date and minute of day of an instant (milliseconds since the epoch) in a known zone. */
export function localOf(epochMs: number, timeZone: string): { readonly date: string; readonly minute: number } {
  const parts = formatterOf(timeZone)!.formatToParts(new Date(epochMs));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    minute: Number(get("hour")) * 60 + Number(get("minute")),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (Berlin in summer: +120). */
function offsetMinutes(epochMs: number, timeZone: string): number {
  const { date, minute } = localOf(epochMs, timeZone);
  const localAsUtc = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  return Math.round((localAsUtc - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

/**
 * How often a local wall-clock time occurs in the zone: 0 in the hour skipped when clocks go forward, 2 in the
 * hour repeated when they go back, 1 otherwise.
 */
export function occurrences(date: string, minute: number, timeZone: string): 0 | 1 | 2 {
  const wallAsUtc = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  let count = 0;
  // A wall time t is the instant t - offset for whichever offset the zone uses then; offsets change at most by a
  // few hours, so the offsets in force a day either side cover every candidate.
  const candidates = new Set([
    offsetMinutes(wallAsUtc - 86_400_000, timeZone),
    offsetMinutes(wallAsUtc, timeZone),
    offsetMinutes(wallAsUtc + 86_400_000, timeZone),
  ]);
  for (const offset of candidates) {
    const instant = wallAsUtc - offset * 60_000;
    const back = localOf(instant, timeZone);
    if (back.date === date && back.minute === minute) count++;
  }
  return Math.min(count, 2) as 0 | 1 | 2;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A parsed timestamp: an instant when it carries Z or an offset, else a local wall-clock time. */
export type Timestamp =
  | { readonly kind: "instant"; readonly epochMs: number }
  | { readonly kind: "local"; readonly date: string; readonly minute: number };

/** Reads ISO 8601 (`2026-03-29T01:15:00Z`, `...+02:00`, or local `2026-03-29 01:15`); undefined if malformed. */
export function parseIsoTimestamp(text: string): Timestamp | undefined {
  const m = ISO.exec(text.trim());
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, , zone] = m;
  const date = `${y}-${mo}-${d}`;
  const hour = Number(h);
  const minute = Number(mi);
  if (!isRealDay(date) || hour > 23 || minute > 59 || (s !== undefined && Number(s) > 59)) return undefined;
  if (zone === undefined) return { kind: "local", date, minute: hour * 60 + minute };
  const wall = Date.parse(`${date}T00:00:00Z`) + (hour * 60 + minute) * 60_000 + Number(s ?? 0) * 1000;
  if (zone === "Z") return { kind: "instant", epochMs: wall };
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  if (Math.abs(offset) > 14 * 60) return undefined;
  return { kind: "instant", epochMs: wall - offset * 60_000 };
}

/** True if YYYY-MM-DD names a day of the Gregorian calendar. */
export function isRealDay(date: string): boolean {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === date;
}

/** Monday-first weekday index (0 = Monday) of a YYYY-MM-DD date. */
export const weekdayOf = (date: string): number => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
