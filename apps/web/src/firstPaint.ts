/**
 * The page's entry: a few kB that paint a cold link's first look (its headline and first two charts, prerendered
 * when the app was built: firstPaintBuild.ts) before the app's own code (2 MB: the runner, the schema, Vega) is
 * loaded and run, then load the app (main.ts), which replaces them with the same round drawn live. Only a link
 * whose run starts with the very first look painted here is painted (firstPaintLink.ts: no lever, no saved
 * variant, not presenter mode, whose charts are larger); any other takes the app's own path.
 * The app checks the link fully; a link it rejects hides what was painted (the playground is hidden).
 */
import "./style.css";
import { firstPaints } from "virtual:first-paint";
// A type only: nothing of the build's code (or the app's) comes into this entry.
import type { FirstPaint } from "./firstPaintBuild.js";
import { firstPaintFile } from "./firstPaintLink.js";

const byId = (id: string): HTMLElement | null => document.getElementById(id);

/** Paints the first look, and resolves once it is on screen (after the next frame). */
async function paint(file: string): Promise<void> {
  const hash = location.hash;
  const response = await fetch(file);
  if (!response.ok) return;
  const painted = (await response.json()) as FirstPaint;
  // The link changed meanwhile (or the app's elements are missing): the app's own path draws it.
  const [library, playground, headlines, charts, status, results] = [
    "library",
    "playground",
    "headlines",
    "charts",
    "run-status",
    "results",
  ].map(byId);
  if (location.hash !== hash || !library || !playground || !headlines || !charts || !status || !results) return;
  const lang = file.endsWith(".ru.json") ? "ru" : "en";
  document.documentElement.lang = lang;
  const select = byId("lang");
  if (select instanceof HTMLSelectElement) select.value = lang;
  const [home, tagline] = [byId("home"), byId("tagline")];
  if (home) home.textContent = painted.title;
  if (tagline) tagline.textContent = painted.tagline;
  library.hidden = true;
  playground.hidden = false;
  // HTML made by this app's own build from its own texts (escaped there), served from the page's origin.
  headlines.innerHTML = painted.headlines;
  charts.innerHTML = painted.charts;
  status.textContent = painted.status;
  results.dataset["firstPaint"] = new URLSearchParams(hash.slice(1)).get("scenario") ?? "";
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  performance.mark("ccsim-first-paint");
  // From navigation, as the live charts' data-first-charts-page-ms: what a cold link's reader waits.
  results.dataset["firstPaintPageMs"] = String(Math.round(performance.now()));
}

const file = firstPaintFile(location.hash, firstPaints);
// A failed paint (a file missing, as in the development server) leaves the page to the app, as without one.
void (file === undefined ? Promise.resolve() : paint(file).catch(() => undefined)).then(() => import("./main.js"));
