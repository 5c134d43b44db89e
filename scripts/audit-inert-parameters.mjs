// Inert-parameter audit: finds scenario parameters that validate but change no simulated number, so that "no
// effect" is never read off a comparison where the value never reached the model.
//
// For every leaf of the scenario schema (numbers, whole numbers, booleans, enums, list elements, dates, months and
// times of day; read off the JSON Schema the loader is generated from) it builds a scenario in which the parameter
// should matter: the small validation centre (people layer on, voice and chat, management on), plus, per
// parameter, the setting it depends on (CONTEXTS_BY_PATH: referrals on for the referral settings, a piece-rate
// scheme for the piece-rate settings, remote agents for the remote settings, a short-staffed centre for the caps,
// the Genesys example for demand files, ...). It perturbs the value (x1.3, x0.7, x3, x0.25, +-10% of the range, the
// ends of the range; another enum value; the boolean toggled; a date a week on), keeping only values the loader
// accepts, runs 2 replications of 12 months at interval fidelity (then, where nothing moved, at contact fidelity) on
// the scenario's own seed, and compares every KPI of every month and the run-level figures with the unperturbed
// run. A parameter that no perturbation in any context moves is reported as inert. For each live one it then checks:
//   - as a variant's `set` entry, it runs exactly as the file with that value does;
//   - as an intervention (from the fourth month, else the second, else the first day), it changes something from
//     its date on and nothing before it (but filledWithin30Days, which follows a month's vacancies 30 days on);
//   - outside the people sections, it still changes something with simulatePeople false.
// Refusals by the loader are listed (a refusal is the intended answer for a change that could not act).
//
// Run after `pnpm build`: node scripts/audit-inert-parameters.mjs [--json out.json] [--only path-prefix]
// It runs in this process, one replication after another (about 3 minutes on one core). It exits with 1 on any
// finding not explained below (KNOWN_INERT, KNOWN_INERT_BY_INTERVENTION, KNOWN_PEOPLE_ONLY, each with its reason),
// on a variant that runs otherwise than its file, on an intervention that changes months before its date, and on
// a known entry that is no longer inert (stale).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encodeScenario, loadScenario, peopleLayerOnly, scenarioJsonSchema } from "../packages/scenario/dist/index.js";
import { simulate } from "../packages/runner/dist/index.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SMALL_CENTRE = `${ROOT}scenarios/validation/small-centre.yaml`;
const GENESYS = `${ROOT}scenarios/examples/from-genesys-history.yaml`;
/** Replications per run; the seed is the scenario's own, the same in every run of a context. */
const RUN = { replications: 2 };
/** Tried in this order: a parameter inert at interval fidelity is tried again with every contact simulated. */
const FIDELITIES = ["interval", "contact"];
/**
 * The dated change of the second pass: from the start of the fourth simulated month, and where that changes
 * nothing, from the second, then from the first day (a cap may bind only while the centre hires up, early in the
 * run; from the first day the change still goes through the intervention's path, compiled and applied by date).
 */
const INTERVENTION_MONTHS = [3, 1, 0];

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const only = option("--only");
const jsonOut = option("--json");

/**
 * Parameters that are inert in every context below by design, each with the reason (what its description says).
 * The audit still runs them and fails if one of them is not inert any more (the entry is then stale).
 */
const KNOWN_INERT = new Map([
  [
    "training.online",
    "a precondition, not a mechanism: remote or mixed hiring is refused without it; the description says it changes no figure",
  ],
]);

/**
 * Parameters an intervention may set that change nothing from its date on, by design, each with the reason (what
 * the description says). The second pass fails if one of them is not inert any more.
 */
const KNOWN_INERT_BY_INTERVENTION = new Map([]);

/**
 * Parameters outside the people sections that act only through the people layer, by design, with the reason (what
 * the description says). The people-off pass fails on any other that changes nothing without it.
 */
const KNOWN_PEOPLE_ONLY = new Map([]);

/** Top-level fields that are not model parameters, with the reason they are not audited. */
const NOT_AUDITED = new Map([
  ["schemaVersion", "file format version"],
  ["name", "text"],
  ["description", "text"],
  ["replications", "run setting: the audit fixes it (2)"],
  ["fidelity", "run setting: the audit fixes it (interval)"],
  ["currency", "label of the amounts"],
  ["interventions", "dated changes: exercised by the second pass"],
  ["variants", "alternatives: each is a scenario of its own"],
  ["reported", "case figures compared with the results, not inputs"],
  ["targets", "report-only: months on target in the reports, not a model input (section description)"],
  ["uncertain", "sensitivity ranges, not inputs"],
  ["study", "sensitivity study settings"],
  ["calibration", "record of a fit"],
  ["translations", "text"],
]);

