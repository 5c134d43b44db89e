import { RU_CHANNELS, RU_KPI } from "./i18n/glossary.js";
import type { Locale, Unit } from "./i18n/locale.js";

/** How a KPI is shown in tables and sentences: label, number format and unit kind, by KPI name (channel KPIs as `voice.serviceLevel`). */
export interface KpiFormat {
  readonly label: string;
  /** A level, e.g. "81.2%"; "-" when missing. */
  readonly format: (x: number | null) => string;
  /** A signed difference, e.g. "+3.1 pp" for shares (percentage points, not percent); "-" when missing. */
  readonly formatDifference: (x: number | null) => string;
}

type Kind = "share" | "count" | "decimal" | "points" | "money" | "ratio";

const FORMATS: Record<Kind, { level: (x: number) => string; difference: (x: number) => string }> = {
  share: { level: (x) => `${(100 * x).toFixed(1)}%`, difference: (x) => `${(100 * x).toFixed(1)} pp` },
  count: {
    level: (x) => Math.round(x).toLocaleString("en-US"),
    difference: (x) => Math.round(x).toLocaleString("en-US"),
  },
  decimal: { level: (x) => x.toFixed(1), difference: (x) => x.toFixed(1) },
  points: { level: (x) => x.toFixed(1), difference: (x) => x.toFixed(1) },
  money: {
    level: (x) => Math.round(x).toLocaleString("en-US"),
    difference: (x) => Math.round(x).toLocaleString("en-US"),
  },
  ratio: { level: (x) => x.toFixed(3), difference: (x) => x.toFixed(3) },
};

const CHANNEL_KPIS: Record<string, [string, Kind]> = {
  offered: ["offered", "count"],
  answered: ["answered", "count"],
  abandoned: ["abandoned", "count"],
  serviceLevel: ["SL", "share"],
  abandonRate: ["abandon", "share"],
  asaSec: ["ASA s", "decimal"],
  ahtSec: ["AHT s", "decimal"],
  outsourced: ["outsourced", "count"],
  serviceLevelWithPartner: ["SL with partner", "share"],
  abandonRateWithPartner: ["abandon with partner", "share"],
};

const CENTRE_KPIS: Record<string, [string, Kind]> = {
  headcount: ["headcount", "count"],
  headcountTraining: ["in training", "count"],
  headcountNesting: ["nesting", "count"],
  headcountProficient: ["proficient", "count"],
  hiresAwaitingClass: ["awaiting a class", "count"],
  hiresPerMonth: ["hires", "count"],
  leavers: ["leavers", "count"],
  leaversFromPay: ["leavers: pay", "decimal"],
  leaversFromBurnout: ["leavers: burnout", "decimal"],
  leaversFromDisengagement: ["leavers: disengagement", "decimal"],
  monthlyAttrition: ["attrition", "share"],
  trainingDropout: ["training dropout", "share"],
  timeToFillDays: ["time to fill d", "decimal"],
  timeToFillP50Days: ["time to fill p50 d", "decimal"],
  timeToFillP90Days: ["time to fill p90 d", "decimal"],
  plannedTimeToFillDays: ["planned time to fill d", "decimal"],
  vacanciesWithdrawn: ["vacancies withdrawn", "count"],
  filledWithin30Days: ["filled <=30 d", "share"],
  hireSurvival90d: ["hires staying 90 d", "share"],
  hireSurvival180d: ["hires staying 180 d", "share"],
  hireSurvival365d: ["hires staying 365 d", "share"],
  tenureShareHalfToTwoYears: ["tenure 0.5-2 y", "share"],
  productiveFte: ["productive FTE", "decimal"],
  tnps: ["tNPS", "points"],
  enps: ["eNPS", "points"],
  meanEarningsPerMonth: ["earnings", "money"],
  costPerContact: ["cost/contact", "decimal"],
  occupancy: ["occupancy", "share"],
  staffingSufficiency: ["sufficiency", "share"],
  requiredAgentHours: ["required h", "count"],
  scheduledAgentHours: ["rostered h", "count"],
  loggedInAgentHours: ["logged-in h", "count"],
  onServiceLevelTarget: ["on target", "ratio"],
  contactsPerAgentP50: ["contacts/agent p50", "count"],
  contactsPerAgentP95: ["p95", "count"],
  contactsPerAgentMax: ["max", "count"],
  // Management (docs/model.md section 5).
  overtimeHours: ["overtime h", "count"],
  overtimeHoursPerAgentWeek: ["overtime h/agent-week", "decimal"],
  overtimeCost: ["overtime cost", "money"],
  payRaisePct: ["raise %", "decimal"],
  payRaiseOwedPct: ["raise owed %", "decimal"],
  refusedRaise: ["refused raise", "ratio"],
  payVsMarket: ["pay / market", "share"],
  recruitingSpend: ["recruiting spend", "money"],
  recruitingCampaignDays: ["campaign days", "decimal"],
  outsourcedContacts: ["outsourced", "count"],
  outsourcingCost: ["outsourcing cost", "money"],
};

