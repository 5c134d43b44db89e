/** The headline differences in plain words and the case card (reported against simulated), from a result document. */
import { CASE_CARD_HEAD, caseCardRows, headlines } from "@ccsim/report";
import type { ResultDocument } from "@ccsim/scenario";
import { el } from "./dom.js";

export function drawHeadlines(container: HTMLElement, doc: ResultDocument): void {
  const items = headlines(doc);
  const replications = doc.provenance.replications;
  container.replaceChildren(
    el("h2", {}, "What changes: your variant against the baseline"),
    el(
      "p",
      { class: "note" },
      `Mean over the reported months, ${replications} replication${replications === 1 ? "" : "s"} each on the same random numbers; a difference is "real" when its 95% interval excludes zero.`,
    ),
    items.length === 0
      ? el(
          "p",
          {},
          "Your variant is the baseline: move a lever (or start from one of the scenario's variants) to see a difference.",
        )
      : el(
          "ul",
          { class: "headlines" },
          ...items.map((h) => el("li", { class: h.significant ? "significant" : "uncertain" }, h.text)),
        ),
  );
}

export function drawCaseCard(container: HTMLElement, doc: ResultDocument): void {
  const card = doc.caseCard;
  if (card === undefined) {
    container.replaceChildren();
    return;
  }
  container.replaceChildren(
    el("h2", {}, `Case card: what the case reported against "${card.variant}"`),
    el(
      "table",
      { class: "case-card" },
      el("thead", {}, el("tr", {}, ...CASE_CARD_HEAD.map((h) => el("th", {}, h)))),
      el(
        "tbody",
        {},
        ...caseCardRows(doc).map((row, i) =>
          el("tr", { class: card.figures[i]!.reproduced ? "yes" : "no" }, ...row.map((c) => el("td", {}, c))),
        ),
      ),
    ),
  );
}
