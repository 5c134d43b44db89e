/**
 * The messages of the checks that span fields (a section's consistency checks and the cross-section ones in
 * internal/scenarioProblems.ts and internal/check*.ts), by key, in English and Russian. The checks build their
 * English text from here (`crossField`), so the loader's messages are unchanged; a page in Russian turns a message
 * back into its key and values (`crossFieldRu`) and shows the Russian template with the same values.
 */
import { CROSS_FIELD } from "./crossFieldMessages.js";

export type CrossFieldKey = keyof typeof CROSS_FIELD;

type Values = Readonly<Record<string, string | number>>;

/** A computed number without binary floating-point noise (0.6 + 0.45 prints 1.05, not 1.0499999999999998). */
const shown = (value: string | number): string =>
  typeof value === "number" ? String(Number(value.toPrecision(12))) : value;

const fill = (template: string, values: Values): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : shown(value);
  });

/** The English message of `key` with its values: what the checks report. */
export function crossField(key: CrossFieldKey, values: Values = {}): string {
  return fill(CROSS_FIELD[key].en, values);
}

interface Matcher {
  readonly key: CrossFieldKey;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

let matchers: readonly Matcher[] | undefined;

/** Most literal text first: a template that says more is the better match ("(variants: none)" before "({names})"). */
function allMatchers(): readonly Matcher[] {
  matchers ??= (Object.keys(CROSS_FIELD) as CrossFieldKey[])
    .map((key) => {
      const en = CROSS_FIELD[key].en;
      const names = [...en.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
      const source = en
        .split(/\{\w+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("(.+?)");
      return { key, pattern: new RegExp(`^${source}$`, "s"), names, literal: en.replace(/\{\w+\}/g, "").length };
    })
    .sort((a, b) => b.literal - a.literal);
  return matchers;
}

/** A message of these checks as its key and values; undefined for any other message. */
export function crossFieldOf(message: string): { key: CrossFieldKey; values: Record<string, string> } | undefined {
  for (const m of allMatchers()) {
    const found = m.pattern.exec(message);
    if (found !== null)
      return { key: m.key, values: Object.fromEntries(m.names.map((name, i) => [name, found[i + 1] ?? ""])) };
  }
  return undefined;
}

/** The Russian of a message of these checks (decimal points of its numbers as commas); undefined for any other. */
export function crossFieldRu(message: string): string | undefined {
  const found = crossFieldOf(message);
  if (found === undefined) return undefined;
  const values = Object.fromEntries(
    Object.entries(found.values).map(([k, v]) => [k, /^-?\d+\.\d+$/.test(v) ? v.replace(".", ",") : v]),
  );
  return fill(CROSS_FIELD[found.key].ru, values);
}