// ---------------------------------------------------------------------------------------------------------------
// Scenarios and contexts

/** A scenario file as data with every default written out (so every leaf has a value to perturb). */
function loadData(file) {
  const loaded = loadScenario(readFileSync(file, "utf8"), file);
  if (loaded._tag === "Left") throw new Error(loaded.left.format());
  return structuredClone(encodeScenario(loaded.right));
}

const small = (() => {
  const data = loadData(SMALL_CENTRE);
  data.variants = [];
  data.interventions = [];
  data.uncertain = [];
  data.reported = [];
  data.calendar.horizonMonths = 12;
  data.calendar.warmupMonths = 0;
  return data;
})();

const genesys = (() => {
  const data = loadData(GENESYS);
  data.variants = [];
  // The history's days (2026-02-23 on) fall inside the run, so a forecast used interval by interval matters.
  data.calendar.startDate = "2026-03";
  data.calendar.specialDays = [];
  data.demand.voice.demandFile.path = `${ROOT}scenarios/examples/data/genesys-history-8-weeks.csv`;
  return data;
})();

const intervalsPerDay = (d) => ((d.calendar.closeHour - d.calendar.openHour) * 60) / d.calendar.intervalMinutes;
const shape = (n) => Array.from({ length: n }, (_, i) => 1 + Math.sin((Math.PI * (i + 0.5)) / n));

/**
 * Named settings a parameter may depend on, each a change of the small centre (`genesys`: the Genesys example, whose
 * voice demand is read from a file). Each parameter is tried in "base" first, then in the contexts listed for it.
 */
const CONTEXTS = {
  base: () => {},
  genesys: () => {},
  understaffed: (d) => {
    d.operations.initialHeadcount.proficient = 50;
  },
  fastHiring: (d) => {
    d.operations.initialHeadcount.proficient = 40;
    d.recruiting.baseApplicantsPerVacancyWeek = 4;
  },
  overloaded: (d) => {
    d.operations.initialHeadcount.proficient = 35;
    d.management.overtime.enabled = false;
    d.management.outsourcing.enabled = false;
  },
  waitPenalty: (d) => {
    CONTEXTS.overloaded(d);
    d.customerExperience.referenceWaitSec = 10;
  },
  veryUnderstaffed: (d) => {
    d.operations.initialHeadcount.proficient = 35;
  },
  slowHiring: (d) => {
    d.operations.initialHeadcount.proficient = 55;
    d.recruiting.baseApplicantsPerVacancyWeek = 0.25;
  },
  shrinkingDemand: (d) => {
    d.demand.voice.monthlyTrendPct = -8;
    d.demand.chat.monthlyTrendPct = -8;
  },
  remoteStart: (d) => {
    d.operations.initialHeadcount.remoteShare = 0.5;
  },
  mixedHiring: (d) => {
    d.recruiting.hiringMode = "mixed";
    d.training.online = true;
  },
  remoteHiring: (d) => {
    d.recruiting.hiringMode = "remote";
    d.training.online = true;
  },
  referral: (d) => {
    d.recruiting.referral.enabled = true;
  },
  pieceRate: (d) => {
    d.pay.scheme = "piece-rate";
  },
  pieceRateTnps: (d) => {
    d.pay.scheme = "piece-rate-tnps";
  },
  cultureFirst: (d) => {
    d.training.cultureFirst = true;
  },
  calibrated: (d) => {
    d.attrition.calibrateToMonthlyAttrition = 0.04;
  },
  plannedTimeToFill: (d) => {
    d.recruiting.plannedTimeToFillWeeks = 5;
  },
  plannedTimeToFillNoLearning: (d) => {
    d.recruiting.plannedTimeToFillWeeks = 5;
    d.recruiting.learnTimeToFill = false;
  },
  wageSeries: (d) => {
    d.labourMarket.marketWageSeries = [
      { month: "2024-01", value: 55_000 },
      { month: "2024-12", value: 62_000 },
    ];
  },
  payReview: (d) => {
    d.management.payReview.cadenceMonths = 3;
  },
  payReviewTight: (d) => {
    d.management.payReview.cadenceMonths = 3;
    d.management.payReview.maxRaisePct = 1;
  },
  longOvertime: (d) => {
    d.management.overtime.maxHoursPerAgentDay = 4;
    d.management.overtime.maxHoursPerAgentWeek = 8;
  },
  specialDay: (d) => {
    d.calendar.specialDays = [{ date: "2024-03-08", volumeFactor: 0.25 }];
  },
  lognormalPatience: (d) => {
    d.demand.voice.patience.distribution = "lognormal";
    d.demand.chat.patience.distribution = "lognormal";
  },
  voiceSeries: (d) => {
    delete d.demand.voice.monthlyVolume;
    d.demand.voice.monthlyVolumeSeries = [55_000, 56_000, 58_000, 57_000];
  },
  chatBase: (d) => {
    delete d.demand.chat.monthlyVolumeSeries;
    d.demand.chat.monthlyVolume = 12_000;
  },
  intradayShares: (d) => {
    for (const c of ["voice", "chat"]) d.demand[c].intradayShares = shape(intervalsPerDay(d));
  },
  intradaySharesByWeekday: (d) => {
    for (const c of ["voice", "chat"])
      d.demand[c].intradaySharesByWeekday = Array.from({ length: 7 }, () => shape(intervalsPerDay(d)));
  },
  handleTimeByInterval: (d) => {
    const n = intervalsPerDay(d);
    for (const c of ["voice", "chat"])
      d.demand[c].handleTimeFactorByInterval = Array.from({ length: n }, (_, i) => (i < n / 2 ? 1.1 : 0.9));
  },
  forecastIntervals: (d) => {
    const n = intervalsPerDay(d);
    for (const [c, perInterval] of [
      ["voice", 70],
      ["chat", 15],
    ])
      d.demand[c].forecastIntervals = {
        firstDate: "2024-04-08",
        volumes: Array.from({ length: 14 * n }, () => perInterval),
      };
  },
};

