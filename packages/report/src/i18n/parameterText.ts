/**
 * Parameters in the reader's language: the schema's description of each field (English from the schema itself,
 * Russian from the catalogue files beside this one) and a display name for every literal a parameter can take
 * (enumeration values, yes/no, `auto`), so tables say "сдельная с привязкой к tNPS" rather than `piece-rate-tnps`.
 * test/report/parameterText.test.ts fails when a described schema path or a literal lacks its entry, or an entry
 * names no schema path.
 */
import type { Lang, Locale } from "./locale.js";
import { RU_CASE } from "./parameterText.ru.case.js";
import { RU_DEMAND } from "./parameterText.ru.demand.js";
import { RU_MONEY } from "./parameterText.ru.money.js";
import { RU_PEOPLE } from "./parameterText.ru.people.js";
import { RU_RUN } from "./parameterText.ru.run.js";

/** Russian descriptions by dotted schema path; items of lists as `path[].field`. */
export const PARAMETER_TEXT_RU: Readonly<Record<string, string>> = {
  ...RU_RUN,
  ...RU_DEMAND,
  ...RU_PEOPLE,
  ...RU_MONEY,
  ...RU_CASE,
};

/** A field's description in the locale's language; `english` (the schema's) where the catalogue has none. */
export function parameterDescription(path: string, english: string, lang: Lang): string {
  return lang === "ru" ? (PARAMETER_TEXT_RU[schemaPath(path)] ?? english) : english;
}

/** `operations.shifts.0.name` (a path into a value) to `operations.shifts[].name` (the catalogue's key). */
function schemaPath(path: string): string {
  return path.replace(/\.\d+(?=\.|$)/g, "[]");
}

/** Display names of the literals the parameter sections accept, in each language: [English, Russian]. */
export const LITERAL_TEXT: Readonly<Record<string, readonly [string, string]>> = {
  contact: ["every contact", "каждый контакт"],
  interval: ["by interval", "по интервалам"],
  mon: ["Mon", "пн"],
  tue: ["Tue", "вт"],
  wed: ["Wed", "ср"],
  thu: ["Thu", "чт"],
  fri: ["Fri", "пт"],
  sat: ["Sat", "сб"],
  sun: ["Sun", "вс"],
  ccsim: ["ccsim long format", "длинный формат ccsim"],
  genesys: ["Genesys Cloud", "Genesys Cloud"],
  calabrio: ["Calabrio", "Calabrio"],
  nice: ["NICE IEX", "NICE IEX"],
  columns: ["named columns", "свои столбцы"],
  profile: ["profile (history)", "профиль (история)"],
  intervals: ["interval by interval (forecast)", "по интервалам (прогноз)"],
  "business-day": ["business day (two peaks)", "рабочий день (два пика)"],
  flat: ["flat", "равномерно"],
  lognormal: ["lognormal", "логнормальное"],
  exponential: ["exponential", "экспоненциальное"],
  "answered-within-threshold": ["answered within the threshold", "принятые в пределах порога"],
  "waited-within-threshold": ["waited within the threshold", "дождавшиеся в пределах порога"],
  "excluding-short-abandons": ["short abandons excluded", "без коротких потерь"],
  planner: ["planner's rosters", "графики планировщика"],
  "all-present": ["everyone present", "все на линии"],
  any: ["any", "любые"],
  "on-site": ["on site", "в офисе"],
  remote: ["remote", "удалённо"],
  mixed: ["mixed", "смешанно"],
  auto: ["automatic (the planner's need)", "авто (по потребности планировщика)"],
  fixed: ["fixed salary", "оклад"],
  "piece-rate": ["piece rate", "сдельная"],
  "piece-rate-tnps": ["piece rate with tNPS tiers", "сдельная с привязкой к tNPS"],
  observed: ["observed (trailing actuals)", "наблюдаемое (по недавним фактическим)"],
  proficient: ["a proficient agent's", "как у опытного оператора"],
};

/** A literal's display name; other text as it is. */
export function literalText(value: string, lang: Lang): string {
  const names = LITERAL_TEXT[value];
  return names === undefined ? value : names[lang === "ru" ? 1 : 0];
}

/**
 * A parameter value for a table cell: numbers in the locale's format, yes/no, literals by their display names,
 * lists and mappings spelled out the same way ("пн, вт, ср", "minTnps: −100, rateMultiplier: 0,8"); long values
 * are cut with an ellipsis.
 */
export function valueText(value: unknown, loc: Locale, max = 120): string {
  const text = spell(value, loc);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function spell(value: unknown, loc: Locale): string {
  if (typeof value === "number") return loc.number(value, 4).replace(/^-/, "−");
  if (typeof value === "boolean") return value ? loc.t.words.yes : loc.t.words.no;
  // A month or a day reads as words ("январь 2023"), like the report's other dates.
  if (typeof value === "string")
    return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? loc.month(value) : literalText(value, loc.lang);
  if (Array.isArray(value)) {
    const items = value.map((v) => spell(v, loc));
    // Numbers in Russian carry decimal commas, so a list of them is separated by semicolons.
    const sep = value.some((v) => typeof v === "object" && v !== null) || loc.lang === "ru" ? "; " : ", ";
    return `[${items.join(sep)}]`;
  }
  if (isMonthPoint(value)) return `${loc.month(value.month)}: ${spell(value.value, loc)}`;
  if (typeof value === "object" && value !== null)
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${spell(v, loc)}`)
      .join(", ");
  return String(value);
}

/** A point of a monthly series (hh.index, market wage): read as "янв 2023: 3,9" rather than as its two keys. */
function isMonthPoint(value: unknown): value is { month: string; value: unknown } {
  if (typeof value !== "object" || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { month?: unknown }).month === "string" && keys.includes("value");
}
