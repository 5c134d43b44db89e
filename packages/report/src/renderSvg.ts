import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Renders a Vega-Lite spec to a standalone SVG document (no DOM needed: runs in Node and in browsers). */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  try {
    return accessible(await view.toSVG(), spec.description);
  } finally {
    view.finalize();
  }
}

/**
 * The SVG as one image named by the spec's description (in the report's language). Vega labels its groups with
 * English roles ("line mark container", "Title text '...'") that a screen reader would read out inside a Russian
 * page; the chart's title and definition say the same in the reader's language.
 */
function accessible(svg: string, description: string | undefined): string {
  const plain = svg.replace(/ (?:role="graphics-[a-z-]+"|aria-roledescription="[^"]*"|aria-label="[^"]*")/g, "");
  if (description === undefined) return plain;
  const label = description.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  return plain.replace(/^<svg /, `<svg role="img" aria-label="${label}" `);
}

/** Every chart of a report as SVG, by chart id. */
export async function renderCharts(
  charts: readonly { readonly def: { readonly id: string }; readonly spec: TopLevelSpec }[],
): Promise<Map<string, string>> {
  const svgs = new Map<string, string>();
  for (const chart of charts) svgs.set(chart.def.id, await renderSvg(chart.spec));
  return svgs;
}