/** The contexts (besides base) in which each parameter should matter, by path prefix; the longest prefix wins. */
const CONTEXTS_BY_PATH = [
  ["calendar.specialDays", ["specialDay"]],
  ["demand.voice.monthlyVolumeSeries", ["voiceSeries"]],
  ["demand.chat.monthlyVolume", ["chatBase"]],
  ["demand.voice.demandFile", ["genesys"]],
  // The example history has voice rows only: chat's demand file is read by the same code and is not tested here.
  ["demand.chat.demandFile", []],
  ["demand.voice.intradayShares", ["intradayShares"]],
  ["demand.chat.intradayShares", ["intradayShares"]],
  ["demand.voice.intradaySharesByWeekday", ["intradaySharesByWeekday"]],
  ["demand.chat.intradaySharesByWeekday", ["intradaySharesByWeekday"]],
  ["demand.voice.handleTimeFactorByInterval", ["handleTimeByInterval"]],
  ["demand.chat.handleTimeFactorByInterval", ["handleTimeByInterval"]],
  ["demand.voice.forecastIntervals", ["forecastIntervals"]],
  ["demand.chat.forecastIntervals", ["forecastIntervals"]],
  ["demand.voice.patience.cv", ["lognormalPatience"]],
  ["demand.chat.patience.cv", ["lognormalPatience"]],
  ["operations.remoteShortShifts", ["remoteStart"]],
  ["operations.shifts", ["remoteStart"]],
  ["operations.initialHeadcount.remoteShare", ["remoteStart"]],
  ["labourMarket.marketWageSeries", ["wageSeries"]],
  ["recruiting.remoteShare", ["mixedHiring"]],
  ["recruiting.remoteCatchmentMultiplier", ["mixedHiring", "remoteHiring"]],
  ["recruiting.plannedTimeToFillWeeks", ["plannedTimeToFill", "plannedTimeToFillNoLearning"]],
  ["recruiting.withdrawSurplusVacancies", ["shrinkingDemand"]],
  ["recruiting.surplusToleranceStandardErrors", ["shrinkingDemand"]],
  ["recruiting.maxHiresPerDay", ["understaffed"]],
  ["recruiting.referral", ["referral"]],
  ["training.online", ["mixedHiring"]],
  ["training.cultureFirstDropoutMultiplier", ["cultureFirst"]],
  ["training.cultureFirstEarlyHazardMultiplier", ["cultureFirst"]],
  ["training.cultureFirstEarlyMonths", ["cultureFirst"]],
  ["training.minClassSize", ["understaffed", "fastHiring"]],
  ["training.maxClassSize", ["understaffed", "fastHiring"]],
  ["training.trainerCapacity", ["understaffed"]],
  ["attrition.calibrateToMonthlyAttrition", ["calibrated"]],
  ["attrition.remoteMultiplier", ["remoteStart", "mixedHiring"]],
  ["burnout", ["understaffed"]],
  ["pay.baseSalaryPerMonth", ["pieceRate", "pieceRateTnps"]],
  ["pay.pieceRatePerContact", ["pieceRate", "pieceRateTnps"]],
  ["pay.tnpsTiers", ["pieceRateTnps"]],
  ["pay.effortElasticity", ["pieceRate", "pieceRateTnps"]],
  ["pay.qualityLossCoefficient", ["pieceRate", "pieceRateTnps"]],
  ["pay.qualityWeightInRate", ["pieceRateTnps"]],
  ["motivation.engagementRemoteWeight", ["remoteStart"]],
  ["customerExperience.referenceWaitSec", ["overloaded"]],
  ["customerExperience.waitPenaltyPerMinute", ["waitPenalty"]],
  ["money.remoteSeatCostPerMonth", ["remoteStart"]],
  ["management.overtime", ["understaffed", "longOvertime"]],
  ["management.payReview", ["payReview", "payReviewTight"]],
  ["management.recruitingEffort", ["slowHiring", "understaffed"]],
  ["management.outsourcing", ["understaffed", "veryUnderstaffed"]],
];

