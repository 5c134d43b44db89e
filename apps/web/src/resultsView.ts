/**
 * The headline differences in plain words, the case card (reported against simulated) and the trainer's changes,
 * from a result document, in the page's language. The first round (one replication) says what it is and gives
 * no intervals and no case-card verdicts: with one replication there is no interval, and a verdict would flip.
 */
import { caseCardHead, caseCardRows, headlines, plausibilityWarnings, type Locale } from "@ccsim/report";
import type { ResultDocument } from "@ccsim/scenario";
import { el } from "./dom.js";
import { sideBySide } from "./savedVariantsView.js";
import { shownMeaning, shownValue } from "./shownValue.js";
import type { WebText } from "./webText.js";

/** Replications per variant before the case card gives verdicts (intervals from fewer are too wide to mean much). */
export const VERDICT_REPLICATIONS = 3;
/** Headlines shown at once; the rest fold away, so the charts stay on the first screen. */
export const SHOWN_HEADLINES = 3;

/** A headline of the first round: the difference alone, since one replication's "interval" is a single point. */
export function firstRoundSentence(text: string): string {
  const cut = text.split(" (95%")[0] ?? text;
  // Russian units end in a point ("п. п."): no second one.
  return cut.endsWith(".") ? cut : `${cut}.`;
}

/**
 * The note above the headlines: what a round of `replications` per variant is. A first round promises the
 * intervals of the next ones only when the run has more (`planned`, the run's replications per variant).
 */
export function headlineNote(text: WebText, replications: number, planned: number, fromBuild: boolean): string {
  if (replications > 1) return text.meanNote(replications);
  if (planned <= 1) return fromBuild ? text.oneReplicationBuilt : text.oneReplication;
  return fromBuild ? text.firstLookBuilt : text.firstLook;
}

export function drawHeadlines(
  container: HTMLElement,
  doc: ResultDocument,
  loc: Locale,
  text: WebText,
  fromBuild = false,
  planned = Number.POSITIVE_INFINITY,
): void {
  const items = headlines(doc, loc);
  const replications = doc.provenance.replications;
  const first = replications === 1;
  const sentence = (t: string): string => (first ? firstRoundSentence(t) : t);
  const li = (h: (typeof items)[number]): HTMLElement =>
    el("li", { class: first ? "first-look" : h.significant ? "significant" : "uncertain" }, sentence(h.text));
  const rest = items.slice(SHOWN_HEADLINES);
  // Saved variants: every variant's figures side by side with the baseline, in the room the sentences took.
  const several = doc.comparisons.length > 1;
  container.replaceChildren(
    el("h2", {}, several ? text.sideBySideTitle : text.headlinesTitle),
    el(
      "p",
      { class: first ? `note first-look-note${fromBuild ? " from-build" : ""}` : "note" },
      headlineNote(text, replications, planned, fromBuild),
    ),
    several
      ? sideBySide(doc, loc, text)
      : items.length === 0
        ? el("p", {}, text.noDifference)
        : el("ul", { class: "headlines" }, ...items.slice(0, SHOWN_HEADLINES).map(li)),
    ...(rest.length === 0 || several
      ? []
      : [
          el(
            "details",
            { class: "more" },
            el("summary", {}, text.moreHeadlines(rest.length)),
            el("ul", { class: "headlines" }, ...rest.map(li)),
          ),
        ]),
  );
}

export function drawCaseCard(container: HTMLElement, doc: ResultDocument, loc: Locale, text: WebText): void {
  const card = doc.caseCard;
  if (card === undefined) {
    container.replaceChildren();
    return;
  }
  const verdicts = doc.provenance.replications >= VERDICT_REPLICATIONS;
  // The verdict's column found by its heading: a fixed index held back the 95% CI once a status column came first.
  const verdictColumn = caseCardHead(loc).indexOf(loc.t.head.reproduced);
  container.replaceChildren(
    el("h2", {}, text.caseCardTitle(card.variant)),
    el(
      "table",
      { class: "case-card" },
      el("thead", {}, el("tr", {}, ...caseCardHead(loc).map((h) => el("th", {}, h)))),
      el(
        "tbody",
        {},
        ...caseCardRows(doc, loc).map((row, i) => {
          const cells = verdicts ? row : row.map((c, j) => (j === verdictColumn ? text.verdictPending : c));
          const verdict = verdicts ? (card.figures[i]?.reproduced === true ? "yes" : "no") : "pending";
          return el("tr", { class: verdict }, ...cells.map((c) => el("td", {}, c)));
        }),
      ),
    ),
  );
}

/** Every parameter the trainer's variant sets beyond the scenario (levers or link-only), each with a reset. */
export function drawChanges(
  container: HTMLElement,
  edits: Readonly<Record<string, unknown>>,
  scenarioValue: (path: string) => unknown,
  text: WebText,
  onReset: (path: string | undefined) => void,
): void {
  const paths = Object.keys(edits).sort();
  if (paths.length === 0) {
    container.replaceChildren();
    return;
  }
  const show = (v: unknown): string => shownValue(v, text);
  const button = (label: string, path: string | undefined): HTMLButtonElement => {
    const b = el(
      "button",
      { type: "button", class: "reset", ...(path === undefined ? { id: "reset-all" } : { "data-reset": path }) },
      label,
    );
    b.addEventListener("click", () => onReset(path));
    return b;
  };
  container.replaceChildren(
    el("strong", {}, `${text.changesTitle}: `),
    el(
      "ul",
      { class: "changes", title: text.changesNote },
      ...paths.map((p) =>
        el(
          "li",
          { "data-path": p, title: shownMeaning(p, text) },
          el("code", {}, p),
          ` ${show(scenarioValue(p))} → ${show(edits[p])} `,
          button(text.reset, p),
        ),
      ),
    ),
    button(text.resetAll, undefined),
  );
}

/** Figures outside the bands real centres report (@ccsim/report's plausibility check), in the page's language. */
export function drawWarnings(container: HTMLElement, doc: ResultDocument, loc: Locale): void {
  const warnings = plausibilityWarnings(doc, loc);
  container.replaceChildren(
    ...(warnings.length === 0
      ? []
      : [
          el(
            "details",
            { class: "warnings" },
            el("summary", {}, `${loc.t.report.warnings} (${warnings.length})`),
            el("p", { class: "note" }, loc.t.report.warningsIntro),
            el("ul", {}, ...warnings.map((w) => el("li", { "data-kpi": w.kpi }, w.text))),
          ),
        ]),
  );
}
