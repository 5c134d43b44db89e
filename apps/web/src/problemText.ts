/**
 * The scenario schema's located problems in the page's language. The schema writes them in English from a small
 * set of templates (packages/scenario: describeIssues, fields, overridePaths, checkChanges); this is the Russian
 * catalogue of those templates, matched by pattern. The checks across fields come with their Russian from the
 * scenario package's own catalogue (crossFieldRu). Effect's own wording never reaches the page (describeIssues
 * replaces it), and a problem no template matches is shown as the schema wrote it rather than half-translated.
 */
import type { Lang } from "@ccsim/report";
import { crossFieldRu } from "@ccsim/scenario";

/** Plural units of the schema's number expectations, in the genitive plural ("число секунд"). */
const UNITS: Readonly<Record<string, string>> = {
  seconds: "секунд",
  hours: "часов",
  days: "дней",
  weeks: "недель",
  months: "месяцев",
  percent: "процентов",
  "percent per month": "процентов в месяц",
  "currency units": "денежных единиц",
  contacts: "контактов",
  sessions: "сеансов",
  agents: "операторов",
  people: "человек",
  replications: "прогонов",
  interventions: "вмешательств",
  variants: "вариантов",
};

/** 7,200 -> 7 200: the schema's bounds as Russian writes numbers. */
const num = (n: string): string => n.replace(/(\d),(?=\d{3})/g, "$1\u00a0");

const unitOf = (unit: string | undefined): string => (unit === undefined ? "" : ` ${UNITS[unit] ?? unit}`);

/** A schema expectation ("a positive number of seconds up to 7,200") in Russian; undefined when no form fits. */
export function expectedRu(text: string): string | undefined {
  let m = /^a positive (whole )?number(?: of (.+?))? (up to|below) ([\d,.]+)$/.exec(text);
  if (m !== null)
    return `положительное ${m[1] === undefined ? "" : "целое "}число${unitOf(m[2])} ${m[3] === "below" ? "меньше" : "не больше"} ${num(m[4]!)}`;
  m = /^a (whole )?number(?: of (.+?))? from ([-\d,.]+) to (below )?([-\d,.]+)$/.exec(text);
  if (m !== null)
    return `${m[1] === undefined ? "" : "целое "}число${unitOf(m[2])} от ${num(m[3]!)} до ${num(m[5]!)}${m[4] === undefined ? "" : " (не включая)"}`;
  m = /^one of (.+)$/.exec(text);
  if (m !== null) return `одно из значений ${m[1]}`;
  m = /^text of ([\d,]+) to ([\d,]+) characters$/.exec(text);
  if (m !== null) return `текст длиной от ${num(m[1]!)} до ${num(m[2]!)} символов`;
  m = /^a list of (?:([\d,]+) to )?([\d,]+) (.+)$/.exec(text);
  if (m !== null) return `список ${m[1] === undefined ? "" : `от ${num(m[1])} `}до ${num(m[2]!)} элементов (${m[3]})`;
  const fixed: Readonly<Record<string, string>> = {
    "true or false": "true или false",
    "a number": "число",
    text: "текст",
    "a list": "список",
    "a date written YYYY-MM or YYYY-MM-DD": "дата в виде YYYY-MM или YYYY-MM-DD",
    "a month written YYYY-MM": "месяц в виде YYYY-MM",
  };
  return fixed[text];
}

/** What was found ("nothing", "a mapping", a quoted value) in Russian. */
function foundRu(text: string): string {
  const fixed: Readonly<Record<string, string>> = {
    nothing: "ничего",
    "an empty value": "пустое значение",
    "a mapping": "словарь (mapping)",
    "an unsupported value": "неподдерживаемое значение",
    ".nan (not a number)": ".nan (не число)",
    ".inf (infinity)": ".inf (бесконечность)",
    "-.inf (infinity)": "-.inf (минус бесконечность)",
  };
  const list = /^a list of (\d+) items?$/.exec(text);
  return fixed[text] ?? (list === null ? text : `список из ${list[1]} элем.`);
}

type Template = readonly [RegExp, (m: RegExpExecArray) => string | undefined];