function contextsOf(path) {
  const match = CONTEXTS_BY_PATH.filter(([prefix]) => path === prefix || /^[.[]/.test(path.slice(prefix.length)))
    .filter(([prefix]) => path.startsWith(prefix))
    .sort((a, b) => b[0].length - a[0].length)[0];
  const extra = match?.[1] ?? [];
  return extra.some((c) => c.startsWith("genesys")) ? extra : ["base", ...extra];
}

function contextData(name, peopleOff = false) {
  const data = structuredClone(name.startsWith("genesys") ? genesys : small);
  CONTEXTS[name](data);
  if (peopleOff) data.simulatePeople = false;
  return data;
}

// ---------------------------------------------------------------------------------------------------------------
// The leaves of the schema

/**
 * Lists over time whose last element is perturbed (it holds to the end of the run, so a dated change reaches it);
 * in other lists, the first element.
 */
const LAST_ELEMENT = new Set([
  "demand.voice.monthlyVolumeSeries",
  "demand.chat.monthlyVolumeSeries",
  "demand.voice.forecastIntervals.volumes",
  "demand.chat.forecastIntervals.volumes",
  "labourMarket.hhIndex",
  "labourMarket.marketWageSeries",
]);

/**
 * Every leaf under the schema's properties: `segments` is its path (a list element as index 0, or -1 for the last),
 * `node` its JSON Schema, `alternative` a word it may take instead of a number ("auto").
 */
function leaves() {
  const out = [];
  const walk = (node, segments, alternative) => {
    if (node.anyOf !== undefined) {
      const word = node.anyOf.find((b) => b.type === "string" && b.enum?.length === 1)?.enum[0];
      for (const branch of node.anyOf) {
        if (branch.type === "string" && branch.enum?.length === 1) continue;
        walk({ ...branch, default: node.default }, segments, word);
      }
      return;
    }
    if (node.type === "object" && node.properties !== undefined) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, [...segments, key], undefined);
      if (alternative !== undefined) out.push({ segments, node, alternative, whole: true });
      return;
    }
    if (node.type === "array") {
      const items = node.items;
      if (items.type === "string" && items.enum !== undefined) {
        out.push({ segments, node, list: true });
        return;
      }
      walk(items, [...segments, LAST_ELEMENT.has(dotted(segments)) ? -1 : 0], undefined);
      return;
    }
    if (node.type === "number" || node.type === "integer" || node.type === "boolean" || node.enum !== undefined)
      out.push({ segments, node, alternative });
    // Dates, months and times of day are parameters too (a holiday's date, a shift's start, a market point's month),
    // and so is the time zone a history is read in; names and file paths are not.
    else if (node.type === "string" && (node.pattern !== undefined || segments[segments.length - 1] === "timeZone"))
      out.push({ segments, node, text: true });
  };
  for (const [key, child] of Object.entries(scenarioJsonSchema().properties)) {
    if (NOT_AUDITED.has(key)) continue;
    walk(child, [key], undefined);
  }
  return out;
}

