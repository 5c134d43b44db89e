/**
 * Saved trainer variants: the form that saves the trainer's current levers under a name (kept in the link), the
 * list of saved ones, and the headline figures of every variant side by side with the baseline. The charts need
 * nothing of their own: each variant is a line of its own in them.
 */
import { kpiFormat, type Locale } from "@ccsim/report";
import type { ResultDocument } from "@ccsim/scenario";
import { el } from "./dom.js";
import { MAX_SAVED, TRAINER_VARIANT, type SavedVariant } from "./trainerVariant.js";
import type { WebText } from "./webText.js";

/** The figures a room compares first; the rest of the headline KPIs fold below them. */
const SHOWN_ROWS = 4;
const ROW_KPIS = [
  "voice.serviceLevel",
  "staffingSufficiency",
  "monthlyAttrition",
  "costPerContact",
  "voice.abandonRate",
  "chat.serviceLevel",
  "headcount",
  "enps",
  "tnps",
];

export interface SavedActions {
  /** Saves the trainer's current variant under `name`; returns why not (a name taken or too long), else undefined. */
  readonly onSave: (name: string) => string | undefined;
  readonly onRemove: (name: string) => void;
}

/** The save form and the saved variants, for the controls panel. */
export function savedControls(saved: readonly SavedVariant[], text: WebText, actions: SavedActions): HTMLElement {
  const name = el("input", {
    id: "save-name",
    type: "text",
    maxlength: "40",
    placeholder: text.saveNamePlaceholder,
    "aria-label": text.saveName,
  });
  const problem = el("span", { class: "problem", role: "alert" });
  const save = el("button", { type: "button", id: "save-variant" }, text.saveVariant);
  const full = saved.length >= MAX_SAVED;
  save.disabled = full;
  name.disabled = full;
  const submit = (): void => {
    problem.textContent = actions.onSave(name.value.trim()) ?? "";
  };
  save.addEventListener("click", submit);
  name.addEventListener("keydown", (event) => {
    if (event.key === "Enter") submit();
  });
  return el(
    "div",
    { class: "saved-controls" },
    el("div", { class: "save-row" }, name, save),
    problem,
    el("p", { class: "note" }, full ? text.savedFull(MAX_SAVED) : text.saveNote),
    el(
      "ul",
      { class: "saved-list" },
      ...saved.map((v) => {
        const remove = el("button", { type: "button", class: "reset", "data-remove": v.name }, text.remove);
        remove.addEventListener("click", () => actions.onRemove(v.name));
        return el("li", { "data-saved": v.name }, el("strong", {}, v.name), ` `, remove);
      }),
    ),
  );
}

/**
 * The headline figures of the baseline and every variant side by side (mean over the reported months), each
 * variant's difference from the baseline under its value; differences whose interval excludes zero are marked.
 */
export function sideBySide(doc: ResultDocument, loc: Locale, text: WebText): HTMLElement {
  const first = doc.provenance.replications === 1;
  const variants = doc.comparisons.map((c) => c.variant);
  const kpis = ROW_KPIS.filter((k) => doc.comparisons[0]?.overall.some((d) => d.kpi === k) === true);
  const row = (kpi: string): HTMLElement => {
    const f = kpiFormat(kpi, loc);
    const cells = doc.comparisons.map((c) => {
      const d = c.overall.find((x) => x.kpi === kpi);
      if (d === undefined) return el("td", {}, "–");
      const mark = first ? "first-look" : d.significant ? "significant" : "uncertain";
      return el(
        "td",
        { class: mark },
        f.format(d.variant.mean),
        el("span", { class: "diff" }, ` (${f.formatDifference(d.difference.mean)})`),
      );
    });
    const base = doc.comparisons[0]?.overall.find((x) => x.kpi === kpi)?.baseline.mean ?? null;
    return el("tr", { "data-kpi": kpi }, el("th", { scope: "row" }, f.label), el("td", {}, f.format(base)), ...cells);
  };
  const head = el(
    "thead",
    {},
    el(
      "tr",
      {},
      el("th", {}, ""),
      el("th", {}, text.baselineColumn),
      ...variants.map((v) => el("th", { "data-variant": v }, v === TRAINER_VARIANT ? text.yourVariant : v)),
    ),
  );
  const table = (rows: readonly string[]): HTMLElement =>
    el("table", { class: "side-by-side" }, head.cloneNode(true) as HTMLElement, el("tbody", {}, ...rows.map(row)));
  const rest = kpis.slice(SHOWN_ROWS);
  return el(
    "div",
    { class: "side-by-side-box" },
    table(kpis.slice(0, SHOWN_ROWS)),
    ...(rest.length === 0
      ? []
      : [el("details", { class: "more" }, el("summary", {}, text.moreHeadlines(rest.length)), table(rest))]),
  );
}
