/**
 * The monthly charts, drawn live with Vega from the same Vega-Lite specs as the HTML reports (@ccsim/report), so
 * a trainer's screen and a printed report agree line for line.
 */
import {
  chartRows,
  chartSpec,
  chartsFor,
  chartTarget,
  localizeChart,
  locale,
  type ChartDef,
  type Locale,
} from "@ccsim/report";
import type { ResultDocument, Scenario } from "@ccsim/scenario";
import { parse, View } from "vega";
import { compile } from "vega-lite";
import { el } from "./dom.js";
import { chartTerm, webEn, type WebText } from "./webText.js";

export interface ChartsViewOptions {
  readonly locale?: Locale;
  /** Intervention dates, marked on every monthly chart. */
  readonly markers?: readonly string[];
  readonly text?: WebText;
}

const views = new Map<string, View>();
let generation = 0;

/**
 * Draws every chart the result can fill into `container`, replacing the previous drawing, and reports each one
 * drawn; resolves false when a newer drawing took over.
 */
export async function drawCharts(
  container: HTMLElement,
  doc: ResultDocument,
  targets: Scenario["targets"],
  onDrawn: (drawn: number, total: number) => void,
  options: ChartsViewOptions = {},
): Promise<boolean> {
  const mine = ++generation;
  const loc = options.locale ?? locale("en");
  const text = options.text ?? webEn;
  const charts = chartsFor(doc).map((c) => localizeChart(c, loc));
  for (const id of [...views.keys()].filter((id) => !charts.some((c) => c.id === id))) dropView(container, id);
  for (const [n, chart] of charts.entries()) {
    const t0 = performance.now();
    const figure = figureFor(container, chart.id, text);
    // NOTE: the spec's width is the plot's; the y axis and its title take about 90 px beside it (legends are below).
    const width = Math.max(240, figure.clientWidth - 90);
    const height = document.body.classList.contains("present") ? 300 : 150;
    const spec = chartSpec(chart, chartRows(doc, chart), chartTarget(chart, targets), {
      width,
      height,
      locale: loc,
      markers: options.markers ?? [],
    });
    const plot = figure.querySelector<HTMLElement>(".plot")!;
    const runtime = parse(compile(spec).spec);
    // A chart painted before the app loaded (firstPaint.ts): its SVG goes now, just before Vega draws in its place.
    if (figure.hasAttribute("data-prerendered")) {
      plot.replaceChildren();
      figure.removeAttribute("data-prerendered");
    }
    const view = new View(runtime, {
      renderer: "svg",
      container: plot,
      hover: true,
    });
    views.get(chart.id)?.finalize();
    views.set(chart.id, view);
    await view.runAsync();
    performance.mark("ccsim-chart", { detail: { id: chart.id, ms: Math.round(performance.now() - t0) } });
    onDrawn(n + 1, charts.length);
    // NOTE: yield between charts so a click (cancel, a lever) is handled while ten charts are drawn.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (mine !== generation) return false;
  }
  return true;
}

/** Removes every chart (a new scenario was picked). */
export function clearCharts(container: HTMLElement): void {
  generation++;
  for (const id of [...views.keys()]) dropView(container, id);
  container.replaceChildren();
}

function figureFor(container: HTMLElement, id: string, text: WebText): HTMLElement {
  const term = chartTerm(id);
  const help = el(
    "a",
    { class: "term", href: `#glossary${term === undefined ? "" : `-${termId(term)}`}` },
    term === undefined ? text.glossary : text.whatIs(text.termNames[term] ?? term),
  );
  // The link is in-page: it must not change the URL fragment, which holds the playground's state.
  help.addEventListener("click", (event) => {
    event.preventDefault();
    const target = document.getElementById(help.getAttribute("href")!.slice(1));
    target?.closest("details")?.setAttribute("open", "");
    target?.scrollIntoView({ block: "center" });
  });
  const existing = container.querySelector<HTMLElement>(`figure[data-chart="${id}"]`);
  if (existing !== null) {
    existing.querySelector(".term")?.replaceWith(help);
    return existing;
  }
  const figure = document.createElement("figure");
  figure.dataset["chart"] = id;
  const plot = document.createElement("div");
  plot.className = "plot";
  figure.append(plot, help);
  container.append(figure);
  return figure;
}

/** The element id of a glossary term ("hh.index" -> "hh-index"). */
export function termId(term: string): string {
  return term.replace(/[^A-Za-z0-9]+/g, "-");
}

/** The in-page glossary: every term a figure is read with, in the page's language. */
export function drawGlossary(container: HTMLElement, text: WebText): void {
  container.replaceChildren(
    el(
      "details",
      { id: "glossary" },
      el("summary", {}, text.glossary),
      el(
        "dl",
        {},
        ...Object.entries(text.terms).flatMap(([term, meaning]) => [
          el("dt", { id: `glossary-${termId(term)}` }, text.termNames[term] ?? term),
          el("dd", {}, meaning),
        ]),
      ),
    ),
  );
}

function dropView(container: HTMLElement, id: string): void {
  views.get(id)?.finalize();
  views.delete(id);
  container.querySelector(`figure[data-chart="${id}"]`)?.remove();
}

/**
 * Draws one small chart off screen and throws it away, so Vega's compiler and renderer are compiled by the
 * browser before the first real chart is wanted (the first drawing costs several times the later ones).
 */
export async function warmUpCharts(): Promise<void> {
  const def: ChartDef = {
    id: "warm-up",
    title: "warm-up",
    axisTitle: "",
    definition: "",
    unitSuffix: "",
    series: [{ kpi: "x", label: "x" }],
    scale: 1,
  };
  const rows = ["baseline", "variant"].flatMap((variant) =>
    ["2024-01", "2024-02", "2024-03"].map((month, i) => ({
      variant,
      series: "x",
      month,
      mean: i,
      ciLow: i - 1,
      ciHigh: i + 1,
    })),
  );
  const host = document.createElement("div");
  host.style.cssText = "position:absolute;left:-10000px;top:0;width:600px";
  document.body.append(host);
  const view = new View(parse(compile(chartSpec(def, rows, 1)).spec), { renderer: "svg", container: host });
  try {
    await view.runAsync();
  } finally {
    view.finalize();
    host.remove();
  }
}
