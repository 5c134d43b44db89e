/**
 * The first paint of a shipped scenario (built in Node, never bundled into the page): its first look's headline
 * and first two charts as HTML and SVG, so a cold link to the scenario shows them before the app's 2 MB of code
 * is loaded (src/firstPaint.ts). The round is the first look itself (firstLook.ts), summarised by the runner as
 * the page summarises it, and the charts are the page's Vega-Lite specs rendered by @ccsim/report's SVG renderer,
 * so the live app, when it replaces them, draws the same numbers.
 */
import {
  chartRows,
  chartSpec,
  chartsFor,
  chartTarget,
  escapeHtml,
  headlines,
  interventionDates,
  localizeChart,
  locale,
  renderSvg,
  withShownNames,
  type Lang,
} from "@ccsim/report";
import { checkScenario, simulate, type ReplicationResult } from "@ccsim/runner";
import type { ResultDocument, Scenario } from "@ccsim/scenario";
import { cacheKey } from "./cacheKey.js";
import type { FirstLook } from "./firstLook.js";
import type { FirstPaintIndex } from "./firstPaintLink.js";
import type { LibraryEntry } from "./library.js";
import { firstRoundSentence, SHOWN_HEADLINES } from "./resultsView.js";
import { planRun } from "./runRequest.js";
import { defaultStart, shownVariantName } from "./trainerVariant.js";
import type { PlaygroundState } from "./urlState.js";
import { chartTerm, webText } from "./webText.js";

/** What the page paints for one language (HTML made here from the build's own texts, escaped). */
export interface FirstPaint {
  readonly title: string;
  readonly tagline: string;
  readonly status: string;
  readonly headlines: string;
  readonly charts: string;
  /** The first two charts with the baseline's lines alone: a link that changes only the variants (firstPaintLink.ts). */
  readonly baselineCharts: string;
  /** The headline's place while the variants are simulated, and the notes above a pending or stale paint. */
  readonly pendingHeadlines: string;
  readonly pendingNote: string;
  readonly staleNote: string;
  readonly savedLabel: string;
  /** The presenter-mode button's text when a link opens in presenter mode. */
  readonly leavePresent: string;
}

export const FIRST_PAINT_LANGS: readonly Lang[] = ["en", "ru"];
/**
 * The plot's width in the SVG: what chartsView computes for a chart figure at 1366 px (figure 469 px less the y
 * axis's 90). At other widths the SVG is scaled to the figure (style.css) until the live chart replaces it.
 */
const PLOT_WIDTH = 380;
const PLOT_HEIGHT = 150;

/** The state a link with no lever moved opens: the one the first look was simulated for. */
function defaultState(entry: LibraryEntry, scenario: Scenario): PlaygroundState {
  return { scenarioId: entry.id, from: defaultStart(scenario), edits: {}, settings: {} };
}

/** The first look's round as a result document, from the looked-up replications (no simulation). */
async function firstRound(
  entry: LibraryEntry,
  scenario: Scenario,
  look: FirstLook,
): Promise<ResultDocument | undefined> {
  const request = planRun(entry, scenario, defaultState(entry, scenario));
  const prepared = await checkScenario({ scenario: request.scenario, file: request.fileName });
  if (!prepared.ok) return undefined;
  const key = cacheKey(request);
  // The look holds what simulateJob returned at build time (firstLookBuild.ts), keyed as the pool keys it.
  const months = prepared.variants.map((_, i) => look[key(i, 0)] as ReplicationResult | undefined);
  if (months.some((m) => m === undefined)) return undefined;
  const outcome = await simulate(prepared, {
    replications: 1,
    execute: () => Promise.resolve(months as ReplicationResult[]),
    // Not shown by the first paint; the live app writes the real provenance when it runs.
    provenance: {
      ccsimVersion: "build",
      gitCommit: "build",
      scenarioFile: `${entry.id}-playground.yaml`,
      scenarioSha256: "",
      seed: request.scenario.seed,
      fidelity: request.scenario.fidelity,
      command: "",
    },
  });
  return outcome.ok ? outcome.result : undefined;
}

