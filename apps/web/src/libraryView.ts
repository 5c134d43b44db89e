/** The opening screen: the case and teaching library as cards, and the message for a link that cannot be opened. */
import { Either } from "effect";
import { el } from "./dom.js";
import type { Lang } from "@ccsim/report";
import { scenarioTexts } from "@ccsim/scenario";
import { LIBRARY, scenarioOf } from "./library.js";
import { webText } from "./webText.js";

/** The library's cards in the page's language (the scenarios' own `translations:` where they have them). */
export function drawLibrary(list: HTMLElement, lang?: Lang): void {
  const t = webText(lang);
  list.replaceChildren(
    ...LIBRARY.map((entry) => {
      const scenario = scenarioOf(entry);
      if (Either.isLeft(scenario))
        return el("li", { class: "card broken" }, `${entry.file}: ${scenario.left.format()}`);
      const s = scenario.right;
      const own = scenarioTexts(s, lang ?? "en");
      const badge = entry.kind === "case" ? t.caseBadge(s.reported.length) : t.teachingBadge;
      const link = `#scenario=${encodeURIComponent(entry.id)}${lang === "ru" ? "&lang=ru" : ""}`;
      return el(
        "li",
        { class: `card ${entry.kind}` },
        el(
          "a",
          { href: link, "data-scenario": entry.id },
          el("span", { class: "badge" }, badge),
          el("strong", {}, own.name),
        ),
        el("p", {}, own.description ?? ""),
        el(
          "p",
          { class: "note" },
          t.libraryNote(
            s.calendar.horizonMonths,
            s.calendar.startDate,
            s.variants.map((v) => own.variantName(v.name)).join(", "),
          ),
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
  const ways = [el("a", { href: lang === "ru" ? "#lang=ru" : "#" }, t.backToLibrary)];
  if (scenarioId !== undefined && LIBRARY.some((e) => e.id === scenarioId)) {
    ways.unshift(
      el("a", { href: `#scenario=${encodeURIComponent(scenarioId)}${lang === "ru" ? "&lang=ru" : ""}` }, t.openAsFile),
    );
  }
  banner.replaceChildren(
    el("h2", {}, t.linkErrorTitle),
    el("p", {}, t.linkErrorIntro),
    el("ul", {}, ...problems.map((p) => el("li", {}, el("code", {}, t.problem(p))))),
    el("p", {}, ...ways.flatMap((a, i) => (i === 0 ? [a] : [t.or, a]))),
  );
  banner.hidden = false;
}