/** How a missing value is shown: a KPI with nothing to measure (time to fill in a month without fills). */
export const MISSING = "-";

/** KPIs whose unit is more than their number kind says (the CLI shows it in the label, as "ASA s"). */
const UNITS: Readonly<Record<string, Unit>> = {
  asaSec: "seconds",
  ahtSec: "seconds",
  timeToFillDays: "days",
  timeToFillP50Days: "days",
  timeToFillP90Days: "days",
  plannedTimeToFillDays: "days",
  overtimeHours: "hours",
  overtimeHoursPerAgentWeek: "hours",
  costPerContact: "price",
};

/** The unit of a KPI, for the locale-aware formats (reports, playground). */
export function kpiUnit(name: string): Unit {
  const kpi = name.includes(".") ? (name.split(".")[1] ?? name) : name;
  const kind = (name.includes(".") ? CHANNEL_KPIS[kpi] : CENTRE_KPIS[kpi])?.[1] ?? "ratio";
  return UNITS[kpi] ?? kind;
}

/**
 * Label and formats of a KPI; unknown KPIs are shown by name with three decimals. Missing values (NaN, null) show
 * as "-". With a locale (reports, playground) the label is the glossary's name in its language and every value
 * carries its unit ("42 s", "RUB 312"); without one, the CLI's compact form (the unit in the label).
 */
export function kpiFormat(name: string, loc?: Locale): KpiFormat {
  const [channel, kpi] = name.includes(".") ? name.split(".") : [undefined, name];
  const [label, kind] = (channel === undefined ? CENTRE_KPIS[kpi] : CHANNEL_KPIS[kpi]) ?? [name, "ratio"];
  const f = FORMATS[kind];
  const missing = (x: number | null): x is null => x === null || Number.isNaN(x);
  if (loc !== undefined) {
    const unit = kpiUnit(name);
    const own = loc.lang === "ru" ? (RU_KPI[kpi] ?? label) : label.replace(/ (s|d|h|%)$/, "");
    // Russian puts the channel after the figure: "SL (голос)", "доля потерянных (чат)".
    const label_ =
      channel === undefined || own === name
        ? own
        : loc.lang === "ru"
          ? `${own} (${(RU_CHANNELS[channel] ?? channel).toLowerCase()})`
          : `${channel} ${own}`;
    return {
      label: label_,
      format: (x) => (missing(x) ? MISSING : loc.level(unit, x)),
      formatDifference: (x) => (missing(x) ? MISSING : loc.difference(unit, x)),
    };
  }
  return {
    label: channel === undefined || label === name ? label : `${channel} ${label}`,
    format: (x) => (missing(x) ? MISSING : f.level(x)),
    formatDifference: (x) => (missing(x) ? MISSING : x >= 0 ? `+${f.difference(x)}` : `-${f.difference(-x)}`),
  };
}

/** The KPIs of the monthly table, in order, among those present. */
export function tableKpis(available: readonly string[]): string[] {
  // Run-level KPIs (hire survival) have no monthly values: they are shown below the monthly table.
  const wanted = ["offered", "serviceLevel", "abandonRate", "asaSec"];
  const channels = ["voice", "chat"].filter((c) => available.includes(`${c}.offered`));
  return [
    ...channels.flatMap((c) => wanted.map((k) => `${c}.${k}`)),
    "occupancy",
    "staffingSufficiency",
    "contactsPerAgentP50",
    "contactsPerAgentMax",
    "headcount",
    "hiresPerMonth",
    "monthlyAttrition",
    "timeToFillDays",
    "filledWithin30Days",
    "productiveFte",
    "tnps",
    "enps",
    "meanEarningsPerMonth",
    "costPerContact",
    "overtimeHoursPerAgentWeek",
    "payVsMarket",
    "outsourcedContacts",
  ].filter((k) => available.includes(k));
}