/** Vega numbers clip paths from 1 in every SVG: two inline in one page would collide, so each gets a prefix. */
function scopeIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, `id="fp-${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#fp-${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#fp-${prefix}-$1"`);
}

async function paintFor(entry: LibraryEntry, scenario: Scenario, doc: ResultDocument, lang: Lang): Promise<FirstPaint> {
  const loc = locale(lang, scenario.currency);
  const text = webText(lang);
  const shown = withShownNames(doc, shownVariantName(scenario, loc, text.yourVariant));
  const items = headlines(shown, loc);
  const li = (t: string): string => `<li class="first-look">${escapeHtml(firstRoundSentence(t))}</li>`;
  const rest = items.slice(SHOWN_HEADLINES);
  // The same elements and classes as resultsView.drawHeadlines draws for a first look computed at build time.
  const headlinesHtml = [
    `<h2>${escapeHtml(text.headlinesTitle)}</h2>`,
    `<p class="note first-look-note from-build">${escapeHtml(text.firstLookBuilt)}</p>`,
    items.length === 0
      ? `<p>${escapeHtml(text.noDifference)}</p>`
      : `<ul class="headlines">${items
          .slice(0, SHOWN_HEADLINES)
          .map((h) => li(h.text))
          .join("")}</ul>`,
    rest.length === 0
      ? ""
      : `<details class="more"><summary>${escapeHtml(text.moreHeadlines(rest.length))}</summary><ul class="headlines">${rest
          .map((h) => li(h.text))
          .join("")}</ul></details>`,
  ].join("");
  const markers = interventionDates(planRun(entry, scenario, defaultState(entry, scenario)).scenario);
  const charts = async (doc: ResultDocument): Promise<string> => {
    const figures: string[] = [];
    // The charts the live page draws first (chosen from the whole round), with the rows of `doc`.
    for (const chart of chartsFor(shown)
      .slice(0, 2)
      .map((c) => localizeChart(c, loc))) {
      const spec = chartSpec(chart, chartRows(doc, chart), chartTarget(chart, scenario.targets), {
        width: PLOT_WIDTH,
        height: PLOT_HEIGHT,
        locale: loc,
        markers,
      });
      const term = chartTerm(chart.id);
      const label = term === undefined ? text.glossary : text.whatIs(text.termNames[term] ?? term);
      // The glossary link becomes a link when the app replaces the figure (chartsView); a link here would change
      // the URL fragment, which holds the playground's state, before the app is there to stop it.
      figures.push(
        `<figure data-chart="${escapeHtml(chart.id)}" data-prerendered=""><div class="plot">${scopeIds(
          await renderSvg(spec),
          chart.id,
        )}</div><span class="term">${escapeHtml(label)}</span></figure>`,
      );
    }
    return figures.join("");
  };
  return {
    title: text.title,
    tagline: text.tagline,
    status: text.firstPaintLoading,
    headlines: headlinesHtml,
    charts: await charts(shown),
    // The baseline is variant 0; its first replication is the same whatever the link does to the variants.
    baselineCharts: await charts({ ...shown, variants: shown.variants.slice(0, 1) }),
    pendingHeadlines: `<h2>${escapeHtml(text.headlinesTitle)}</h2><p class="paint-pending">${escapeHtml(
      text.paintPendingHeadline,
    )}</p>`,
    pendingNote: text.paintPending,
    staleNote: text.paintStale,
    savedLabel: text.paintSaved,
    leavePresent: text.leavePresent,
  };
}

/** The first paint of an entry in every language (none for a scenario without a first look). */
export async function computeFirstPaint(
  entry: LibraryEntry,
  scenario: Scenario,
  look: FirstLook,
): Promise<{ index: FirstPaintIndex; paints: Map<Lang, FirstPaint> } | undefined> {
  const doc = await firstRound(entry, scenario, look);
  if (doc === undefined) return undefined;
  const paints = new Map<Lang, FirstPaint>();
  for (const lang of FIRST_PAINT_LANGS) paints.set(lang, await paintFor(entry, scenario, doc, lang));
  return { index: { fidelity: scenario.fidelity, from: defaultStart(scenario) }, paints };
}
