import type { DifferenceDocument, ResultDocument } from "@ccsim/scenario";
import { locale, type Locale } from "./i18n/locale.js";
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
export function headlines(doc: ResultDocument, loc: Locale = locale("en")): Headline[] {
  return doc.comparisons.flatMap((c) =>
    HEADLINE_KPIS.flatMap((kpi) => {
      const d = c.overall.find((x) => x.kpi === kpi);
      return d === undefined
        ? []
        : [
            {
              variant: c.variant,
              kpi,
              text: sentence(c.variant, d, doc.provenance.replications, loc),
              significant: d.significant,
            },
          ];
    }),
  );
}

function sentence(variant: string, d: DifferenceDocument, replications: number, loc: Locale): string {
  const f = kpiFormat(d.kpi, loc);
  const e = d.difference;
  const h = loc.t.headline;
  const verdict = d.significant ? h.real : h.unclear(replications);
  const diff = (x: number): string => f.formatDifference(x);
  // A Russian sentence starts with a capital ("Укомплектованность: ..."), abbreviations as they are (eNPS);
  // English keeps the glossary's "voice SL".
  const label =
    loc.lang === "ru" && !/^.[A-Z]/.test(f.label) ? f.label.charAt(0).toUpperCase() + f.label.slice(1) : f.label;
  return `${h.sentence(label, f.format(d.baseline.mean), f.format(d.variant.mean), variant, diff(e.mean), diff(e.ci95_low), diff(e.ci95_high))}; ${verdict}.`;
}
