/** How a KPI is shown in tables: label and number format, by KPI name (channel KPIs as `voice.serviceLevel`). */
export interface KpiFormat {
  readonly label: string;
  readonly format: (x: number) => string;
}

const share = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const sec = (x: number): string => x.toFixed(1);
const whole = (x: number): string => Math.round(x).toLocaleString("en-US");

const CHANNEL_KPIS: Record<string, KpiFormat> = {
  offered: { label: "offered", format: whole },
  answered: { label: "answered", format: whole },
  abandoned: { label: "abandoned", format: whole },
  serviceLevel: { label: "SL", format: pct },
  abandonRate: { label: "abandon", format: pct },
  asaSec: { label: "ASA s", format: sec },
  ahtSec: { label: "AHT s", format: sec },
};

const points = (x: number): string => x.toFixed(1);
const money = (x: number): string => Math.round(x).toLocaleString("en-US");

const CENTRE_KPIS: Record<string, KpiFormat> = {
  headcount: { label: "headcount", format: whole },
  headcountTraining: { label: "in training", format: whole },
  hiresPerMonth: { label: "hires", format: whole },
  leavers: { label: "leavers", format: whole },
  monthlyAttrition: { label: "attrition", format: pct },
  trainingDropout: { label: "training dropout", format: pct },
  timeToFillDays: { label: "time to fill d", format: sec },
  filledWithin30Days: { label: "filled <=30 d", format: pct },
  tenureShareHalfToTwoYears: { label: "tenure 0.5-2 y", format: pct },
  productiveFte: { label: "productive FTE", format: sec },
  tnps: { label: "tNPS", format: points },
  enps: { label: "eNPS", format: points },
  meanEarningsPerMonth: { label: "earnings", format: money },
  costPerContact: { label: "cost/contact", format: sec },
  occupancy: { label: "occupancy", format: pct },
  staffingSufficiency: { label: "sufficiency", format: pct },
  requiredAgentHours: { label: "required h", format: whole },
  scheduledAgentHours: { label: "rostered h", format: whole },
  loggedInAgentHours: { label: "logged-in h", format: whole },
  onServiceLevelTarget: { label: "on target", format: share },
  contactsPerAgentP50: { label: "contacts/agent p50", format: whole },
  contactsPerAgentP95: { label: "p95", format: whole },
  contactsPerAgentMax: { label: "max", format: whole },
};

/** Label and format of a KPI; unknown KPIs are shown by name with three decimals. */
export function kpiFormat(name: string): KpiFormat {
  const [channel, kpi] = name.includes(".") ? name.split(".") : [undefined, name];
  const known = channel === undefined ? CENTRE_KPIS[kpi!] : CHANNEL_KPIS[kpi!];
  if (known === undefined) return { label: name, format: share };
  return channel === undefined ? known : { label: `${channel} ${known.label}`, format: known.format };
}

/** The KPIs of the monthly table, in order, among those present. */
export function tableKpis(available: readonly string[]): string[] {
  const wanted = ["offered", "serviceLevel", "abandonRate", "asaSec"];
  const channels = ["voice", "chat"].filter((c) => available.includes(`${c}.offered`));
  return [
    ...channels.flatMap((c) => wanted.map((k) => `${c}.${k}`)),
    "occupancy", "staffingSufficiency", "contactsPerAgentP50", "contactsPerAgentMax",
    "headcount", "hiresPerMonth", "monthlyAttrition", "timeToFillDays", "productiveFte", "tnps", "enps", "meanEarningsPerMonth", "costPerContact",
  ].filter((k) => available.includes(k));
}
