/**
 * Units of the KPIs for the command line's table headers and the workbook: every label says what it counts and
 * per what (issue 15: "attrition 20.2%" per month?, "earnings 55,000" in which currency?). The report package keeps
 * its short labels for charts; these add the unit to them.
 */
import { kpiFormat } from "@ccsim/report";

/** How a KPI's values are stored in the workbook: shares as fractions with a percent format, others rounded. */
export type UnitKind = "share" | "count" | "decimal" | "money";

const PER_MONTH = "/month";

/** Unit and kind by KPI name (channel KPIs by the part after the dot); `$` stands for the currency code. */
const UNITS: Record<string, [string, UnitKind]> = {
  offered: ["/month", "count"],
  answered: ["/month", "count"],
  abandoned: ["/month", "count"],
  serviceLevel: ["%", "share"],
  abandonRate: ["%", "share"],
  asaSec: ["s", "decimal"],
  ahtSec: ["s", "decimal"],
  outsourced: ["/month", "count"],
  serviceLevelWithPartner: ["%", "share"],
  abandonRateWithPartner: ["%", "share"],
  headcount: ["agents", "decimal"],
  headcountTraining: ["agents", "decimal"],
  headcountNesting: ["agents", "decimal"],
  headcountProficient: ["agents", "decimal"],
  hiresAwaitingClass: ["people", "decimal"],
  hiresPerMonth: [PER_MONTH, "decimal"],
  referralHires: [PER_MONTH, "decimal"],
  leavers: [PER_MONTH, "decimal"],
  leaversFromPay: [PER_MONTH, "decimal"],
  leaversFromBurnout: [PER_MONTH, "decimal"],
  leaversFromDisengagement: [PER_MONTH, "decimal"],
  trainingDropouts: [PER_MONTH, "decimal"],
  monthlyAttrition: ["%/month", "share"],
  trainingDropout: ["% of trainees", "share"],
  timeToFillDays: ["days", "decimal"],
  timeToFillP50Days: ["days", "decimal"],
  timeToFillP90Days: ["days", "decimal"],
  plannedTimeToFillDays: ["days", "decimal"],
  filledWithin30Days: ["% of vacancies", "share"],
  openVacancies: ["vacancies", "decimal"],
  vacanciesWithdrawn: [PER_MONTH, "decimal"],
  hireSurvival90d: ["% of hires", "share"],
  hireSurvival180d: ["% of hires", "share"],
  hireSurvival365d: ["% of hires", "share"],
  tenureShareHalfToTwoYears: ["% of agents", "share"],
  productiveFte: ["FTE", "decimal"],
  meanHandleTimeMultiplier: ["x proficient", "decimal"],
  tnps: ["points", "decimal"],
  enps: ["points", "decimal"],
  meanEarningsPerMonth: ["$/month", "money"],
  earningsP10: ["$/month", "money"],
  earningsP90: ["$/month", "money"],
  payroll: ["$/month", "money"],
  hiringCost: ["$/month", "money"],
  trainingCost: ["$/month", "money"],
  totalCost: ["$/month", "money"],
  costPerContact: ["$", "decimal"],
  occupancy: ["%", "share"],
  staffingSufficiency: ["%", "share"],
  requiredAgentHours: ["h/month", "count"],
  scheduledAgentHours: ["h/month", "count"],
  loggedInAgentHours: ["h/month", "count"],
  onServiceLevelTarget: ["share of months", "decimal"],
  contactsPerAgentP50: ["/month", "count"],
  contactsPerAgentP95: ["/month", "count"],
  contactsPerAgentMax: ["/month", "count"],
  overtimeHours: ["h/month", "count"],
  overtimeHoursPerAgentWeek: ["h/agent-week", "decimal"],
  overtimeCost: ["$/month", "money"],
  payRaisePct: ["%", "decimal"],
  payRaiseOwedPct: ["%", "decimal"],
  refusedRaise: ["share of months", "decimal"],
  payVsMarket: ["% of market", "share"],
  recruitingSpend: ["$/month", "money"],
  recruitingCampaignDays: ["days/month", "decimal"],
  outsourcedContacts: ["/month", "count"],
  outsourcingCost: ["$/month", "money"],
};

/** Labels whose short form names no quantity, or carries a unit the header now gives. */
const LABELS: Record<string, string> = {
  contactsPerAgentP50: "contacts/agent p50",
  contactsPerAgentP95: "contacts/agent p95",
  contactsPerAgentMax: "contacts/agent max",
  asaSec: "ASA",
  ahtSec: "AHT",
  timeToFillDays: "time to fill",
  timeToFillP50Days: "time to fill p50",
  timeToFillP90Days: "time to fill p90",
  plannedTimeToFillDays: "planned time to fill",
  requiredAgentHours: "required",
  scheduledAgentHours: "rostered",
  loggedInAgentHours: "logged-in",
  overtimeHours: "overtime",
  overtimeHoursPerAgentWeek: "overtime",
  payRaisePct: "raise",
  payRaiseOwedPct: "raise owed",
  filledWithin30Days: "filled <=30 d",
  // KPIs the report package has no label for (they appear in no chart or table of it, only in the workbook).
  referralHires: "referral hires",
  trainingDropouts: "training dropouts",
  openVacancies: "open",
  meanHandleTimeMultiplier: "handle time",
  earningsP10: "earnings p10",
  earningsP90: "earnings p90",
  hiringCost: "hiring cost",
  trainingCost: "training cost",
  totalCost: "total cost",
};

function parts(name: string): { channel: string | undefined; kpi: string } {
  const dot = name.indexOf(".");
  return dot < 0 ? { channel: undefined, kpi: name } : { channel: name.slice(0, dot), kpi: name.slice(dot + 1) };
}

/** The unit of a KPI (the currency code for money), or "" when it has none. */
export function kpiUnit(name: string, currency: string): string {
  return (UNITS[parts(name).kpi]?.[0] ?? "").replace("$", currency);
}

export function kpiKind(name: string): UnitKind {
  return UNITS[parts(name).kpi]?.[1] ?? "decimal";
}

/** A header with its unit, e.g. "voice SL (%)", "attrition (%/month)", "earnings (RUB/month)". */
export function unitLabel(name: string, currency: string): string {
  const { channel, kpi } = parts(name);
  const short = LABELS[kpi];
  const label = short === undefined ? kpiFormat(name).label : channel === undefined ? short : `${channel} ${short}`;
  const unit = kpiUnit(name, currency);
  return unit === "" ? label : `${label} (${unit})`;
}