/** The message templates (without the located path in front), most specific first. */
const TEMPLATES: readonly Template[] = [
  [
    /^expected (.+), found (.+) \(a percentage\? (.+)% is (.+)\)$/,
    (m) => {
      const expected = expectedRu(m[1]!);
      return expected === undefined
        ? undefined
        : `ожидается ${expected}, получено ${foundRu(m[2]!)} (это проценты? ${m[3]}% — это ${m[4]})`;
    },
  ],
  [
    /^expected (.+), found (.+)$/,
    (m) => {
      const expected = expectedRu(m[1]!);
      return expected === undefined ? undefined : `ожидается ${expected}, получено ${foundRu(m[2]!)}`;
    },
  ],
  [/^unknown key "(.+)": did you mean "(.+)"\?$/, (m) => `неизвестный ключ «${m[1]}»: может быть, «${m[2]}»?`],
  [
    /^unknown key "(.+)" here: it belongs at (.+)$/,
    (m) => `ключ «${m[1]}» не на своём месте: он относится к ${m[2]!.replaceAll(" or ", " или ")}`,
  ],
  [/^unknown key "(.+)"; valid keys here: (.+)$/, (m) => `неизвестный ключ «${m[1]}»; допустимые ключи здесь: ${m[2]}`],
  [/^unknown key "(.+)"$/, (m) => `неизвестный ключ «${m[1]}»`],
  [
    /^unknown parameter path "(.+?)"(?:: did you mean "(.+)"\?)?$/,
    (m) => `неизвестный путь параметра «${m[1]}»${m[2] === undefined ? "" : `: может быть, «${m[2]}»?`}`,
  ],
  [
    /^"(.+)" is not a dotted parameter path such as (.+)$/,
    (m) => `«${m[1]}» — не путь параметра через точку, как ${m[2]}`,
  ],
  [/^missing: add (\S+) \((.+)\)$/, (m) => `не хватает поля ${m[1]} (${expectedRu(m[2]!) ?? m[2]})`],
  [/^with this (variant|intervention) applied, (.+?): (.+)$/, (m) => withApplied(m)],
  [
    /^"(.+)" is not a value the playground can read$/,
    (m) => `«${m[1]}» — не значение, которое тренажёр может прочитать`,
  ],
  [/^expected a name of 1 to 40 characters$/, () => "нужно название длиной от 1 до 40 символов"],
  [
    /^"(.+)" is the name of a variant the page runs itself$/,
    (m) => `«${m[1]}» — имя варианта, который страница считает сама`,
  ],
  [/^"(.+)" is saved already$/, (m) => `вариант «${m[1]}» уже сохранён`],
  [/^appears twice in the link$/, () => "встречается в ссылке дважды"],
  [
    /^the value is (\d+) characters long; at most (\d+) are read$/,
    (m) => `значение длиной ${m[1]} символов; читается не больше ${m[2]}`,
  ],
  [/^the value nests more than (\d+) levels deep$/, (m) => `значение вложено глубже ${m[1]} уровней`],
  [/^the scenario has no variant "(.+)" \(it has (.+)\)$/, (m) => `в сценарии нет варианта «${m[1]}» (есть ${m[2]})`],
  [/^the link's fragment is not a list of key=value pairs$/, () => "фрагмент ссылки — не список пар ключ=значение"],
  [/^the link names no scenario \(scenario=\.\.\.\)$/, () => "в ссылке не указан сценарий (scenario=...)"],
  [
    /^the link names scenario "(.+)", which is not in this playground's library$/,
    (m) => `ссылка указывает на сценарий «${m[1]}», которого нет в библиотеке тренажёра`,
  ],
];

function withApplied(m: RegExpExecArray): string {
  const what = m[1] === "variant" ? "с применённым вариантом" : "с применённым вмешательством";
  const inner = messageRu(m[3]!);
  return `${what}, ${m[2] === "the scenario" ? "сценарий" : m[2]}: ${inner}`;
}

/** One message (no path) in Russian, or the English one when no template fits. */
function messageRu(message: string): string {
  // The checks across fields have their own catalogue with both languages (@ccsim/scenario crossFieldText).
  const crossField = crossFieldRu(message);
  if (crossField !== undefined) return crossField;
  for (const [pattern, render] of TEMPLATES) {
    const m = pattern.exec(message);
    if (m === null) continue;
    const text = render(m);
    if (text !== undefined) return text;
  }
  return message;
}

/**
 * A located problem ("pay.salaryPerMonth: expected ..., found ...") in the page's language. The path stays as
 * the schema writes it: it is what a trainer types in a link.
 */
export function problemText(problem: string, lang: Lang | undefined): string {
  if (lang !== "ru") return problem;
  // "path: message" or "file:line:col path: message": the message is the first tail after ": " a template fits.
  for (let at = -2; at < problem.length; at = problem.indexOf(": ", at + 2)) {
    if (at === -1) break;
    const tail = problem.slice(at + 2);
    const text = messageRu(tail);
    if (text !== tail) return `${problem.slice(0, at + 2)}${text}`;
  }
  return problem;
}
