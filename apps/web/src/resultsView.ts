/** The headline differences in plain words and the case card (reported against simulated), from a result document. */
import { headlines } from "@ccsim/report";
import type { CaseCardFigure, ResultDocument } from "@ccsim/scenario";
import { el } from "./dom.js";

export function drawHeadlines(container: HTMLElement, doc: ResultDocument): void {
  const items = headlines(doc);
  const replications = doc.provenance.replications;
  container.replaceChildren(
    el("h2", {}, "What changes: your variant against the baseline"),
    el("p", { class: "note" }, `Mean over the reported months, ${replications} replication${replications === 1 ? "" : "s"} each on the same random numbers; a difference is "real" when its 95% interval excludes zero.`),
    items.length === 0
      ? el("p", {}, "Your variant is the baseline: move a lever (or start from one of the scenario's variants) to see a difference.")
      : el("ul", { class: "headlines" }, ...items.map((h) => el("li", { class: h.significant ? "significant" : "uncertain" }, h.text))),
  );
}

export function drawCaseCard(container: HTMLElement, doc: ResultDocument): void {
  const card = doc.caseCard;
  if (card === undefined) {
    container.replaceChildren();
    return;
  }
  const head = ["figure", "reported", "simulated", "95% CI", "reproduced", "source"];
  container.replaceChildren(
    el("h2", {}, `Case card: what the case reported against "${card.variant}"`),
    el("table", { class: "case-card" },
      el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {}, h)))),
      el("tbody", {}, ...card.figures.map((f) => el("tr", { class: f.reproduced ? "yes" : "no" }, ...caseCardRow(f).map((c) => el("td", {}, c)))))),
  );
}

function caseCardRow(f: CaseCardFigure): string[] {
  const what = f.changeSince === undefined ? `${f.kpi}${f.month === undefined ? " (mean)" : ` in ${f.month}`}` : `${f.kpi}: change ${f.changeSince} to ${f.month ?? "end"}`;
  return [what, `${round(f.value)} ± ${round(f.tolerance)} ${f.unit}`, round(f.simulated.mean), `${round(f.simulated.ci95_low)} to ${round(f.simulated.ci95_high)}`, f.reproduced ? "yes" : "no", f.source ?? ""];
}

function round(x: number): string {
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(3);
}
