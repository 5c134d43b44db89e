import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Renders a Vega-Lite spec to a standalone SVG document (no DOM needed: runs in Node and in browsers). */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Every chart of a report as SVG, by chart id. */
export async function renderCharts(
  charts: readonly { readonly def: { readonly id: string }; readonly spec: TopLevelSpec }[],
): Promise<Map<string, string>> {
  const svgs = new Map<string, string>();
  for (const chart of charts) svgs.set(chart.def.id, await renderSvg(chart.spec));
  return svgs;
}
