/** The charts of a report: what each draws, in English (i18n/chartText.ts gives them in the report's language). */
import type { ResultDocument, Scenario } from "@ccsim/scenario";

type TargetName = keyof Scenario["targets"];

/** One monthly chart of a report: its series (KPIs) drawn for every variant, with a CI band each. */
export interface ChartDef {
  /** File-safe identifier, e.g. `voice-service-level`. */
  readonly id: string;
  readonly title: string;
  /** Y-axis title: the unit, short enough to fit beside the plot. */
  readonly axisTitle: string;
  /** What is drawn, exactly (shown under the title). */
  readonly definition: string;
  /** Suffix of values in the axis unit in sentences ("%", " s", or ""). */
  readonly unitSuffix: string;
  readonly series: readonly { readonly kpi: string; readonly label: string }[];
  /** Factor from the KPI's unit to the axis unit (100 for shares drawn in percent). */
  readonly scale: number;
  /**
   * The figure is a share of a whole (0 to 100% on the axis), so its band is clipped there. Not every percent is:
   * staffing sufficiency and pay against the market run above 100%.
   */
  readonly share?: true;
  /** The scenario target this chart is judged against, and whether it is a floor or a ceiling. */
  readonly target?: { readonly name: TargetName; readonly kind: "min" | "max" };
  /** What the x axis is: calendar months (default), or days since hire (the hire-survival curve). */
  readonly x?: "month" | "days-since-hire";
}

const CHANNEL_LABEL: Record<string, string> = { voice: "Voice", chat: "Chat" };

function channelCharts(channel: string): ChartDef[] {
  const name = CHANNEL_LABEL[channel] ?? channel;
  return [
    {
      id: `${channel}-service-level`,
      title: `${name} service level`,
      axisTitle: "% of offered",
      unitSuffix: "%",
      definition: "contacts answered within the threshold / contacts offered",
      series: [{ kpi: `${channel}.serviceLevel`, label: "service level" }],
      scale: 100,
      share: true,
      target: { name: "minServiceLevel", kind: "min" },
    },
    {
      id: `${channel}-abandonment`,
      title: `${name} abandonment`,
      axisTitle: "% of offered",
      unitSuffix: "%",
      definition: "contacts abandoned in the queue / contacts offered",
      series: [{ kpi: `${channel}.abandonRate`, label: "abandonment" }],
      scale: 100,
      share: true,
      target: { name: "maxAbandonRate", kind: "max" },
    },
    {
      id: `${channel}-asa`,
      title: `${name} average speed of answer`,
      axisTitle: "seconds",
      unitSuffix: " s",
      definition: "mean wait of answered contacts",
      series: [{ kpi: `${channel}.asaSec`, label: "ASA" }],
      scale: 1,
    },
  ];
}

