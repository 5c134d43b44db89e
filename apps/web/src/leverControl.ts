/**
 * One lever's control, built from its JSON Schema: a select for enums, a checkbox for switches, a slider with a
 * number box for numbers, a text box for the hh.index path; with its "explain" note (what it drives, what the
 * schema says about the field and the source of its default).
 */
import type { Lang } from "@ccsim/report";
import { controlKind, sliderRange, type FieldSchema, type LeverDef } from "./levers.js";
import { el } from "./dom.js";
import { leverText, leverUnit, optionText, type LeverText } from "./leverText.js";
import { shownValue } from "./shownValue.js";
import { webEn, type WebText } from "./webText.js";

/** The page's language for a lever: its own words (leverText.ts) and the panel's (webText.ts). */
export interface LeverWords {
  readonly lang: Lang | undefined;
  readonly text: WebText;
  /** The scenario's currency, for the units of money levers. */
  readonly currency?: string;
}

export type OnLever = (path: string, value: unknown) => void;

/** A lever inside a field left `auto`: the value the run resolved it to (undefined until the run has sized it). */
export interface AutoState {
  readonly resolved: number | undefined;
  readonly label: string;
  readonly note: (resolved: string) => string;
}

export function leverControl(
  lever: LeverDef,
  schema: FieldSchema,
  value: unknown,
  edited: boolean,
  onChange: OnLever,
  onReset: (path: string) => void,
  auto?: AutoState,
  words: LeverWords = { lang: undefined, text: webEn },
): HTMLElement {
  const own = leverText(lever, schema, words.lang);
  const t = words.text;
  const row = el("div", { class: edited ? "lever edited" : "lever", "data-lever": lever.path });
  if (auto !== undefined) row.dataset["auto"] = auto.resolved === undefined ? "" : String(auto.resolved);
  const label = el("label", { for: inputId(lever.path) }, own.label);
  const reset = el("button", { type: "button", class: "reset", title: t.resetLeverTitle }, t.resetLever);
  reset.hidden = !edited;
  reset.addEventListener("click", () => onReset(lever.path));
  const shownValue = auto === undefined ? value : auto.resolved;
  row.append(
    el("div", { class: "lever-head" }, label, reset, ...(auto === undefined ? [] : [autoBadge(auto)])),
    input(lever, schema, shownValue, onChange, own, words),
    ...(auto === undefined ? [] : [el("p", { class: "note auto-note" }, auto.note(autoText(auto)))]),
    explain(lever, schema, own, t),
  );
  return row;
}

function autoText(auto: AutoState): string {
  return auto.resolved === undefined ? "…" : String(auto.resolved);
}

/** "auto" beside the label: the field is sized by the model, not set by the file. */
function autoBadge(auto: AutoState): HTMLElement {
  return el("span", { class: "auto-badge" }, auto.label);
}

function inputId(path: string): string {
  return `lever-${path.replaceAll(".", "-")}`;
}

function input(
  lever: LeverDef,
  schema: FieldSchema,
  value: unknown,
  onChange: OnLever,
  own: LeverText,
  words: LeverWords,
): HTMLElement {
  switch (controlKind(schema)) {
    case "select": {
      const select = el(
        "select",
        { id: inputId(lever.path) },
        ...(schema.enum ?? []).map((v) => el("option", { value: v }, optionText(v, words.lang))),
      );
      select.value = String(value);
      select.addEventListener("change", () => onChange(lever.path, select.value));
      return select;
    }
    case "checkbox": {
      const box = el("input", { id: inputId(lever.path), type: "checkbox" });
      box.checked = value === true;
      box.addEventListener("change", () => onChange(lever.path, box.checked));
      return box;
    }
    case "series":
      return seriesInput(lever, value, onChange, words.text);
    case "number":
      return numberInput(
        lever,
        schema,
        value,
        onChange,
        own.label,
        leverUnit(lever, words.lang, words.currency ?? "RUB"),
      );
  }
}

function numberInput(
  lever: LeverDef,
  schema: FieldSchema,
  value: unknown,
  onChange: OnLever,
  label: string,
  unit: string,
): HTMLElement {
  const { min, max, step } = sliderRange(lever, schema);
  const current = typeof value === "number" ? value : min;
  const slider = el("input", {
    type: "range",
    min: String(min),
    max: String(max),
    step: String(step),
    value: String(current),
    "aria-label": label,
  });
  const box = el("input", { id: inputId(lever.path), type: "number", step: "any", value: String(current) });
  const shown = el("span", { class: "shown" }, lever.percent === true ? `${Math.round(current * 100)}%` : unit);
  const show = (x: number): void => {
    if (lever.percent === true) shown.textContent = `${Math.round(x * 100)}%`;
  };
  slider.addEventListener("input", () => {
    box.value = slider.value;
    show(Number(slider.value));
  });
  slider.addEventListener("change", () => onChange(lever.path, Number(slider.value)));
  // Typed numbers beyond the slider are allowed: the schema, not the slider, decides what is valid.
  box.addEventListener("change", () => onChange(lever.path, box.value.trim() === "" ? box.value : Number(box.value)));
  return el("div", { class: "number" }, slider, box, shown);
}

/** The hh.index path as "2023-01 3.9, 2024-01 2.6": month and value pairs, interpolated between points. */
function seriesInput(lever: LeverDef, value: unknown, onChange: OnLever, t: WebText): HTMLElement {
  const points = Array.isArray(value) ? (value as { month: string; value: number }[]) : [];
  const box = el("input", {
    id: inputId(lever.path),
    type: "text",
    value: points.map((p) => `${p.month} ${p.value}`).join(", "),
    placeholder: t.seriesPlaceholder,
  });
  const problem = el("span", { class: "problem" });
  box.addEventListener("change", () => {
    const parsed = parseSeries(box.value);
    problem.textContent = parsed === undefined ? t.seriesProblem : "";
    if (parsed !== undefined) onChange(lever.path, parsed);
  });
  return el("div", { class: "series" }, box, problem);
}

/** Parses "YYYY-MM value, ..." into points; undefined when a pair is not of that form (the schema checks the rest). */
export function parseSeries(text: string): { month: string; value: number }[] | undefined {
  const pairs = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const points = pairs
    .map((p) => /^(\d{4}-\d{2})\s*[ =:]\s*(-?[\d.]+)$/.exec(p))
    .map((m) => (m === null ? undefined : { month: m[1]!, value: Number(m[2]) }));
  return points.length > 0 && points.every((p) => p !== undefined && Number.isFinite(p.value))
    ? (points as { month: string; value: number }[])
    : undefined;
}

function explain(lever: LeverDef, schema: FieldSchema, own: LeverText, t: WebText): HTMLElement {
  const fallback = schema.default === undefined ? t.noDefault : shownValue(schema.default, t);
  return el(
    "details",
    { class: "explain" },
    el("summary", {}, t.explain),
    el("p", {}, el("strong", {}, t.drivesLabel), own.drives),
    el("p", {}, el("strong", {}, t.fieldLabel), el("code", {}, lever.path), ` (${own.title})`),
    el("p", {}, el("strong", {}, t.defaultLabel), `${fallback}. ${own.description}`),
  );
}
