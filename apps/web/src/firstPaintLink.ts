/**
 * Which links get a first paint (firstPaint.ts): those whose first round is exactly the first look it was drawn
 * from, i.e. whose run asks the worker pool for the first look's cache keys (cacheKey.ts). Read without the
 * schema (the app is not loaded yet), so the rule is narrow: the scenario, its own starting point and fidelity,
 * any replication count (it adds rounds after the first) and language; anything else takes the app's own path.
 */
/** Keys of a link that leave the first round as painted. */
const PAINTED_KEYS = new Set(["scenario", "from", "fidelity", "replications", "lang"]);

/** What the first paint of a scenario was drawn for (firstPaintBuild.ts). */
export interface FirstPaintIndex {
  readonly fidelity: string;
  readonly from: string;
}

/** The painted file for the link (relative to the page), or undefined when its first round is not the one painted. */
export function firstPaintFile(hash: string, index: Readonly<Record<string, FirstPaintIndex>>): string | undefined {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ""));
  } catch {
    return undefined;
  }
  const keys = [...params.keys()];
  if (keys.some((k) => !PAINTED_KEYS.has(k)) || new Set(keys).size !== keys.length) return undefined;
  const id = params.get("scenario") ?? "";
  const painted = Object.hasOwn(index, id) ? index[id] : undefined;
  if (painted === undefined) return undefined;
  const same = (key: string, value: string): boolean => (params.get(key) ?? value) === value;
  if (!same("fidelity", painted.fidelity) || !same("from", painted.from)) return undefined;
  const lang = params.get("lang") ?? "en";
  return lang === "en" || lang === "ru" ? `first-paint/${encodeURIComponent(id)}.${lang}.json` : undefined;
}