const CENTRE_CHARTS: readonly ChartDef[] = [
  {
    id: "staffing-sufficiency",
    title: "Staffing sufficiency",
    axisTitle: "% of required",
    unitSuffix: "%",
    definition: "rostered agent-hours / agent-hours the planner needed",
    series: [{ kpi: "staffingSufficiency", label: "sufficiency" }],
    scale: 100,
    target: { name: "minStaffingSufficiency", kind: "min" },
  },
  {
    id: "headcount-by-stage",
    title: "Headcount by stage",
    axisTitle: "agents",
    unitSuffix: "",
    definition: "agents at month end by stage: classroom training, nesting, proficient",
    scale: 1,
    series: [
      { kpi: "headcountTraining", label: "training" },
      { kpi: "headcountNesting", label: "nesting" },
      { kpi: "headcountProficient", label: "proficient" },
    ],
  },
  {
    id: "hires-and-leavers",
    title: "Hires and leavers",
    axisTitle: "people per month",
    unitSuffix: "",
    definition: "people hired and people who left, per month",
    scale: 1,
    series: [
      { kpi: "hiresPerMonth", label: "hires" },
      { kpi: "leavers", label: "leavers" },
    ],
  },
  {
    id: "attrition",
    title: "Monthly attrition",
    axisTitle: "% per month",
    unitSuffix: "%",
    definition: "leavers / average headcount in the month",
    series: [{ kpi: "monthlyAttrition", label: "attrition" }],
    scale: 100,
    share: true,
    target: { name: "maxMonthlyAttrition", kind: "max" },
  },
  {
    id: "attrition-causes",
    title: "Why agents leave",
    axisTitle: "expected leavers per month",
    unitSuffix: "",
    scale: 1,
    definition: "leavers attributable to each cause: above what the same agents would lose with it neutral",
    series: [
      { kpi: "leaversFromPay", label: "pay below market" },
      { kpi: "leaversFromBurnout", label: "burnout" },
      { kpi: "leaversFromDisengagement", label: "disengagement" },
    ],
  },
  {
    id: "training-dropout",
    title: "Attrition during initial training",
    axisTitle: "% of trainees",
    unitSuffix: "%",
    definition: "trainees who left in the month / trainees",
    series: [{ kpi: "trainingDropout", label: "training dropout" }],
    scale: 100,
    share: true,
  },
  {
    id: "enps",
    title: "Employee NPS",
    axisTitle: "points",
    unitSuffix: "",
    definition: "eNPS of the month's survey: % promoters - % detractors",
    series: [{ kpi: "enps", label: "eNPS" }],
    scale: 1,
    target: { name: "minEnps", kind: "min" },
  },
  {
    id: "tnps",
    title: "Transactional (customer) NPS",
    axisTitle: "points",
    unitSuffix: "",
    definition: "tNPS after handled contacts: % promoters - % detractors",
    series: [{ kpi: "tnps", label: "tNPS" }],
    scale: 1,
    target: { name: "minTnps", kind: "min" },
  },
  {
    id: "cost-per-contact",
    title: "Cost per contact",
    axisTitle: "{currency} per contact",
    unitSuffix: "",
    definition:
      "payroll with overhead, hiring, training, recruiting and partner cost / contacts handled (in house and by the partner)",
    series: [{ kpi: "costPerContact", label: "cost per contact" }],
    scale: 1,
    target: { name: "maxCostPerContact", kind: "max" },
  },
  // Management responses (docs/model.md section 5); drawn only for results that carry their KPIs.
  {
    id: "overtime",
    title: "Overtime",
    axisTitle: "hours per agent-week",
    unitSuffix: " h",
    definition: "overtime hours worked / (rosterable agents x weeks in the month)",
    series: [{ kpi: "overtimeHoursPerAgentWeek", label: "overtime" }],
    scale: 1,
  },
  {
    id: "outsourced-contacts",
    title: "Contacts routed to the outsourcing partner",
    axisTitle: "contacts per month",
    unitSuffix: "",
    definition: "expected contacts routed out when capacity fell below the threshold",
    series: [{ kpi: "outsourcedContacts", label: "outsourced" }],
    scale: 1,
  },
  {
    id: "pay-vs-market",
    title: "Pay against the market wage",
    axisTitle: "% of market wage",
    unitSuffix: "%",
    definition: "offered pay / market wage at month end; steps up at pay reviews",
    series: [{ kpi: "payVsMarket", label: "pay / market" }],
    scale: 100,
  },
  {
    id: "management-spend",
    title: "Management spend",
    axisTitle: "{currency} per month",
    unitSuffix: "",
    scale: 1,
    definition: "overtime premium pay with overhead, recruiting campaigns, and the partner's price",
    series: [
      { kpi: "overtimeCost", label: "overtime" },
      { kpi: "recruitingSpend", label: "recruiting campaigns" },
      { kpi: "outsourcingCost", label: "outsourcing" },
    ],
  },
];

/** The charts a result can fill: per channel present, then the centre charts whose KPIs it has. */
export function chartsFor(doc: ResultDocument): ChartDef[] {
  const kpis = Object.keys(doc.variants[0]?.overall ?? {});
  const channels = ["voice", "chat"].filter((c) => kpis.includes(`${c}.serviceLevel`));
  const survival = doc.variants.some((v) => (v.hireSurvival?.length ?? 0) > 0) ? [HIRE_SURVIVAL_CHART] : [];
  return [...channels.flatMap(channelCharts), ...CENTRE_CHARTS, ...survival].filter((c) =>
    c.series.every((s) => kpis.includes(s.kpi)),
  );
}

/** The hire-survival curve (Kaplan-Meier over the run's hires), when the result has one. */
export const HIRE_SURVIVAL_CHART: ChartDef = {
  id: "hire-survival",
  title: "Hire survival",
  axisTitle: "% still employed",
  unitSuffix: "%",
  scale: 100,
  share: true,
  x: "days-since-hire",
  // Short enough to stay within the chart's width: a longer subtitle widens the SVG, which the page then shrinks.
  definition: "Kaplan-Meier: hires still employed t days after hire (censored at the run's end)",
  series: [{ kpi: "hireSurvival365d", label: "survival" }],
};
