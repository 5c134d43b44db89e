/** The opening screen: the case and teaching library as cards, and the message for a link that cannot be opened. */
import { Either } from "effect";
import { el } from "./dom.js";
import { LIBRARY, scenarioOf } from "./library.js";

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
export function drawLinkError(banner: HTMLElement, problems: readonly string[], scenarioId: string | undefined): void {
  const ways = [el("a", { href: "#" }, "Back to the library")];
  if (scenarioId !== undefined && LIBRARY.some((e) => e.id === scenarioId)) {
    ways.unshift(
      el("a", { href: `#scenario=${encodeURIComponent(scenarioId)}` }, "Open this scenario as its file has it"),
    );
  }
  banner.replaceChildren(
    el("h2", {}, "This link could not be opened"),
    el("p", {}, "The shared state in the address does not fit the scenario schema, so nothing was run. What is wrong:"),
    el("ul", {}, ...problems.map((p) => el("li", {}, el("code", {}, p)))),
    el("p", {}, ...ways.flatMap((a, i) => (i === 0 ? [a] : [" or ", a]))),
  );
  banner.hidden = false;
}