const dotted = (segments) =>
  segments.map((s, i) => (s === -1 ? "[last]" : typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");

/** The element or field at `s` (-1: a list's last element). */
const step = (x, s) => (x === undefined || x === null ? undefined : s === -1 ? x[x.length - 1] : x[s]);

function getAt(data, segments) {
  return segments.reduce(step, data);
}

function setAt(data, segments, value) {
  const parent = getAt(data, segments.slice(0, -1));
  const last = segments[segments.length - 1];
  parent[last === -1 ? parent.length - 1 : last] = value;
}

// ---------------------------------------------------------------------------------------------------------------
// Perturbations

/** Values to try instead of `value`, most ordinary first; each is checked by the loader before it is run. */
function candidates(leaf, value, data) {
  const { node, segments } = leaf;
  const path = dotted(segments);
  if (leaf.whole) return [leaf.alternative];
  if (leaf.list) return value.length > 1 ? [value.slice(0, -1)] : [];
  if (path.startsWith("operations.skills.")) {
    // The shares add up to 1: move 0.1 between this share and another.
    const other = segments[2] === "multiSkill" ? "voiceOnly" : "multiSkill";
    return [
      { [segments[2]]: value + 0.1, [other]: data.operations.skills[other] - 0.1 },
      { [segments[2]]: value - 0.1, [other]: data.operations.skills[other] + 0.1 },
    ];
  }
  if (leaf.text) return shifted(value);
  if (typeof value === "boolean") return [!value];
  if (node.enum !== undefined) return node.enum.filter((v) => v !== value);
  if (value === leaf.alternative) return [4, 8];
  if (typeof value !== "number") return [];
  const low = node.minimum ?? node.exclusiveMinimum ?? -1e9;
  const high = node.maximum ?? node.exclusiveMaximum ?? 1e9;
  const span = Math.min(high - low, Math.max(1, Math.abs(value)));
  const raw =
    value === 0
      ? [0.1 * span, -0.1 * span, 0.5 * span, 1]
      : [value * 1.3, value * 0.7, value * 3, value * 0.25, value + 0.1 * span, value - 0.1 * span];
  // Last, the ends of the range: a cap may bind only there (a daily hire cap of 1, a partner share of 0).
  if (node.minimum !== undefined) raw.push(node.minimum);
  if (node.maximum !== undefined) raw.push(node.maximum);
  if (leaf.alternative !== undefined) raw.push(leaf.alternative);
  const within = (x) =>
    typeof x !== "number" ||
    ((node.exclusiveMinimum === undefined ? x >= low : x > low) &&
      (node.exclusiveMaximum === undefined ? x <= high : x < high));
  const rounded = raw.map((x) => (typeof x === "number" && node.type === "integer" ? Math.round(x) : x));
  return [...new Set(rounded)].filter((x) => x !== value && within(x));
}

/** A date a week later and earlier, a month one later and earlier, a time of day an hour later and earlier. */
function shifted(value) {
  const two = (n) => String(n).padStart(2, "0");
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = (by) => new Date(Date.parse(`${value}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
    return [day(7), day(-7)];
  }
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split("-").map(Number);
    const month = (by) => {
      const k = y * 12 + m - 1 + by;
      return `${Math.floor(k / 12)}-${two((k % 12) + 1)}`;
    };
    return [month(1), month(-1)];
  }
  if (/^\d{2}:\d{2}$/.test(value)) {
    const [h, min] = value.split(":").map(Number);
    return [h + 1, h - 1].filter((x) => x >= 0 && x < 24).map((x) => `${two(x)}:${two(min)}`);
  }
  return ["UTC", "Europe/Moscow"].filter((zone) => zone !== value);
}

/** The scenario with the perturbation applied (skills move two shares). */
function perturbed(data, leaf, next) {
  const out = structuredClone(data);
  if (dotted(leaf.segments).startsWith("operations.skills.")) Object.assign(out.operations.skills, next);
  else setAt(out, leaf.segments, next);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Running and comparing

let runs = 0;
const cache = new Map();

/** Every number of a run (per replication, month and KPI; run-level figures; training classes), as one string. */
async function fingerprint(data, file, fidelity, variant = 0) {
  const key = `${fidelity} ${variant} ${JSON.stringify(data)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  runs++;
  let outcome;
  try {
    outcome = await simulate({ scenario: data, file }, { ...RUN, fidelity });
  } catch (error) {
    outcome = { ok: false, problems: [{ path: "(thrown)", message: String(error) }] };
  }
  const run = outcome.ok ? outcome.run.variants[variant] : undefined;
  const result = outcome.ok
    ? {
        ok: true,
        months: run.replications.map((months) => months.map(stable)),
        rest: stable({ runs: run.runs, survival: run.hireSurvival, classes: run.classes ?? [] }),
      }
    : { ok: false, problem: outcome.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  cache.set(key, result);
  return result;
}

/** JSON that keeps NaN and infinities apart from null. */
const stable = (x) => JSON.stringify(x, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));

/**
 * KPIs of a month that follow its cohort into later months, so a change dated after the month may still move them:
 * vacancies opened in a month are followed for 30 days (one withdrawn later is a censored search).
 */
const FORWARD_LOOKING = new Set(["filledWithin30Days"]);

/**
 * Months (index) whose figures differ in any replication, the KPIs that differ per month, and whether the
 * run-level figures differ. A different number of months is month -1.
 */
function differences(a, b) {
  const months = new Set();
  const kpis = new Map();
  a.months.forEach((reps, r) =>
    reps.forEach((m, i) => {
      const other = b.months[r]?.[i];
      if (other === m) return;
      months.add(i);
      if (other === undefined) return;
      const x = JSON.parse(m).values;
      const y = JSON.parse(other).values;
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)]))
        if (stable(x[k]) !== stable(y[k])) kpis.set(i, new Set([...(kpis.get(i) ?? []), k]));
    }),
  );
  if (a.months[0]?.length !== b.months[0]?.length) months.add(-1);
  return { months: [...months].sort((x, y) => x - y), kpis, rest: a.rest !== b.rest };
}

const changed = (d) => d.months.length > 0 || d.rest;

const fileOf = (context) => (context.startsWith("genesys") ? GENESYS : SMALL_CENTRE);

/** The month (YYYY-MM) `after` months after the start. */
function monthAfterStart(data, after) {
  const [y, m] = data.calendar.startDate.split("-").map(Number);
  const month = (m - 1 + after) % 12;
  const year = y + Math.floor((m - 1 + after) / 12);
  return `${year}-${String(month + 1).padStart(2, "0")}`;
}

/** Top-level fields an intervention may not set (packages/scenario/src/internal/overridePaths.ts). */
const NOT_BY_INTERVENTION = new Set(["seed", "calendar"]);

/** The `set` entry of an intervention that makes the perturbation: the path down to the first list element. */
function interventionSet(leaf, next, data) {
  const cut = leaf.segments.findIndex((s) => typeof s === "number");
  const segments = cut < 0 ? leaf.segments : leaf.segments.slice(0, cut);
  const after = perturbed(data, leaf, next);
  if (dotted(leaf.segments).startsWith("operations.skills."))
    return Object.fromEntries(Object.entries(next).map(([k, v]) => [`operations.skills.${k}`, v]));
  return { [segments.join(".")]: structuredClone(getAt(after, segments)) };
}

// ---------------------------------------------------------------------------------------------------------------

const started = process.hrtime.bigint();
const all = leaves().filter((leaf) => only === undefined || dotted(leaf.segments).startsWith(only));
const findings = [];
/**
 * The first perturbation, in the first context and fidelity, that changes a number: `live` (undefined when none
 * does), everything `tried`, and whether no context sets the parameter at all (`unset`).
 */
async function search(leaf, peopleOff) {
  const tried = [];
  let unset = true;
  for (const fidelity of FIDELITIES) {
    for (const context of contextsOf(dotted(leaf.segments))) {
      const data = contextData(context, peopleOff);
      const value = getAt(data, leaf.segments);
      if (value === undefined) continue;
      unset = false;
      const before = await fingerprint(data, fileOf(context), fidelity);
      if (!before.ok) throw new Error(`context ${context} does not load: ${before.problem}`);
      for (const next of candidates(leaf, value, data)) {
        const after = await fingerprint(perturbed(data, leaf, next), fileOf(context), fidelity);
        if (!after.ok) {
          tried.push({ fidelity, context, value, next, refused: after.problem });
          continue;
        }
        const diff = differences(before, after);
        tried.push({ fidelity, context, value, next, months: diff.months, rest: diff.rest });
        if (changed(diff)) return { live: { fidelity, context, value, next, data }, tried, unset };
      }
    }
    if (unset) break;
  }
  return { live: undefined, tried, unset };
}

for (const leaf of all) {
  const path = dotted(leaf.segments) + (leaf.whole ? ` (= ${leaf.alternative})` : "");
  const top = leaf.segments[0];
  const { live, tried, unset } = await search(leaf, false);
  const finding = { path, status: live !== undefined ? "live" : unset ? "unset" : "inert", tried };
  if (live !== undefined) {
    finding.liveIn = live.context;
    finding.fidelity = live.fidelity;
    // A variant setting the value must run as the file with that value does (the demand file's settings did not).
    if (!leaf.whole) {
      const data = structuredClone(live.data);
      data.variants = [{ name: "perturbed", set: interventionSet(leaf, live.next, live.data) }];
      const asFile = await fingerprint(perturbed(live.data, leaf, live.next), fileOf(live.context), live.fidelity);
      const asVariant = await fingerprint(data, fileOf(live.context), live.fidelity, 1);
      finding.variant = asVariant.ok
        ? { same: !changed(differences(asFile, asVariant)) }
        : { refused: asVariant.problem };
    }
    if (!NOT_BY_INTERVENTION.has(top) && !leaf.whole) {
      for (const after of INTERVENTION_MONTHS) {
        const data = structuredClone(live.data);
        const from = monthAfterStart(data, after);
        data.interventions = [{ from, set: interventionSet(leaf, live.next, live.data) }];
        const before = await fingerprint(live.data, fileOf(live.context), live.fidelity);
        const changedRun = await fingerprint(data, fileOf(live.context), live.fidelity);
        if (!changedRun.ok) {
          finding.intervention = { refused: changedRun.problem };
          break;
        }
        const diff = differences(before, changedRun);
        const early = diff.months
          .filter((m) => m >= 0 && m < after)
          .flatMap((m) => [...(diff.kpis.get(m) ?? [])].filter((k) => !FORWARD_LOOKING.has(k)).map((k) => `${m}:${k}`));
        finding.intervention = { from, changedMonths: diff.months, inert: !changed(diff), early, after };
        if (changed(diff)) break;
      }
    }
  }
  // The contact layer's parameters must act without the people layer too (operations.initialHeadcount.remoteShare
  // once did not): the same search with simulatePeople false.
  if (
    live !== undefined &&
    top !== "simulatePeople" &&
    !peopleLayerOnly(dotted(leaf.segments).replace(/\[.*$/, ""), false)
  ) {
    const withoutPeople = await search(leaf, true);
    if (withoutPeople.live === undefined && !withoutPeople.unset)
      finding.withoutPeople = withoutPeople.tried.every((t) => t.refused !== undefined) ? "refused" : "inert";
  }
  if (finding.status === "inert" && tried.every((t) => t.refused !== undefined)) finding.status = "untestable";
  findings.push(finding);
  process.stderr.write(`${finding.status.padEnd(10)} ${path}${live ? ` (${live.context}, ${live.fidelity})` : ""}\n`);
}

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const show = (t) =>
  `${t.fidelity} ${t.context}: ${JSON.stringify(t.value)} -> ${JSON.stringify(t.next)}${t.refused ? ` refused (${t.refused.slice(0, 160)})` : ""}`;
const lines = [];
const inert = findings.filter((f) => f.status === "inert");
const unexpected = inert.filter((f) => !KNOWN_INERT.has(f.path));
lines.push(`Inert-parameter audit: ${findings.length} leaves, ${runs} runs, ${seconds.toFixed(0)} s`);
lines.push("", `Inert (every valid perturbation in every context leaves every number identical): ${inert.length}`);
for (const f of inert) {
  lines.push(`  ${f.path}${KNOWN_INERT.has(f.path) ? `  [known: ${KNOWN_INERT.get(f.path)}]` : ""}`);
  for (const t of f.tried) lines.push(`      ${show(t)}`);
}
const stale = [
  ...[...KNOWN_INERT.keys()].filter((p) => findings.some((f) => f.path === p && f.status === "live")),
  ...[...KNOWN_INERT_BY_INTERVENTION.keys()].filter((p) =>
    findings.some((f) => f.path === p && f.intervention !== undefined && !f.intervention.inert),
  ),
];
if (stale.length > 0) lines.push("", `Listed as known inert but live now: ${stale.join(", ")}`);
const contactOnly = findings.filter((f) => f.status === "live" && f.fidelity === "contact");
lines.push("", `Inert at interval fidelity, live with every contact simulated: ${contactOnly.length}`);
for (const f of contactOnly) lines.push(`  ${f.path} (${f.liveIn})`);
const conditional = findings.filter((f) => f.status === "live" && f.liveIn !== "base" && f.liveIn !== "genesys");
lines.push("", `Live only in a context (inert in base): ${conditional.length}`);
for (const f of conditional) lines.push(`  ${f.path}: live with ${f.liveIn}`);
const dated = findings.filter((f) => f.intervention?.inert);
lines.push("", `Accepted by an intervention but inert from its date: ${dated.length}`);
for (const f of dated) {
  const known = KNOWN_INERT_BY_INTERVENTION.get(f.path);
  lines.push(`  ${f.path} (${f.liveIn})${known === undefined ? "" : `  [known: ${known}]`}`);
}
const withoutPeople = findings.filter((f) => f.withoutPeople !== undefined);
lines.push("", `Live with the people layer, inert (or refused) without it: ${withoutPeople.length}`);
for (const f of withoutPeople) {
  const known = KNOWN_PEOPLE_ONLY.get(f.path);
  lines.push(`  ${f.path}: ${f.withoutPeople}${known === undefined ? "" : `  [known: ${known}]`}`);
}
const variantDiffers = findings.filter((f) => f.variant?.same === false);
lines.push("", `Set by a variant, running otherwise than the file with the same value: ${variantDiffers.length}`);
for (const f of variantDiffers) lines.push(`  ${f.path} (${f.liveIn})`);
const variantRefused = findings.filter((f) => f.variant?.refused !== undefined);
lines.push("", `Refused in a variant: ${variantRefused.length}`);
for (const f of variantRefused) lines.push(`  ${f.path}: ${f.variant.refused.slice(0, 200)}`);
const atStart = findings.filter((f) => f.intervention?.inert === false && f.intervention.after === 0);
lines.push("", `Set by an intervention, acting only when it is dated on the first day (see why): ${atStart.length}`);
for (const f of atStart) lines.push(`  ${f.path} (${f.liveIn})`);
const early = findings.filter((f) => f.intervention?.early?.length > 0);
lines.push("", `Set by an intervention, changing months before its date (month index:KPI): ${early.length}`);
for (const f of early) lines.push(`  ${f.path}: ${f.intervention.early.join(", ")}`);
const refusedDated = findings.filter((f) => f.intervention?.refused);
lines.push("", `Refused in an intervention: ${refusedDated.length}`);
for (const f of refusedDated) lines.push(`  ${f.path}: ${f.intervention.refused.slice(0, 200)}`);
const other = findings.filter((f) => f.status === "unset" || f.status === "untestable");
lines.push("", `Not tested (no context sets it, or every perturbation is refused): ${other.length}`);
for (const f of other) {
  lines.push(`  ${f.path}: ${f.status}`);
  for (const t of f.tried) lines.push(`      ${show(t)}`);
}
lines.push("", `Not audited: ${[...NOT_AUDITED].map(([k, why]) => `${k} (${why})`).join("; ")}`);
console.log(lines.join("\n"));
if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify({ seconds, runs, findings }, null, 2));
const unexpectedDated = dated.filter((f) => !KNOWN_INERT_BY_INTERVENTION.has(f.path));
const unexpectedPeopleOnly = withoutPeople.filter((f) => !KNOWN_PEOPLE_ONLY.has(f.path));
const failed =
  unexpected.length +
  unexpectedDated.length +
  early.length +
  stale.length +
  variantDiffers.length +
  unexpectedPeopleOnly.length;
console.log(`\n${failed === 0 ? "OK" : `FAILED: ${failed} unexpected finding(s)`}`);
process.exitCode = failed === 0 ? 0 : 1;
