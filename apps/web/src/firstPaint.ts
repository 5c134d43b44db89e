/**
 * The page's entry: a few kB that paint a cold link's first look (its headline and first two charts, prerendered
 * when the app was built: firstPaintBuild.ts) before the app's own code (2 MB: the runner, the schema, Vega) is
 * loaded and run, then load the app (main.ts), which replaces them with the same round drawn live. Only a link
 * whose run starts with the very first look painted here (same scenario, starting point and fidelity, no lever,
 * no saved variant, not presenter mode, whose charts are larger) is painted; any other takes the app's own path.
 * The app checks the link fully; a link it rejects hides what was painted (the playground is hidden).
 */
import "./style.css";
import { firstPaints } from "virtual:first-paint";

/** Keys of a link that leave the first round as painted (replications only adds rounds after it). */
const PAINTED_KEYS = new Set(["scenario", "from", "fidelity", "replications", "lang"]);

interface FirstPaint {
  readonly title: string;
  readonly tagline: string;
  readonly status: string;
  readonly headlines: string;
  readonly charts: string;
}

/** The painted file for the link, or undefined when the link's first round is not the one painted. */
function paintedFile(hash: string): string | undefined {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ""));
  } catch {
    return undefined;
  }
  const keys = [...params.keys()];
  if (keys.some((k) => !PAINTED_KEYS.has(k)) || new Set(keys).size !== keys.length) return undefined;
  const id = params.get("scenario") ?? "";
  const index = Object.hasOwn(firstPaints, id) ? firstPaints[id] : undefined;
  if (index === undefined) return undefined;
  const same = (key: string, value: string): boolean => (params.get(key) ?? value) === value;
  if (!same("fidelity", index.fidelity) || !same("from", index.from)) return undefined;
  const lang = params.get("lang") ?? "en";
  return lang === "en" || lang === "ru" ? `first-paint/${encodeURIComponent(id)}.${lang}.json` : undefined;
}

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

const file = paintedFile(location.hash);
// A failed paint (a file missing, as in the development server) leaves the page to the app, as without one.
void (file === undefined ? Promise.resolve() : paint(file).catch(() => undefined)).then(() => import("./main.js"));
