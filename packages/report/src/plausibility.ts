/**
 * Output sanity checks: monthly figures that leave the band real contact centres report are flagged, once per
 * variant and figure, with the first month out of band and the likely cause read off the same month's other KPIs.
 * A warning does not mean the simulation is wrong; it means the scenario describes a centre unlike the ones the
 * sources describe (often a staffing collapse), and its figures should be read with that in mind.
 */
import type { ResultDocument, VariantDocument } from "@ccsim/scenario";
import { en } from "./i18n/en.js";
import { locale, type Locale } from "./i18n/locale.js";
import { kpiFormat } from "./kpiFormat.js";

/** A plausible band for one monthly KPI, with where it comes from. */
export interface PlausibleBand {
  /** KPI name; channel KPIs without the channel (`serviceLevel` checks `voice.serviceLevel` and `chat.serviceLevel`). */
  readonly kpi: string;
  readonly low: number;
  readonly high: number;
  readonly source: string;
}

/** Voice service level 10 points below the usual 80/20 plan: poor service for a centre with hours to spare. */
const POOR_SERVICE_LEVEL = 0.7;
/**
 * Rostered hours up to this share of the planner's need are staffing at plan (assumption): low occupancy there is
 * what the service-level target itself takes at the centre's volume, not overstaffing.
 */
const AT_PLAN_SUFFICIENCY = 1.15;

/** The bands, in the order warnings are printed. */
export const PLAUSIBLE_BANDS: readonly PlausibleBand[] = [
  {
    kpi: "serviceLevel",
    low: 0.5,
    high: 1,
    source: en.plausibility.sources.serviceLevel,
  },
  {
    kpi: "abandonRate",
    low: 0,
    high: 0.15,
    source: en.plausibility.sources.abandonRate,
  },
  {
    kpi: "occupancy",
    low: 0.5,
    high: 0.95,
    source: en.plausibility.sources.occupancy,
  },
  {
    kpi: "staffingSufficiency",
    low: 0.8,
    high: 1.3,
    source: en.plausibility.sources.staffingSufficiency,
  },
  {
    kpi: "monthlyAttrition",
    low: 0.005,
    high: 0.15,
    source: en.plausibility.sources.monthlyAttrition,
  },
  {
    kpi: "enps",
    low: -20,
    high: 30,
    source: en.plausibility.sources.enps,
  },
];

export interface PlausibilityWarning {
  readonly variant: string;
  /** The KPI as in the result, e.g. `voice.serviceLevel`. */
  readonly kpi: string;
  /** First month out of band, its value, and how many reported months are out. */
  readonly month: string;
  readonly value: number;
  readonly monthsOut: number;
  readonly band: PlausibleBand;
  readonly cause: string;
  /** The warning in one line, in the language asked for (English by default, as the CLI prints it). */
  readonly text: string;
}

/**
 * Every figure of every variant that leaves its plausible band in some month (monthly means across replications):
 * one warning per variant, figure and side of the band.
 */
export function plausibilityWarnings(doc: ResultDocument, loc?: Locale): PlausibilityWarning[] {
  // Without a locale: English with the KPI labels the CLI has always printed (users' scripts read these lines).
  const t = (loc ?? locale("en")).t.plausibility;
  return doc.variants.flatMap((v) =>
    PLAUSIBLE_BANDS.flatMap((band) =>
      kpisOf(v, band.kpi).flatMap((kpi) =>
        (["low", "high"] as const).flatMap((side) => {
          const out = v.months.filter((m) => {
            const x = m.kpis[kpi]?.mean;
            if (x === undefined || x === null || Number.isNaN(x)) return false;
            if (side === "high") return x > band.high;
            return x < band.low && (kpi !== "monthlyAttrition" || fewerLeaversThanChance(m.kpis, band.low, doc));
          });
          if (out.length === 0) return [];
          const first = out[0]!;
          const value = first.kpis[kpi]!.mean;
          const cause = likelyCause(band.kpi, side, first.kpis, t);
          const f = kpiFormat(kpi, loc);
          const more = out.length > 1 ? t.more(out.length - 1) : "";
          const figure = `${f.label} ${f.format(value)}`;
          // The CLI's English keeps YYYY-MM (scripts grep it); Russian names the month ("за июль 2023").
          const month = loc === undefined || loc.lang === "en" ? first.month : loc.month(first.month);
          const text = t.warning(v.name, figure, month, more, f.format(band.low), f.format(band.high), cause);
          return [{ variant: v.name, kpi, month: first.month, value, monthsOut: out.length, band, cause, text }];
        }),
      ),
    ),
  );
}

function kpisOf(v: VariantDocument, name: string): string[] {
  const available = Object.keys(v.overall);
  return available.includes(name)
    ? [name]
    : ["voice", "chat"].map((c) => `${c}.${name}`).filter((k) => available.includes(k));
}

type Kpis = VariantDocument["months"][number]["kpis"];

/** Below this probability, a month's count of leavers is too low to be chance (a one-sided 5% test). */
const CHANCE = 0.05;

