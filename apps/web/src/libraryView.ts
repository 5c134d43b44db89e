/** The opening screen: the case and teaching library as cards, and the message for a link that cannot be opened. */
import { Either } from "effect";
import { el } from "./dom.js";
import type { Lang } from "@ccsim/report";
import { LIBRARY, scenarioOf } from "./library.js";
import { webText } from "./webText.js";

export function drawLibrary(list: HTMLElement): void {
  list.replaceChildren(
    ...LIBRARY.map((entry) => {
      const scenario = scenarioOf(entry);
      if (Either.isLeft(scenario))
        return el("li", { class: "card broken" }, `${entry.file}: ${scenario.left.format()}`);
      const s = scenario.right;
      const badge =
        entry.kind === "case"
          ? `case: ${s.reported.length} reported figure${s.reported.length === 1 ? "" : "s"}`
          : "teaching";
      return el(
        "li",
        { class: `card ${entry.kind}` },
        el(
          "a",
          { href: `#scenario=${encodeURIComponent(entry.id)}`, "data-scenario": entry.id },
          el("span", { class: "badge" }, badge),
          el("strong", {}, s.name),
        ),
        el("p", {}, s.description ?? ""),
        el(
          "p",
          { class: "note" },
          `${s.calendar.horizonMonths} months from ${s.calendar.startDate}; variants: ${s.variants.map((v) => v.name).join(", ") || "none"}`,
        ),
      );
    }),
  );
}

/** A clear message for a link that cannot be opened, with ways on: the scenario as its file has it, or the library. */
export function drawLinkError(
  banner: HTMLElement,
  problems: readonly string[],
  scenarioId: string | undefined,
  lang?: Lang,
): void {
  const t = webText(lang);
  const ways = [el("a", { href: "#" }, t.backToLibrary)];
  if (scenarioId !== undefined && LIBRARY.some((e) => e.id === scenarioId)) {
    ways.unshift(el("a", { href: `#scenario=${encodeURIComponent(scenarioId)}` }, t.openAsFile));
  }
  banner.replaceChildren(
    el("h2", {}, t.linkErrorTitle),
    el("p", {}, t.linkErrorIntro),
    el("ul", {}, ...problems.map((p) => el("li", {}, el("code", {}, t.problem(p))))),
    el("p", {}, ...ways.flatMap((a, i) => (i === 0 ? [a] : [t.or, a]))),
  );
  banner.hidden = false;
}
