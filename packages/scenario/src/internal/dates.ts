/**
 * Calendar dates as written in scenario files. Dates are plain strings ("2024-06" or "2024-06-21"), never JS
 * `Date` objects: the YAML 1.2 core schema keeps them as strings, and comparing "YYYY-MM-DD" strings is exact and
 * time-zone free. Years are limited to 1990-2100 so that a typo such as 20240 is refused.
 */

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const daysInMonth = (year: number, month: number): number => {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
};

const validYearMonth = (year: number, month: number): boolean =>
  year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;

/** True for an existing month written "YYYY-MM". */
export const isRealMonth = (s: string): boolean => {
  const m = MONTH.exec(s);
  return m !== null && validYearMonth(Number(m[1]), Number(m[2]));
};

/** True for "YYYY-MM" or an existing day written "YYYY-MM-DD" (so "2024-02-30" is refused). */
export const isRealDate = (s: string): boolean => {
  if (isRealMonth(s)) return true;
  const d = DAY.exec(s);
  if (d === null) return false;
  const year = Number(d[1]);
  const month = Number(d[2]);
  const day = Number(d[3]);
  return validYearMonth(year, month) && day >= 1 && day <= daysInMonth(year, month);
};

/** "2024-06" -> "2024-06-01"; full dates unchanged. Makes dates comparable as strings. */
export const toDay = (s: string): string => (MONTH.test(s) ? `${s}-01` : s);

/** The last day of a month written "YYYY-MM", as "YYYY-MM-DD". */
export const lastDayOf = (yyyyMm: string): string =>
  `${yyyyMm}-${String(daysInMonth(Number(yyyyMm.slice(0, 4)), Number(yyyyMm.slice(5, 7))))}`;
