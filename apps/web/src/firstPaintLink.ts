/**
 * Which links get a first paint (firstPaint.ts), and how it is labelled. Read without the schema (the app is not
 * loaded yet), so the rules are narrow and err towards labelling a paint as not current:
 * - "current": the link's first round is exactly the first look it was drawn from (it asks the worker pool for the
 *   first look's cache keys, cacheKey.ts): the scenario, its own starting point and fidelity, any replication count
 *   (it adds rounds after the first), language and presenter mode (layout only).
 * - "pending": the link changes the trainer's variant only (levers, another starting point, saved variants). The
 *   baseline's first replication is still the first look's (its cache key depends on the scenario, fidelity and
 *   seed alone, runRequest.ts), so its lines are painted as current; the variants' are pending.
 * - "stale": the link changes the baseline too (another fidelity): the whole first look is painted, dimmed, under a
 *   note that it is not the link's settings, with the link's changes listed.
 * The app checks the link fully; one it rejects hides whatever was painted.
 */
/** Keys of a link that leave the first round as painted. */
const PAINTED_KEYS = new Set(["scenario", "from", "fidelity", "replications", "lang", "present"]);
/** A listed change's value is cut here: a link's value may be 4,000 characters (linkLimits.ts). */
const SHOWN_VALUE_CHARS = 60;

/** What the first paint of a scenario was drawn for (firstPaintBuild.ts). */
export interface FirstPaintIndex {
  readonly fidelity: string;
  readonly from: string;
}

/** How a link is painted before the app loads. */
export interface FirstPaintPlan {
  /** The painted file for the link, relative to the page. */
  readonly file: string;
  readonly mode: "current" | "pending" | "stale";
  readonly present: boolean;
  /** The link's changes from the painted first look, as "path = value" (the saved variants by name). */
  readonly changes: readonly string[];
}

/** The saved variants' names (the app checks the list; here only what to call it). */
function savedNames(raw: string): string {
  try {
    const list: unknown = JSON.parse(raw);
    if (Array.isArray(list))
      return list
        .map((v: unknown) => (typeof v === "object" && v !== null && "name" in v ? String(v.name) : "?"))
        .join(", ");
  } catch {
    // Not JSON: the app says so; the paint shows the raw text.
  }
  return raw;
}

const cut = (s: string): string => (s.length > SHOWN_VALUE_CHARS ? `${s.slice(0, SHOWN_VALUE_CHARS - 1)}…` : s);

/** The first paint of a link, or undefined when it gets none (the app's own path draws it). */
export function firstPaintPlan(
  hash: string,
  index: Readonly<Record<string, FirstPaintIndex>>,
  savedLabel = "saved variants",
): FirstPaintPlan | undefined {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ""));
  } catch {
    return undefined;
  }
  const keys = [...params.keys()];
  if (new Set(keys).size !== keys.length) return undefined;
  const id = params.get("scenario") ?? "";
  const painted = Object.hasOwn(index, id) ? index[id] : undefined;
  if (painted === undefined) return undefined;
  const lang = params.get("lang") ?? "en";
  const present = params.get("present");
  if ((lang !== "en" && lang !== "ru") || (present !== null && present !== "1")) return undefined;
  const differs = (key: string, value: string): boolean => (params.get(key) ?? value) !== value;
  const changes = [...params.entries()]
    .filter(
      ([k]) =>
        !PAINTED_KEYS.has(k) ||
        (k === "from" && differs(k, painted.from)) ||
        (k === "fidelity" && differs(k, painted.fidelity)),
    )
    .map(([k, v]) => (k === "saved" ? `${savedLabel}: ${cut(savedNames(v))}` : `${k} = ${cut(v)}`));
  const mode = changes.length === 0 ? "current" : differs("fidelity", painted.fidelity) ? "stale" : "pending";
  return { file: `first-paint/${encodeURIComponent(id)}.${lang}.json`, mode, present: present === "1", changes };
}

/** The painted file for a link whose first round is exactly the first look (no change to label), else undefined. */
export function firstPaintFile(hash: string, index: Readonly<Record<string, FirstPaintIndex>>): string | undefined {
  const plan = firstPaintPlan(hash, index);
  return plan?.mode === "current" && !plan.present ? plan.file : undefined;
}
