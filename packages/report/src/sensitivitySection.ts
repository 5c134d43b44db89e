/**
 * The report's section on the scenario's declared uncertainty: the `uncertain` ranges with their sources, and, when
 * a saved `ccsim sensitivity` result is given, a tornado chart per variant (what its headline difference hangs on),
 * the uncertainty bands ("across the declared ranges the variant beats the baseline on SL in X% of worlds") and the
 * most influential parameters of every analysed output. The study is read from its JSON rather than run here: it
 * costs hundreds of runs, and a report is one run.
 */
import {
  scenarioTexts,
  uncertainName,
  type RobustnessJson,
  type Scenario,
  type SensitivityDocument,
  type SensitivityRowJson,
} from "@ccsim/scenario";
import { locale, type Locale } from "./i18n/locale.js";
import type { TopLevelSpec } from "vega-lite";
import { kpiFormat, kpiUnit } from "./kpiFormat.js";
import { BASELINE_NAME, variantNamer } from "./shownNames.js";
import { tornadoSpec, type TornadoBar } from "./tornadoChart.js";

/** KPIs for which a higher value is better / worse: "beats the baseline" means moving the right way. */
const HIGHER_IS_BETTER = new Set([
  "serviceLevel",
  "staffingSufficiency",
  "enps",
  "tnps",
  "filledWithin30Days",
  "productiveFte",
]);
const LOWER_IS_BETTER = new Set([
  "abandonRate",
  "asaSec",
  "monthlyAttrition",
  "trainingDropout",
  "costPerContact",
  "timeToFillDays",
  "leavers",
]);

/** The output drawn as a tornado: the first of these the study analysed. */
const TORNADO_KPIS = ["voice.serviceLevel", "chat.serviceLevel", "staffingSufficiency"];

export interface SensitivityChart {
  readonly def: { readonly id: string; readonly title: string };
  readonly spec: TopLevelSpec;
}

export interface SensitivityReport {
  /** The section's title and headings in the report's language. */
  readonly title: string;
  readonly declared: string;
  readonly bandsTitle: string;
  readonly influenceTitle: string;
  readonly declaredHead: readonly string[];
  readonly declaredRows: readonly (readonly string[])[];
  /** What was run, or how to run it when no study was given. */
  readonly studyText: string;
  readonly charts: readonly SensitivityChart[];
  /** One sentence per (variant, KPI): the share of worlds in which the variant is better, and the band. */
  readonly bands: readonly string[];
  readonly influenceHead: readonly string[];
  readonly influenceRows: readonly (readonly string[])[];
}

const kpiName = (kpi: string): string => kpi.slice(kpi.lastIndexOf(".") + 1);
/** A share of worlds as a whole percentage, in the locale's form ("90%", "90 %"). */
const pct = (x: number, loc: Locale): string =>
  `${loc.number(Math.round(100 * x), 0)}${loc.lang === "ru" ? " %" : "%"}`;
/** Shares are drawn in percentage points, like the monthly charts; other KPIs in their own unit. */
function scaleOf(kpi: string, loc: Locale): { scale: number; unit: string } {
  const u = loc.t.units;
  switch (kpiUnit(kpi)) {
    case "share":
      return { scale: 100, unit: u.pp };
    case "points":
      return { scale: 1, unit: u.points };
    case "money":
    case "price":
      return { scale: 1, unit: loc.currency };
    case "seconds":
      return { scale: 1, unit: u.seconds };
    case "days":
      return { scale: 1, unit: u.days };
    case "hours":
      return { scale: 1, unit: u.hours };
    default:
      return { scale: 1, unit: "" };
  }
}

/**
 * The band sentence of one headline difference, in the report's language; `variant` is the name the reader sees
 * (the file's translation), the figures carry their units as the headlines do.
 */
export function bandSentence(r: RobustnessJson, loc: Locale = locale("en"), variant: string = r.variant): string {
  const f = kpiFormat(r.kpi, loc);
  const t = loc.t.sensitivity;
  const name = kpiName(r.kpi);
  const lead = HIGHER_IS_BETTER.has(name)
    ? t.beats(variant, f.label, pct(r.sharePositive, loc), r.worlds)
    : LOWER_IS_BETTER.has(name)
      ? t.beats(variant, f.label, pct(r.shareNegative, loc), r.worlds)
      : t.higher(variant, f.label, pct(r.sharePositive, loc), r.worlds);
  const d = f.formatDifference;
  return t.band(lead, d(r.p05), d(r.p95), d(r.nominal), pct(r.shareSameSign, loc));
}

function bars(doc: SensitivityDocument, rows: readonly SensitivityRowJson[], scale: number): TornadoBar[] {
  return rows.map((r) =>
    doc.method === "morris"
      ? {
          parameter: r.parameter,
          value: r.muStar! * scale,
          direction: r.mu! >= 0 ? ("raises" as const) : ("lowers" as const),
        }
      : {
          parameter: r.parameter,
          value: r.total!.mean,
          first: r.first!.mean,
          low: r.total!.ci95_low,
          high: r.total!.ci95_high,
        },
  );
}

