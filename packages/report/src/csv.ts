import type { ResultDocument } from "@ccsim/scenario";
import { csvCell } from "./escaping.js";

/** A number for CSV; a missing value (NaN in memory, null read back from JSON) is an empty field. */
function num(x: number | null): string {
  return x === null || Number.isNaN(x) ? "" : String(x);
}

/** Long CSV of a result's monthly estimates: one row per variant, month and KPI; missing values are empty fields. */
export function monthsCsv(doc: ResultDocument): string {
  const rows = ["variant,month,kpi,mean,ci95_low,ci95_high,p10,p90,replications"];
  for (const v of doc.variants) {
    for (const m of v.months) {
      for (const [kpi, e] of Object.entries(m.kpis))
        rows.push(
          [
            csvCell(v.name),
            m.month,
            kpi,
            num(e.mean),
            num(e.ci95_low),
            num(e.ci95_high),
            num(e.p10),
            num(e.p90),
            doc.provenance.replications,
          ].join(","),
        );
    }
  }
  return `${rows.join("\n")}\n`;
}
