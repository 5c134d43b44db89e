import type { ResultDocument } from "@ccsim/scenario";
import { chartRange } from "./charts.js";
import { kpiFormat } from "./kpiFormat.js";
import type { Report, ReportChart } from "./buildReport.js";
import { MATURITY_MONTHS_ON_TARGET } from "./buildReport.js";
import { locale, type Locale } from "./i18n/locale.js";
import { literalText, parameterDescription, valueText } from "./i18n/parameterText.js";
import { schemaDescriptions } from "./i18n/schemaDescriptions.js";

/** Text shared by the HTML and Markdown reports, so both say the same thing in the same words (in the report's language). */

export function targetText(chart: ReportChart, loc: Locale): string | undefined {
  if (chart.target === undefined || chart.def.target === undefined) return undefined;
  const t = loc.t;
  const bound = chart.def.target.kind === "min" ? t.target.atLeast : t.target.atMost;
  const counts = chart.onTarget.map((o) => `${o.variant} ${t.words.ofMonths(o.met, o.months)}`).join("; ");
  const { met, of } = MATURITY_MONTHS_ON_TARGET;
  return t.target.text(bound, `${round(chart.target, loc)}${suffix(chart.def.unitSuffix, loc)}`, counts, met, of);
}

/** One row per targeted chart: the target, then per variant its months on target and whether that meets the maturity bar. */
export function targetRows(report: Report): string[][] {
  const { met, of } = MATURITY_MONTHS_ON_TARGET;
  const loc = report.locale;
  return report.charts.flatMap((c) =>
    c.target === undefined || c.def.target === undefined
      ? []
      : [
          [
            c.def.title,
            `${bound(c.def.target.kind, loc)} ${round(c.target, loc)}${suffix(c.def.unitSuffix, loc)}`,
            ...c.onTarget.map(
              (o) =>
                `${loc.t.words.ofMonths(o.met, o.months)}${o.months >= of && o.met >= met ? ` (${loc.t.words.mature})` : ""}`,
            ),
          ],
        ],
  );
}

export function targetHead(report: Report): string[] {
  const h = report.locale.t.head;
  return [h.kpi, h.target, ...report.variants.map((v) => h.monthsOnTarget(v.name))];
}

/** The case card's rows (columns as in caseCardHead) from a result document: empty when it has none. */
export function caseCardRows(doc: ResultDocument, loc: Locale = locale("en")): string[][] {
  const w = loc.t.words;
  return (doc.caseCard?.figures ?? []).map((f) => {
    const name = loc.lang === "en" ? f.kpi : kpiFormat(f.kpi, loc).label;
    const what =
      (f.changeSince === undefined
        ? f.month === undefined
          ? `${name} (${w.mean})`
          : w.inMonth(name, loc.month(f.month))
        : w.change(name, loc.month(f.changeSince), f.month === undefined ? w.end : loc.month(f.month))) +
      (f.variant === undefined ? "" : `, ${f.variant}`) +
      (f.against === "baseline" ? ` ${w.versus(doc.variants[0]?.name ?? "baseline")}` : "");
    const effect = f.againstBaseline;
    const n = (x: number): string => figureNumber(x, f.unit, loc);
    const signed = (x: number): string => (x > 0 ? `+${n(x)}` : n(x));
    return [
      what,
      w.status(f.status),
      `${n(f.value)} ± ${n(f.tolerance)} ${w.figureUnit(f.unit, loc.currency)}`.trimEnd(),
      n(f.simulated.mean),
      w.to(n(f.simulated.ci95_low), n(f.simulated.ci95_high)),
      f.reproduced ? w.yes : w.no,
      effect === undefined ? "" : `${signed(effect.mean)} (${w.to(signed(effect.ci95_low), signed(effect.ci95_high))})`,
      f.source ?? "",
    ];
  });
}

/**
 * How each ambiguous figure of the case card was read (its `reading`, as the file writes it), one line per figure:
 * "'down 5%' read as a relative fall" is what tells a reader why a figure is or is not reproduced.
 */
export function caseCardReadings(doc: ResultDocument): string[] {
  return (doc.caseCard?.figures ?? []).flatMap((f) => (f.reading === undefined ? [] : [`${f.kpi}: ${f.reading}`]));
}

/**
 * A case-card number at the precision `ccsim compare` prints it, so the two agree digit for digit: fractions to 3
 * decimals (0.910), anything of 100 or more whole (2,132), other figures under 10 to 3 decimals and the rest to 1
 * (28.9); every number of a row keeps its decimals ("1.050 to 1.072", not "1.05 to 1.072").
 */
function figureNumber(x: number, unit: string, loc: Locale): string {
  if (Number.isNaN(x)) return "-";
  const digits = Math.abs(x) >= 100 ? 0 : unit === "fraction" || (unit === "" && Math.abs(x) < 10) ? 3 : 1;
  const text = new Intl.NumberFormat(loc.tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    x,
  );
  // The minus sign, as the report's other figures have it (Intl gives a hyphen).
  return text.replace(/^-/, "−");
}

/**
 * Columns of the case card. status: `fitted` (a calibration fact, reproduced by construction) or `predicted`;
 * the simulated figure is the variant against its own past, as a case reports it; the causal effect is the variant
 * minus the baseline in the same months, paired by replication, which a case cannot observe.
 */