function tornadoCharts(doc: SensitivityDocument, loc: Locale, shown: (name: string) => string): SensitivityChart[] {
  const kpi = TORNADO_KPIS.find((k) => doc.kpis.includes(k)) ?? doc.kpis[0];
  if (kpi === undefined) return [];
  const t = loc.t.sensitivity;
  const f = kpiFormat(kpi, loc);
  const { scale, unit } = scaleOf(kpi, loc);
  const outputs = [...new Set(doc.sensitivity.filter((r) => r.kpi === kpi).map((r) => r.variant))];
  // With variants, what matters is what each advantage hangs on; without, the baseline's level.
  const drawn = outputs.length > 1 ? outputs.filter((v) => v !== BASELINE_NAME) : outputs;
  const subtitle = doc.method === "morris" ? t.morrisSubtitle(doc.samples) : t.sobolSubtitle(doc.samples);
  const axis = doc.method === "morris" ? `mu*${unit === "" ? "" : ` (${unit})`}` : t.sobolAxis;
  return drawn.map((variant) => {
    const rows = doc.sensitivity.filter((r) => r.kpi === kpi && r.variant === variant);
    const title = variant === BASELINE_NAME ? t.tornadoLevel(f.label) : t.tornadoDifference(f.label, shown(variant));
    // The id stays the variant's name as run: file names of the charts do not change with the report's language.
    const id = `tornado-${slug(kpi)}-${slug(variant)}`;
    return { def: { id, title }, spec: tornadoSpec(title, subtitle, axis, bars(doc, rows, scale), loc) };
  });
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Per analysed output, its three most influential parameters with their mu* or total index. */
function influenceRows(doc: SensitivityDocument, loc: Locale, shown: (name: string) => string): string[][] {
  const t = loc.t.sensitivity;
  const outputs = [...new Map(doc.sensitivity.map((r) => [`${r.kpi}\u0000${r.variant}`, r])).values()];
  return outputs.map((o) => {
    const f = kpiFormat(o.kpi, loc);
    const rows = doc.sensitivity.filter((r) => r.kpi === o.kpi && r.variant === o.variant);
    const size = (r: SensitivityRowJson): number => (doc.method === "morris" ? r.muStar! : r.total!.mean);
    const top = [...rows]
      .sort((a, b) => size(b) - size(a))
      .slice(0, 3)
      .map(
        (r) =>
          `${r.parameter} (${doc.method === "morris" ? `mu* ${f.formatDifference(r.muStar!).replace(/^\+/, "")}` : `ST ${loc.number(r.total!.mean, 2)}`})`,
      );
    return [o.measure === "level" ? t.levelOf(f.label) : t.differenceOf(f.label, shown(o.variant)), top.join("; ")];
  });
}

function declaredRows(scenario: Scenario, loc: Locale): string[][] {
  const t = loc.t.sensitivity;
  const texts = scenarioTexts(scenario, loc.lang);
  const n = (x: number | undefined): string => (x === undefined ? "" : loc.number(x, 6));
  return scenario.uncertain.map((u) => {
    const own = texts.uncertain(u);
    const distribution = t.distributions[u.distribution] ?? u.distribution;
    return [
      uncertainName(u),
      t.range(n(u.min), n(u.max)),
      u.distribution === "triangular" ? `${distribution}, ${t.mode(n(u.mode))}` : distribution,
      // The file's own translation, else its usual words ("assumption", "calibrated") in the report's language.
      own.source === u.source ? loc.t.words.note(u.source) : own.source,
      own.why ?? "",
    ];
  });
}

/**
 * The section, when the scenario declares `uncertain` parameters (undefined otherwise). Without a study, it lists
 * the ranges and says how to run one.
 */
export function sensitivityReport(
  scenario: Scenario,
  doc?: SensitivityDocument,
  loc: Locale = locale("en"),
): SensitivityReport | undefined {
  if (scenario.uncertain.length === 0 && doc === undefined) return undefined;
  const t = loc.t.sensitivity;
  const h = t.head;
  const base = {
    title: t.title,
    declared: t.declared,
    bandsTitle: t.bandsTitle,
    influenceTitle: t.influenceTitle,
    declaredHead: [h.parameter, h.range, h.distribution, h.source, h.why],
    declaredRows: declaredRows(scenario, loc),
    influenceHead: [h.output, h.influential],
  };
  if (doc === undefined) {
    return {
      ...base,
      charts: [],
      bands: [],
      influenceRows: [],
      studyText: t.noStudy,
    };
  }
  const p = doc.provenance;
  const method = doc.method === "morris" ? t.morris(doc.samples) : t.sobol(doc.samples);
  const shown = variantNamer(scenario, loc);
  return {
    ...base,
    studyText: t.study(method, doc.worlds, p.replications, p.fidelity, p.seed, p.command),
    charts: tornadoCharts(doc, loc, shown),
    bands: doc.robustness.map((r) => bandSentence(r, loc, shown(r.variant))),
    influenceRows: influenceRows(doc, loc, shown),
  };
}
