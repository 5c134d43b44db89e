/**
 * Parameter values and meanings on the page in its language: literals by their display names (`piece-rate-tnps`
 * reads "сдельная с привязкой к tNPS"), yes/no, numbers in the locale's format, and the schema field's description
 * from the report's catalogue (@ccsim/report), so the page and the reports name a value the same way.
 */
import { locale, parameterDescription, schemaDescriptions, valueText, type Lang, type Locale } from "@ccsim/report";
import { webText, type WebText } from "./webText.js";

const locales = new Map<Lang, Locale>();

/** The page's language from its words (the views receive the words, which are one object per language). */
export function langOf(text: WebText): Lang {
  return text === webText("ru") ? "ru" : "en";
}

export function shownValue(value: unknown, text: WebText): string {
  if (value === undefined) return "-";
  const lang = langOf(text);
  let loc = locales.get(lang);
  if (loc === undefined) {
    loc = locale(lang);
    locales.set(lang, loc);
  }
  return valueText(value, loc);
}

/** What the parameter at `path` is, in the page's language; empty for a path the schema does not describe. */
export function shownMeaning(path: string, text: WebText): string {
  return parameterDescription(path, schemaDescriptions().get(path.replace(/\.\d+(?=\.|$)/g, "[]")) ?? "", langOf(text));
}