/**
 * Whether a month had fewer leavers, over all replications, than chance allows at attrition `low`: a small team has
 * months without a leaver at any realistic attrition (60 agents at 0.5% a month expect 0.3 leavers), and such a
 * month says nothing about the quit hazards. Leavers are Poisson at `low` x headcount per replication; without the
 * counts the rate alone decides.
 */
function fewerLeaversThanChance(kpis: Kpis, low: number, doc: ResultDocument): boolean {
  const headcount = kpis["headcount"]?.mean;
  const leavers = kpis["leavers"]?.mean;
  if (typeof headcount !== "number" || typeof leavers !== "number") return true;
  const replications = doc.provenance.replications;
  const expected = low * headcount * replications;
  const observed = Math.round(leavers * replications);
  let term = Math.exp(-expected);
  let atMost = term;
  for (let k = 1; k <= observed; k++) {
    term *= expected / k;
    atMost += term;
  }
  return atMost < CHANCE;
}

/** The likely cause of a figure out of band, from the same month's other KPIs. */
function likelyCause(kpi: string, side: "low" | "high", kpis: Kpis, t: Locale["t"]["plausibility"]): string {
  const get = (name: string): number | undefined => {
    const x = kpis[name]?.mean;
    return x === undefined || x === null || Number.isNaN(x) ? undefined : x;
  };
  const pct = (x: number | undefined): string => (x === undefined ? t.na : t.percent((100 * x).toFixed(0)));
  const count = (x: number | undefined): string => (x === undefined ? t.na : x.toFixed(0));
  const sufficiency = get("staffingSufficiency");
  const understaffed = sufficiency !== undefined && sufficiency < 0.9;
  // Enough hours in the month but poor service: the hours lie where the calls are not (a roster whose shifts
  // cannot follow the intraday peaks), which neither "understaffing" nor "overstaffing" describes.
  const voiceSl = get("voice.serviceLevel");
  const offPeak =
    sufficiency !== undefined && sufficiency >= 1.1 && voiceSl !== undefined && voiceSl < POOR_SERVICE_LEVEL
      ? t.hoursOffPeak(pct(sufficiency), pct(voiceSl))
      : undefined;
  const staffing = (): string => {
    if (offPeak !== undefined) return offPeak;
    if (understaffed) {
      const fill = get("timeToFillDays");
      return t.understaffing(
        pct(sufficiency),
        pct(get("monthlyAttrition")),
        fill === undefined ? t.na : t.days(fill.toFixed(0)),
      );
    }
    const multiplier = get("meanHandleTimeMultiplier");
    return multiplier !== undefined && multiplier > 1.05 ? t.slowHandling(multiplier.toFixed(2)) : t.demandAbovePlan;
  };
  switch (kpi) {
    case "serviceLevel":
    case "abandonRate":
      return staffing();
    case "occupancy":
      if (side === "high") return staffing();
      // A small queue meets its target only with agents idle most of the time (Erlang's economies of scale).
      return (
        offPeak ??
        (sufficiency !== undefined && sufficiency <= AT_PLAN_SUFFICIENCY
          ? t.smallScale(pct(sufficiency))
          : t.overstaffing(pct(sufficiency)))
      );
    case "staffingSufficiency":
      return side === "low"
        ? t.hiringBehind(pct(get("monthlyAttrition")), count(get("openVacancies")))
        : (offPeak ?? t.aboveNeed);
    case "monthlyAttrition": {
      if (side === "low") return t.lowQuitting;
      const leavers = get("leavers") ?? 0;
      const causes = [
        [t.burnout, get("leaversFromBurnout")],
        [t.pay, get("leaversFromPay")],
        [t.disengagement, get("leaversFromDisengagement")],
      ] as const;
      const [name, n] = [...causes].sort((x, y) => (y[1] ?? 0) - (x[1] ?? 0))[0]!;
      return leavers > 0 && (n ?? 0) > 0.2 * leavers
        ? t.leaverShare(name, ((100 * (n ?? 0)) / leavers).toFixed(0))
        : t.baseHazards;
    }
    case "enps":
      if (side === "high") return t.engagementHigh;
      // Burnout is named only where occupancy is near the strain threshold (default 0.85) or above;
      // otherwise a burnout quit or two in a small team says little, and its survey is noisy.
      if ((get("leaversFromBurnout") ?? 0) > (get("leaversFromPay") ?? 0) && (get("occupancy") ?? 0) >= 0.8)
        return t.burnoutEngagement(pct(get("occupancy")));
      if ((get("leaversFromPay") ?? 0) > 0) return t.payEngagement;
      return t.engagementLow(count(get("headcount")));
    default:
      return t.otherFigures;
  }
}

/** Where a band comes from, in the locale's words (the English text when the catalogue has none for its KPI). */
export function bandSource(band: PlausibleBand, loc: Locale): string {
  const sources: Readonly<Record<string, string>> = loc.t.plausibility.sources;
  return sources[band.kpi] ?? band.source;
}

/** The word a warning line starts with for the CLI (English and Russian), left out where a section heading says it. */
export const WARNING_PREFIX = /^(warning|предупреждение): /;
