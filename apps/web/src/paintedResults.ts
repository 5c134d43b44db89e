/**
 * What the app does with the results firstPaint.ts painted before it loaded (marked by `data-first-paint` and
 * `data-first-paint-mode` on #results): kept until the first round is drawn over them, dropped when the link is
 * closed or rejected, and relabelled when the trainer changes the state or cancels the run before that round: the
 * paint's own note lists the link's changes and promises the live run, which is then no longer coming.
 */
const results = (): HTMLElement | null => document.getElementById("results");

/** Whether the results still hold a first paint (of the scenario `id`, when given). */
export function holdsFirstPaint(id?: string): boolean {
  const painted = results()?.dataset["firstPaint"];
  return painted !== undefined && (id === undefined || painted === id);
}

/** The results no longer hold the paint (drawn over, or cleared); its notes go with the round that replaces it. */
export function forgetFirstPaint(): void {
  const node = results();
  delete node?.dataset["firstPaint"];
  delete node?.dataset["firstPaintMode"];
}

/** The paint belongs to a link that is closed or rejected: never kept, nor its notes, for another state. */
export function dropFirstPaint(): void {
  if (!holdsFirstPaint()) return;
  forgetFirstPaint();
  delete results()?.dataset["stale"];
  const note = document.getElementById("stale-note");
  if (note !== null) note.textContent = "";
}

/**
 * The trainer changed the state, or cancelled the run, before the first round replaced the paint: it is from other
 * settings than those on the controls, and `staleText` says so. A paint of the settings themselves stays as it is.
 */
export function supersedeFirstPaint(staleText: string): void {
  const node = results();
  if (node === null || !holdsFirstPaint() || node.dataset["firstPaintMode"] === "current") return;
  node.dataset["stale"] = "true";
  const note = document.getElementById("stale-note");
  if (note !== null) note.textContent = staleText;
}
