/**
 * The levers a trainer can pull, each a dotted scenario path. Their kind, range, default and the source of the
 * default come from the scenario's JSON Schema (generated from the one Effect Schema), so a renamed or re-ranged
 * field shows up here, and in this app's tests, rather than silently drifting. What each lever drives is written
 * here, in words for a room of trainees.
 */
import { scenarioJsonSchema } from "@ccsim/scenario";

export interface LeverDef {
  readonly path: string;
  readonly label: string;
  readonly group: string;
  /** The mechanism the lever drives in the model, in plain words. */
  readonly drives: string;
  /** Slider range where the schema's own range is far wider than anything a course needs (money). */
  readonly slider?: { readonly min: number; readonly max: number; readonly step: number };
  /** Shown as a percentage (the field is a share from 0 to 1). */
  readonly percent?: boolean;
  /**
   * The unit beside the number box, where the label does not say it (a room sees "4 weeks", not a bare 4);
   * `{currency}` is the scenario's. Russian in leverText.ts.
   */
  readonly unit?: string;
}

export const LEVERS: readonly LeverDef[] = [
  {
    group: "Labour market",
    path: "labourMarket.hhIndex",
    label: "hh.index path",
    drives:
      "Applicant flow per vacancy (matching function) and the market wage: a lower index means fewer CVs per vacancy, slower hiring and wage pressure.",
  },
  {
    group: "Recruiting",
    path: "recruiting.hiringMode",
    label: "Where new hires work",
    drives:
      "Remote hires come from a wider catchment (faster filling) and quit less; remote hiring needs online training.",
  },
  {
    group: "Recruiting",
    path: "recruiting.remoteShare",
    label: "Share of remote hires (mixed mode)",
    percent: true,
    drives:
      "Share of hires that work from home when hiring is mixed: more of them fill faster from the wider catchment.",
  },
  {
    group: "Recruiting",
    path: "recruiting.remoteCatchmentMultiplier",
    label: "Remote catchment multiplier",
    unit: "×",
    slider: { min: 1, max: 10, step: 0.5 },
    drives:
      "How many times more job seekers a remote posting reaches: the effective hh.index for remote roles is this times the index.",
  },
  {
    group: "Recruiting",
    path: "recruiting.referral.enabled",
    label: "Referral programme",
    drives: "Agents bring friends: extra hires per agent, who quit less in their first months.",
  },
  {
    group: "Recruiting",
    path: "recruiting.referral.bonusPerHire",
    label: "Referral bonus per hire",
    unit: "{currency}",
    slider: { min: 0, max: 50000, step: 1000 },
    drives: "A higher bonus raises the referral rate (relative to salary) and is paid as a hiring cost.",
  },
  {
    group: "Training and ramp-up",
    path: "training.trainingWeeks",
    label: "Classroom training",
    unit: "weeks",
    drives: "Weeks before a hire takes contacts; trainees can drop out each week of the course.",
  },
  {
    group: "Training and ramp-up",
    path: "training.online",
    label: "Online training",
    drives: "Classes are taught online; remote hiring needs it.",
  },
  {
    group: "Training and ramp-up",
    path: "training.cultureFirst",
    label: "Culture-first training",
    drives: "Culture before products: lower dropout in class and a lower quit hazard in the first months.",
  },
  {
    group: "Training and ramp-up",
    path: "rampUp.adaptationMonths",
    label: "Adaptation (to 95% proficiency)",
    unit: "months",
    slider: { min: 1, max: 12, step: 0.5 },
    drives: "The learning curve after training: new agents are slower and less accurate until they adapt.",
  },
  {
    group: "Pay",
    path: "pay.scheme",
    label: "Pay scheme",
    drives:
      "Piece rates raise effort (speed) and keep fast agents, at a cost in quality unless the rate is tied to the agent's own tNPS.",
  },
  {
    group: "Pay",
    path: "pay.salaryPerMonth",
    label: "Salary (fixed scheme)",
    unit: "{currency}/month",
    slider: { min: 20000, max: 120000, step: 1000 },
    drives: "Pay against the market wage drives applicants, offer acceptance, quitting and engagement.",
  },
  {
    group: "Pay",
    path: "pay.baseSalaryPerMonth",
    label: "Base salary (piece-rate schemes)",
    unit: "{currency}/month",
    slider: { min: 0, max: 80000, step: 1000 },
    drives: "The guaranteed part of piece-rate pay; with the rate it sets earnings against the market wage.",
  },
  {
    group: "Pay",
    path: "pay.pieceRatePerContact",
    label: "Piece rate per contact",
    unit: "{currency}",
    slider: { min: 0, max: 150, step: 1 },
    drives:
      "Pay per handled contact: a higher rate raises effort and earnings, and the pull towards speed over quality.",
  },
  {
    group: "Pay",
    path: "pay.qualityWeightInRate",
    label: "Weight of tNPS in the rate",
    percent: true,
    drives:
      "Under the tNPS-tied scheme, how much of the rate depends on the agent's own tNPS: it damps the quality loss of piece rates.",
  },
  {
    group: "Management",
    path: "motivation.kpiClarity",
    label: "KPI clarity",
    percent: true,
    drives:
      "Share of staff who find their KPIs clear and achievable: raises engagement, hence eNPS and lower quitting.",
  },
  {
    group: "Management responses",
    path: "management.overtime.enabled",
    label: "Overtime when the roster is short",
    drives:
      "Agents stay on for up to 2 hours a day and 2.3 a week (Labour Code caps) where the roster is short: more hours on the phones, paid at 1.5x-2x, at a cost in burnout.",
  },
  {
    group: "Management responses",
    path: "management.payReview.enabled",
    label: "Annual pay review",
    drives:
      "Pay follows the market wage (seen with a lag) at each review, within the budget cap; a review that falls short is a refused raise and raises quitting for months.",
  },
  {
    group: "Management responses",
    path: "management.payReview.maxRaisePct",
    label: "Largest raise per review (%)",
    slider: { min: 0, max: 30, step: 1 },
    drives: "The budget cap of a review: a market that moved further leaves pay behind and counts as a refused raise.",
  },
  {
    group: "Management responses",
    path: "management.recruitingEffort.enabled",
    label: "Recruiting campaigns",
    drives:
      "When open vacancies age past a month, paid placements and agencies bring 1.5x the applicants, at a cost per open vacancy.",
  },
  {
    group: "Management responses",
    path: "management.outsourcing.enabled",
    label: "Overflow to an outsourcing partner",
    drives:
      "When capacity falls below 90% of need, a share of contacts goes to a partner at a price per contact, served at the partner's contracted service level.",
  },
  {
    group: "Management responses",
    path: "management.outsourcing.maxSharePct",
    label: "Partner's largest share of contacts (%)",
    slider: { min: 0, max: 50, step: 5 },
    drives: "The partner's contracted capacity: the most of the centre's contacts it takes.",
  },
  {
    group: "Staffing and targets",
    path: "operations.initialHeadcount.proficient",
    label: "Starting headcount (proficient agents)",
    slider: { min: 0, max: 3000, step: 10 },
    drives:
      "The workforce on day one; after that the planner hires up to the headcount its service-level target needs.",
  },
  {
    group: "Staffing and targets",
    path: "recruiting.headcountTargetFactor",
    label: "Headcount target (x the planner's need)",
    slider: { min: 0.5, max: 1.5, step: 0.05 },
    drives:
      "Recruiting hires up to this multiple of the headcount the planner needs for its service-level target: below 1 the centre runs lean (cheaper, but lower service level and higher occupancy, hence burnout), above 1 it keeps a buffer against attrition.",
  },
  {
    group: "Staffing and targets",
    path: "demand.voice.serviceLevel.target",
    label: "Voice service-level target (planner)",
    percent: true,
    drives:
      "The planner staffs each interval and sets the hire-up-to headcount to meet it: a higher target needs more agents and costs more.",
  },
  {
    group: "Staffing and targets",
    path: "targets.minServiceLevel",
    label: "Service-level bar on the charts",
    percent: true,
    drives: "Only the red target line on the service-level charts (months on target); it does not change staffing.",
  },
];

