import type { ResultDocument } from "@ccsim/scenario";
import { csvCell } from "./escaping.js";

/** Long CSV of a result's monthly estimates: one row per variant, month and KPI. */
export function monthsCsv(doc: ResultDocument): string {
  const rows = ["variant,month,kpi,mean,ci95_low,ci95_high,p10,p90,replications"];
  for (const v of doc.variants) {
    for (const m of v.months) {
      for (const [kpi, e] of Object.entries(m.kpis)) rows.push([csvCell(v.name), m.month, kpi, e.mean, e.ci95_low, e.ci95_high, e.p10, e.p90, doc.provenance.replications].join(","));
    }
  }
  return `${rows.join("\n")}\n`;
}
