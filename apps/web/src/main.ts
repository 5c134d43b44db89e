/**
 * Entry point of the trainer playground: the library until a scenario is picked, then the playground. The state
 * lives in the URL fragment, decoded (and checked by the scenario schema) whenever it changes. Loaded by the page's
 * tiny entry (firstPaint.ts), after it has painted a cold link's prerendered first look.
 */
import { warmUpCharts } from "./chartsView.js";
import { loadFirstLook } from "./firstLookLoader.js";
import type { Lang } from "@ccsim/report";
import { drawLibrary, drawLinkError } from "./libraryView.js";
import { drawHeader } from "./pageHeader.js";
import { Either } from "effect";
import { findEntry, scenarioOf } from "./library.js";
import { Playground } from "./playground.js";
import { queueFirstRound } from "./progressiveRun.js";
import { planRun } from "./runRequest.js";
import { decodeHash, type PlaygroundState } from "./urlState.js";
import { WorkerPool } from "./WorkerPool.js";

const $ = (id: string): HTMLElement => document.getElementById(id)!;

// Workers start at once, so their modules are loaded by the time a trainer picks a scenario.
const pool = new WorkerPool();
const playground = new Playground(pool);
// A link's scenario: its first look (computed at build time) goes into the pool before the link is decoded.
const linked = new URLSearchParams(location.hash.slice(1)).get("scenario");
if (linked !== null) loadFirstLook(pool, linked);

/** The language the library was drawn in (undefined: not drawn yet, "en" or "ru"). */
let libraryLang: string | undefined;

/**
 * The library, drawn the first time it is shown (and again in another language): it decodes every shipped
 * scenario, work a cold shared link would otherwise do before its own run starts.
 */
function showLibrary(lang: Lang | undefined): void {
  drawHeader(lang, false);
  if (libraryLang !== (lang ?? "en")) drawLibrary($("library-list"), lang);
  libraryLang = lang ?? "en";
  $("library").hidden = false;
}

function route(): void {
  const decoded = decodeHash(location.hash);
  $("link-error").hidden = true;
  if (decoded.kind === "state") {
    $("library").hidden = true;
    $("playground").hidden = false;
    playground.open(decoded.state);
    return;
  }
  playground.close();
  // The link's own language, read directly where the state that would carry it did not decode.
  const lang =
    decoded.kind === "library"
      ? decoded.lang
      : new URLSearchParams(location.hash.slice(1)).get("lang") === "ru"
        ? "ru"
        : undefined;
  showLibrary(lang);
  $("playground").hidden = true;
  if (decoded.kind === "error") drawLinkError($("link-error"), decoded.problems, decoded.scenarioId, lang);
}

/** The library's main job, run ahead while the trainer reads the library (see prefetch below). */
const FEATURED = "mts-virtual-contact-centre";

// Language and presenter mode live in the link with the rest of the state; changing them draws again, no new run.
$("lang").addEventListener("change", (event) => {
  const lang = (event.target as HTMLSelectElement).value;
  const state = decodeHash(location.hash);
  if (state.kind === "state")
    playground.view({
      ...(lang === "ru" ? { lang: "ru" } : {}),
      ...(state.state.present === true ? { present: true } : {}),
    });
  // On the library the language is the whole link.
  else if (state.kind === "library") location.hash = lang === "ru" ? "lang=ru" : "";
});
$("present").addEventListener("click", () => {
  const state = decodeHash(location.hash);
  if (state.kind === "state")
    playground.view({
      ...(state.state.lang === undefined ? {} : { lang: state.state.lang }),
      ...(state.state.present === true ? {} : { present: true }),
    });
});
/**
 * Queues the first replication of each variant of a state before anyone asks (the featured case while the
 * trainer reads the library), so picking it shows charts as soon as they are drawn. It also warms the workers' JIT.
 */
function prefetch(state: PlaygroundState): void {
  const entry = findEntry(state.scenarioId);
  const scenario = entry === undefined ? undefined : scenarioOf(entry);
  if (entry === undefined || scenario === undefined || Either.isLeft(scenario)) return;
  void queueFirstRound(pool, planRun(entry, scenario.right, state));
}

window.addEventListener("hashchange", route);
route();
if (decodeHash(location.hash).kind === "library") {
  const featured = decodeHash(`#scenario=${FEATURED}`);
  if (featured.kind === "state") prefetch(featured.state);
}
// The page's thread is idle while the trainer reads the library: compile Vega's code before the first chart is
// wanted. Not on a link: its first round is there at once (the first look), and a warm-up would delay it.
if (linked === null) setTimeout(() => void warmUpCharts(), 0);
