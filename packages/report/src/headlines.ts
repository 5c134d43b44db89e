import type { DifferenceDocument, ResultDocument } from "@ccsim/scenario";
import { kpiFormat } from "./kpiFormat.js";

/** The KPIs a summary leads with, in order, among those a result has. */
const HEADLINE_KPIS = [
  "voice.serviceLevel",
  "voice.abandonRate",
  "chat.serviceLevel",
  "staffingSufficiency",
  "headcount",
  "monthlyAttrition",
  "enps",
  "tnps",
  "costPerContact",
];

/** One headline: a variant's difference from the baseline for one KPI, in plain words. */
export interface Headline {
  readonly variant: string;
  readonly kpi: string;
  readonly text: string;
  readonly significant: boolean;
}

/**
 * The headline differences of every variant against the baseline, mean over the reported months, e.g.
 * "voice SL: 71.2% in the baseline, 80.4% with remote hiring, +9.2 pp (95% CI +8.1 pp to +10.3 pp)."
 */
export function headlines(doc: ResultDocument): Headline[] {
  return doc.comparisons.flatMap((c) =>
    HEADLINE_KPIS.flatMap((kpi) => {
      const d = c.overall.find((x) => x.kpi === kpi);
      return d === undefined
        ? []
        : [
            {
              variant: c.variant,
              kpi,
              text: sentence(c.variant, d, doc.provenance.replications),
              significant: d.significant,
            },
          ];
    }),
  );
}

function sentence(variant: string, d: DifferenceDocument, replications: number): string {
  const f = kpiFormat(d.kpi);
  const e = d.difference;
  const verdict = d.significant
    ? "a real difference: its interval excludes zero"
    : `not distinguishable from no change with ${replications} replications`;
  return (
    `${f.label}: ${f.format(d.baseline.mean)} in the baseline, ${f.format(d.variant.mean)} in "${variant}", ${f.formatDifference(e.mean)} ` +
    `(95% CI ${f.formatDifference(e.ci95_low)} to ${f.formatDifference(e.ci95_high)}); ${verdict}.`
  );
}