/** The part of the JSON Schema this app reads for a field. */
export interface FieldSchema {
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly default?: unknown;
  readonly description?: string;
  readonly title?: string;
  readonly items?: FieldSchema;
  readonly properties?: Readonly<Record<string, FieldSchema>>;
  readonly anyOf?: readonly FieldSchema[];
}

let root: FieldSchema | undefined;

/** The JSON Schema of the field at a dotted path, or undefined when the scenario has no such field. */
export function fieldSchema(path: string): FieldSchema | undefined {
  root ??= scenarioJsonSchema() as FieldSchema;
  let node: FieldSchema | undefined = root;
  for (const key of path.split(".")) {
    node = objectBranch(node)?.properties?.[key];
    if (node === undefined) return undefined;
  }
  return node;
}

/** Optional sections are written as anyOf [object, ...]: the object branch holds the properties. */
function objectBranch(node: FieldSchema | undefined): FieldSchema | undefined {
  if (node?.properties !== undefined) return node;
  return node?.anyOf?.find((b) => b.properties !== undefined);
}

export type ControlKind = "select" | "checkbox" | "number" | "series";

/** How a lever is edited, from its schema. */
export function controlKind(schema: FieldSchema): ControlKind {
  if (schema.enum !== undefined) return "select";
  if (schema.type === "boolean") return "checkbox";
  if (schema.type === "array") return "series";
  return "number";
}

/** Slider range: the lever's own where it sets one (checked to lie inside the schema's), else the schema's. */
export function sliderRange(lever: LeverDef, schema: FieldSchema): { min: number; max: number; step: number } {
  if (lever.slider !== undefined) return lever.slider;
  const low = schema.minimum ?? schema.exclusiveMinimum ?? 0;
  const high = schema.maximum ?? schema.exclusiveMaximum ?? low + 100;
  const step = schema.type === "integer" ? 1 : high - low <= 1 ? 0.01 : (high - low) / 100;
  // An open bound is not a value the schema accepts (a service-level target of 0 made every run fail): stop one step inside.
  const min = schema.minimum === undefined && schema.exclusiveMinimum !== undefined ? low + step : low;
  const max = schema.maximum === undefined && schema.exclusiveMaximum !== undefined ? high - step : high;
  return { min, max, step };
}
