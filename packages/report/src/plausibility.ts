/**
 * Output sanity checks: monthly figures that leave the band real contact centres report are flagged, once per
 * variant and figure, with the first month out of band and the likely cause read off the same month's other KPIs.
 * A warning does not mean the simulation is wrong; it means the scenario describes a centre unlike the ones the
 * sources describe (often a staffing collapse), and its figures should be read with that in mind.
 */
import type { ResultDocument, VariantDocument } from "@ccsim/scenario";
import { kpiFormat } from "./kpiFormat.js";

/** A plausible band for one monthly KPI, with where it comes from. */
export interface PlausibleBand {
  /** KPI name; channel KPIs without the channel (`serviceLevel` checks `voice.serviceLevel` and `chat.serviceLevel`). */
  readonly kpi: string;
  readonly low: number;
  readonly high: number;
  readonly source: string;
}

/** The bands, in the order warnings are printed. */
export const PLAUSIBLE_BANDS: readonly PlausibleBand[] = [
  {
    kpi: "serviceLevel",
    low: 0.5,
    high: 1,
    source:
      "centres plan to 80/20 and mature ones stay within 5% of target (ICMI maturity model); below 50% for a month is a collapse, not an operating point (assumption)",
  },
  {
    kpi: "abandonRate",
    low: 0,
    high: 0.15,
    source:
      "planners cap abandonment at 3-5% (Garnett, Mandelbaum and Reiman 2002; docs/model.md); above 15% for a month is beyond what centres report (assumption)",
  },
  {
    kpi: "occupancy",
    low: 0.5,
    high: 0.95,
    source:
      "keep occupancy at or below 85% (Call Centre Helper, Pearce); above 95% sustained is not workable, below 50% is idle staff (assumption)",
  },
  {
    kpi: "staffingSufficiency",
    low: 0.8,
    high: 1.3,
    source:
      "MTS reported reaching 91% under a staff shortage (Client Service Forum 2024); below 80% or above 130% of the needed hours is outside that experience (assumption)",
  },
  {
    kpi: "monthlyAttrition",
    low: 0.005,
    high: 0.15,
    source:
      "US teleservices about 31% a year (2.6% a month), 25-50%+ a year by sector (Global Call Center survey 2007); MTS 6-11% a month at a shortage (2023-2024)",
  },
  {
    kpi: "enps",
    low: -20,
    high: 30,
    source:
      "contact centres report about -20 to +30, below the +10 to +29 mid-range of employers in general (PeoplePilot and CultureMonkey eNPS benchmarks); above +30 is the top tier of employers, which a contact centre's monthly agent survey rarely reaches (assumption)",
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
  /** The warning in one line. */
  readonly text: string;
}

/**
 * Every figure of every variant that leaves its plausible band in some month (monthly means across replications):
 * one warning per variant, figure and side of the band.
 */
export function plausibilityWarnings(doc: ResultDocument): PlausibilityWarning[] {
  return doc.variants.flatMap((v) =>
    PLAUSIBLE_BANDS.flatMap((band) =>
      kpisOf(v, band.kpi).flatMap((kpi) =>
        (["low", "high"] as const).flatMap((side) => {
          const out = v.months.filter((m) => {
            const x = m.kpis[kpi]?.mean;
            return x !== undefined && x !== null && !Number.isNaN(x) && (side === "low" ? x < band.low : x > band.high);
          });
          if (out.length === 0) return [];
          const first = out[0]!;
          const value = first.kpis[kpi]!.mean;
          const cause = likelyCause(band.kpi, side, first.kpis);
          const f = kpiFormat(kpi);
          const more = out.length > 1 ? ` (and ${out.length - 1} more month${out.length > 2 ? "s" : ""})` : "";
          const text = `warning: ${v.name}: ${f.label} ${f.format(value)} in ${first.month}${more} is outside the plausible ${f.format(band.low)} to ${f.format(band.high)}; likely cause: ${cause}`;
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

/** The likely cause of a figure out of band, from the same month's other KPIs. */
function likelyCause(kpi: string, side: "low" | "high", kpis: Kpis): string {
  const get = (name: string): number | undefined => {
    const x = kpis[name]?.mean;
    return x === undefined || x === null || Number.isNaN(x) ? undefined : x;
  };
  const pct = (x: number | undefined): string => (x === undefined ? "n/a" : `${(100 * x).toFixed(0)}%`);
  const sufficiency = get("staffingSufficiency");
  const understaffed = sufficiency !== undefined && sufficiency < 0.9;
  const staffing = (): string => {
    if (understaffed) {
      const fill = get("timeToFillDays");
      return `understaffing: rostered hours ${pct(sufficiency)} of what the planner needs (attrition ${pct(get("monthlyAttrition"))} a month, time to fill ${fill === undefined ? "n/a" : `${fill.toFixed(0)} days`})`;
    }
    const multiplier = get("meanHandleTimeMultiplier");
    return multiplier !== undefined && multiplier > 1.05
      ? `handle times above plan: agents on the phones at ${multiplier.toFixed(2)}x a proficient agent's handle time (new hires learning, burnout)`
      : "demand above what the planner staffs for (forecast error, caps) with staffing at plan";
  };
  switch (kpi) {
    case "serviceLevel":
    case "abandonRate":
      return staffing();
    case "occupancy":
      return side === "high"
        ? staffing()
        : `overstaffing: rostered hours ${pct(sufficiency)} of what the planner needs`;
    case "staffingSufficiency":
      return side === "low"
        ? `hiring cannot keep up: attrition ${pct(get("monthlyAttrition"))} a month, ${get("openVacancies")?.toFixed(0) ?? "n/a"} vacancies open`
        : "more agents than the planner needs: starting headcount or headcountTargetFactor above need";
    case "monthlyAttrition": {
      if (side === "low") return "quit hazards below the industry band (attrition section)";
      const leavers = get("leavers") ?? 0;
      const causes = [
        ["burnout from high occupancy", get("leaversFromBurnout")],
        ["pay below the market wage", get("leaversFromPay")],
        ["disengagement", get("leaversFromDisengagement")],
      ] as const;
      const [name, count] = [...causes].sort((x, y) => (y[1] ?? 0) - (x[1] ?? 0))[0]!;
      return leavers > 0 && (count ?? 0) > 0.2 * leavers
        ? `${name} (${((100 * (count ?? 0)) / leavers).toFixed(0)}% of leavers attributable)`
        : "the base quit hazards (attrition section, calibrateToMonthlyAttrition)";
    }
    case "enps":
      if (side === "high") return "engagement settings (motivation section) well above neutral";
      // Burnout is named only where occupancy is near the strain threshold (default 0.85) or above;
      // otherwise a burnout quit or two in a small team says little, and its survey is noisy.
      if ((get("leaversFromBurnout") ?? 0) > (get("leaversFromPay") ?? 0) && (get("occupancy") ?? 0) >= 0.8)
        return `burnout from high occupancy (${pct(get("occupancy"))}) lowering engagement`;
      if ((get("leaversFromPay") ?? 0) > 0) return "pay below the market wage lowering engagement";
      return `engagement settings (motivation section) below neutral, or the sampling noise of a survey of ${get("headcount")?.toFixed(0) ?? "n/a"} agents`;
    default:
      return "see the month's other figures";
  }
}
