/**
 * A report's language: its message catalogue and the one formatter every figure goes through (numbers, dates,
 * currency and units, by Intl for the locale), in tables, sentences, chart axes and CSV headers alike.
 */
import { en, type Messages } from "./en.js";
import { ru } from "./ru.js";

export const LANGS = ["en", "ru"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "ru";
}

/**
 * What a figure is measured in; decides its unit text and precision. `price` is money per contact: whole roubles
 * hid its differences (a 95% CI of "−RUB 12 to −RUB 12"), so it keeps one decimal, as `ccsim compare` prints it.
 */
export type Unit =
  "share" | "count" | "perMonth" | "decimal" | "seconds" | "days" | "hours" | "points" | "money" | "price" | "ratio";

export interface Locale {
  readonly lang: Lang;
  /** BCP 47 tag for Intl: en-GB (day-month order, no US-only conventions) or ru-RU. */
  readonly tag: string;
  readonly t: Messages;
  /** ISO 4217 code of the scenario's currency, e.g. RUB. */
  readonly currency: string;
  /** A number with up to `digits` decimals, grouped for the locale ("12,345.6" / "12 345,6"). */
  readonly number: (x: number, digits?: number) => string;
  /** A level with its unit: "81.2%", "42 s", "RUB 55,000", "RUB 107.1" / "81,2 %", "42 с", "55 000 ₽", "107,1 ₽". */
  readonly level: (unit: Unit, x: number) => string;
  /** A signed difference with its unit; shares in percentage points. */
  readonly difference: (unit: Unit, x: number) => string;
  /** A month `YYYY-MM` (or a date `YYYY-MM-DD`) in words: "Jul 2023" / "июль 2023". */
  readonly month: (text: string) => string;
  /** "From" a month or date, as a phrase: "from Jul 2023" / "с июля 2023" (Russian needs the genitive). */
  readonly since: (text: string) => string;
}

export function locale(lang: Lang = "en", currency = "RUB"): Locale {
  const tag = lang === "ru" ? "ru-RU" : "en-GB";
  const t = lang === "ru" ? ru : en;
  const formats = new Map<number, Intl.NumberFormat>();
  const number = (x: number, digits = 1): string => {
    let f = formats.get(digits);
    if (f === undefined) {
      f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
      formats.set(digits, f);
    }
    return f.format(x);
  };
  const fixed1 = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const moneyFormat = (digits: number): Intl.NumberFormat => {
    try {
      // Code in English ("RUB 55,000", unambiguous across roubles and dollars), the sign in Russian ("55 000 ₽").
      return new Intl.NumberFormat(tag, {
        style: "currency",
        currency,
        currencyDisplay: lang === "ru" ? "symbol" : "code",
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    } catch {
      return new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    }
  };
  const money = moneyFormat(0);
  const price = moneyFormat(1);
  const u = t.units;
  const plain = (unit: Unit, x: number): string => {
    switch (unit) {
      case "share":
        return `${fixed1.format(100 * x)}${lang === "ru" ? " %" : "%"}`;
      case "count":
        return number(Math.round(x), 0);
      case "perMonth":
        return `${number(x, 1)} ${u.perMonth}`;
      case "decimal":
        return fixed1.format(x);
      case "seconds":
        return `${number(x, 1)} ${u.seconds}`;
      case "days":
        return `${number(x, 1)} ${u.days}`;
      case "hours":
        return `${number(x, 1)} ${u.hours}`;
      case "points":
        return `${fixed1.format(x)} ${u.points}`;
      case "money":
        return money.format(x);
      case "price":
        return price.format(x);
      case "ratio":
        return number(x, 3);
    }
  };
  const level = (unit: Unit, x: number): string => plain(unit, x).replace(/^-/, "−");
  const difference = (unit: Unit, x: number): string => {
    const sign = x >= 0 ? "+" : "−";
    const magnitude = Math.abs(x);
    const text = unit === "share" ? `${fixed1.format(100 * magnitude)} ${u.pp}` : plain(unit, magnitude);
    return `${sign}${text}`;
  };
  const monthFormat = new Intl.DateTimeFormat(tag, {
    month: lang === "ru" ? "long" : "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const month = (text: string): string => {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
    if (m === null) return text;
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? "1")));
    // "июль 2023 г." reads as a form field; a report sentence wants "июль 2023".
    const words = monthFormat.format(date).replace(/\s*г\.$/, "");
    return m[3] === undefined || m[3] === "01" ? words : `${Number(m[3])} ${words}`;
  };
  // Intl gives the genitive month name ("июля") only together with a day: format the 1st and drop the day.
  const dayMonthFormat = new Intl.DateTimeFormat(tag, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const since = (text: string): string => {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
    if (lang !== "ru" || m === null) return t.words.fromDate(month(text));
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? "1")));
    const words = dayMonthFormat.format(date).replace(/\s*г\.$/, "");
    return t.words.fromDate(m[3] === undefined || m[3] === "01" ? words.replace(/^1\s+/, "") : words);
  };
  return { lang, tag, t, currency, number, level, difference, month, since };
}

/** Vega's number and time locale for chart axes (d3-format and d3-time-format definitions). */
export function vegaLocale(lang: Lang): object | undefined {
  if (lang !== "ru") return undefined;
  return {
    number: { decimal: ",", thousands: "\u00a0", grouping: [3], currency: ["", "\u00a0₽"] },
    time: {
      dateTime: "%A, %e %B %Y г. %X",
      date: "%d.%m.%Y",
      time: "%H:%M:%S",
      periods: ["AM", "PM"],
      days: ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"],
      shortDays: ["вс", "пн", "вт", "ср", "чт", "пт", "сб"],
      months: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
      ],
      shortMonths: ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
    },
  };
}