export function caseCardHead(loc: Locale = locale("en")): string[] {
  const h = loc.t.head;
  return [h.figure, h.status, h.reported, h.simulated, h.ci95, h.reproduced, h.causalEffect, h.source];
}

/** The English head, kept for the playground and library users. */
export const CASE_CARD_HEAD = caseCardHead();

/** The assumptions with one column per variant: the value it used where it differs from the baseline's. */
export function assumptionRows(report: Report): string[][] {
  const loc = report.locale;
  const w = loc.t.words;
  return report.assumptions.map((a) => [
    a.path,
    valueText(a.value, loc),
    ...report.changes.map((v) => {
      const own = v.changes.filter((c) => c.path === a.path);
      if (own.length === 0) return w.sameAsBaseline;
      return own
        .map((c) => `${valueText(c.value, loc)}${c.from === undefined ? "" : ` (${loc.since(c.from)})`}`)
        .join("; ");
    }),
    a.defaultValue === undefined ? w.none : valueText(a.defaultValue, loc),
    a.status === "set" ? w.setByScenario : w.defaultAssumption,
    parameterDescription(a.path, a.description, loc.lang),
  ]);
}

export function assumptionHead(report: Report): string[] {
  const h = report.locale.t.head;
  return [h.parameter, h.baseline, ...report.changes.map((v) => v.variant), h.default, h.status, h.meaning];
}

/** Per variant, the what-changed table: every parameter it sets, baseline and variant value, from when, source. */
export function changeRows(report: Report): { variant: string; rows: string[][] }[] {
  const loc = report.locale;
  const w = loc.t.words;
  const descriptions = schemaDescriptions();
  return report.changes.map((v) => ({
    variant: v.variant,
    rows: v.changes.map((c) => [
      c.path,
      c.baseline === undefined ? w.none : valueText(c.baseline, loc),
      valueText(c.value, loc),
      c.from === undefined ? w.start : loc.month(c.from),
      c.source === undefined ? w.notStated : w.note(c.source),
      firstSentence(parameterDescription(c.path, descriptions.get(c.path) ?? "", loc.lang)),
    ]),
  }));
}

export function changeHead(loc: Locale): string[] {
  const h = loc.t.head;
  return [h.parameter, h.baseline, h.variantValue, h.from, h.source, h.whatItIs];
}

export function provenanceRows(report: Report): string[][] {
  const p = report.result.provenance;
  const t = report.locale.t.provenance;
  return [
    [t.version, p.ccsimVersion],
    [t.commit, p.gitCommit],
    [t.file, p.scenarioFile],
    [t.sha, p.scenarioSha256],
    [t.seed, String(p.seed)],
    [t.replications, String(p.replications)],
    [t.fidelity, literalText(p.fidelity, report.locale.lang)],
    [t.command, p.command],
  ];
}

/** Per variant, its mean over the reported months of the chart's series, for the Markdown table beside each chart. */
export function chartMeanRows(chart: ReportChart, report: Report): string[][] {
  const loc = report.locale;
  // The interval within the chart's range, as its band is drawn: a count or an amount of money is never below 0
  // (mean - t x SE of a rare event can be; the outsourced contacts read "5 (−6 to 15)").
  const [low, high] = chartRange(chart.def).map((x) => x / chart.def.scale) as [number, number];
  const clip = (x: number): number => Math.min(high, Math.max(low, x));
  return report.shown.variants.map((v) => [
    v.name,
    ...chart.def.series.map((s) => {
      const e = v.overall[s.kpi];
      const f = kpiFormat(s.kpi, loc);
      return e === undefined
        ? f.format(null)
        : `${f.format(e.mean)} (${loc.t.words.to(f.format(clip(e.ci95_low)), f.format(clip(e.ci95_high)))})`;
    }),
  ]);
}

/** A chart's unit suffix in the locale's form: "80%" and "42 s" in English, "80 %" and "42 с" in Russian. */
function suffix(unitSuffix: string, loc: Locale): string {
  if (loc.lang === "en") return unitSuffix;
  if (unitSuffix === "%") return " %";
  if (unitSuffix === " s") return ` ${loc.t.units.seconds}`;
  if (unitSuffix === " h") return ` ${loc.t.units.hours}`;
  return unitSuffix;
}

export function round(x: number, loc: Locale = locale("en")): string {
  const text = Math.abs(x) >= 1000 ? loc.number(Math.round(x), 0) : loc.number(Number(x.toPrecision(4)), 4);
  // Russian typesetting uses the minus sign, as the report's other figures do (Intl gives a hyphen).
  return loc.lang === "ru" ? text.replace(/^-/, "−") : text;
}

/** A target's bound: ">=" / "<=" in English (as the file's users type it), "≥" / "≤" in Russian. */
function bound(kind: "min" | "max", loc: Locale): string {
  if (loc.lang === "ru") return kind === "min" ? "≥" : "≤";
  return kind === "min" ? ">=" : "<=";
}

/** What a parameter is: its description up to the first full stop (defaults and sources follow in the assumptions). */
function firstSentence(text: string): string {
  const end = /\.(\s|$)/.exec(text);
  return end === null ? text : text.slice(0, end.index + 1);
}
