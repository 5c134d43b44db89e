/**
 * The page's entry: a few kB that paint a cold link's first look (its headline and first two charts, prerendered
 * when the app was built: firstPaintBuild.ts) before the app's own code (2 MB: the runner, the schema, Vega) is
 * loaded and run, then load the app (main.ts), which replaces them with its own round drawn live.
 * What is painted, and how it is labelled, follows from the link (firstPaintLink.ts): the first look itself when
 * the link's first round is that look (in presenter layout if the link asks for it); the baseline's lines alone,
 * the variants marked as being simulated, when the link changes only the variants; the whole look dimmed under
 * "not yet your settings" when it changes the baseline too. A figure is never shown as current when it is not.
 * The app checks the link fully; a link it rejects hides what was painted (the playground is hidden).
 */
import "./style.css";
import { firstPaints } from "virtual:first-paint";
// A type only: nothing of the build's code (or the app's) comes into this entry.
import type { FirstPaint } from "./firstPaintBuild.js";
import { firstPaintPlan, type FirstPaintPlan } from "./firstPaintLink.js";

const byId = (id: string): HTMLElement | null => document.getElementById(id);

/** Paints the first look, and resolves once it is on screen (after the next frame). */
async function paint(first: FirstPaintPlan): Promise<void> {
  const hash = location.hash;
  const response = await fetch(first.file);
  if (!response.ok) return;
  const painted = (await response.json()) as FirstPaint;
  // The link changed meanwhile (or the app's elements are missing): the app's own path draws it.
  const [library, playground, headlines, charts, status, results, staleNote] = [
    "library",
    "playground",
    "headlines",
    "charts",
    "run-status",
    "results",
    "stale-note",
  ].map(byId);
  if (location.hash !== hash || !library || !playground || !headlines || !charts || !status || !results || !staleNote)
    return;
  // The changes again, with the saved variants called as the page's language calls them.
  const plan = firstPaintPlan(hash, firstPaints, painted.savedLabel) ?? first;
  const lang = first.file.endsWith(".ru.json") ? "ru" : "en";
  document.documentElement.lang = lang;
  const select = byId("lang");
  if (select instanceof HTMLSelectElement) select.value = lang;
  const [home, tagline, present] = [byId("home"), byId("tagline"), byId("present")];
  if (home) home.textContent = painted.title;
  if (tagline) tagline.textContent = painted.tagline;
  // Presenter mode is layout only (style.css): the same first look, its headline as one sentence, charts large.
  if (plan.present) {
    document.body.classList.add("present");
    if (present) present.textContent = painted.leavePresent;
  }
  library.hidden = true;
  playground.hidden = false;
  // HTML made by this app's own build from its own texts (escaped there), served from the page's origin.
  headlines.innerHTML = plan.mode === "pending" ? painted.pendingHeadlines : painted.headlines;
  charts.innerHTML = plan.mode === "pending" ? painted.baselineCharts : painted.charts;
  status.textContent = painted.status;
  if (plan.mode !== "current") {
    // The link's own text (decoded, cut), so set as text, never as HTML. The app clears it with its first round.
    staleNote.textContent = `${plan.mode === "pending" ? painted.pendingNote : painted.staleNote} ${plan.changes.join("; ")}.`;
    if (plan.mode === "stale") results.dataset["stale"] = "true";
  }
  results.dataset["firstPaintMode"] = plan.mode;
  results.dataset["firstPaint"] = new URLSearchParams(hash.slice(1)).get("scenario") ?? "";
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  performance.mark("ccsim-first-paint");
  // From navigation, as the live charts' data-first-charts-page-ms: what a cold link's reader waits.
  results.dataset["firstPaintPageMs"] = String(Math.round(performance.now()));
}

const plan = firstPaintPlan(location.hash, firstPaints);
// A failed paint (a file missing, as in the development server) leaves the page to the app, as without one.
void (plan === undefined ? Promise.resolve() : paint(plan).catch(() => undefined)).then(() => import("./main.js"));
