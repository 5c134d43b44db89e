/**
 * The English message catalogue of reports and the playground. Every user-facing string lives here and in its
 * Russian twin (ru.ts), which the type checker holds to the same keys; test/report/i18n.test.ts fails on a key
 * missing in either. Messages that take values are functions, so word order can differ between languages.
 */
export const en = {
  lang: "en",
  report: {
    titleSuffix: "ccsim report",
    summary: "Summary",
    variants: "Variants",
    sets: "sets",
    againstBaseline: (variant: string) => `${variant} against the baseline (mean over the reported months)`,
    againstBaselineMd: (variant: string) =>
      `Headline differences, "${variant}" against the baseline (mean over the reported months; uncertain ones in italics):`,
    targets: (met: number, of: number) => `Targets: months on target in the last ${of} (maturity bar: ${met} of ${of})`,
    warnings: "Plausibility warnings",
    warningsIntro: "Figures outside the bands real contact centres report: read them with the stated cause in mind.",
    band: "band",
    monthly: "Monthly KPIs",
    monthlyIntro:
      "Lines: mean across replications; bands: 95% confidence interval of the mean. Each variant runs with the same random numbers as the baseline.",
    // The dates are every dated intervention's, the baseline's (a demand step) as well as the variants'.
    markers: (dates: string) =>
      `Dotted vertical lines: the dates the scenario's dated interventions, in the baseline or a variant, take effect (${dates}).`,
    dataCsv: "Data (CSV)",
    caseCard: (variant: string) => `Case card: reported vs simulated (${variant})`,
    caseCardReadings: "How each ambiguous figure was read (as the scenario file states it):",
    changes: "What each variant changes",
    changesIntro:
      "Every parameter a variant sets, with the baseline's value, the variant's value, the date it takes effect and where the value comes from.",
    noChanges: "No parameter differs from the baseline.",
    assumptions: "Assumptions",
    assumptionsIntro:
      "Every parameter the scenario sets to something other than its default, and every default it relies on that is an assumption; a variant's column shows the value that variant used.",
    reproducibility: "Reproducibility",
    variantMean: (series: string) => `${series}: mean (95% CI)`,
    /** The hire-survival table's head: the curve's one point it gives, at so many days since hire. */
    survivalAt: (days: number) => `still employed ${days} days after hire: mean (95% CI)`,
  },
  head: {
    parameter: "parameter",
    value: "value",
    baseline: "baseline",
    default: "default",
    status: "status",
    meaning: "meaning and source",
    whatItIs: "what it is",
    variantValue: "variant",
    from: "from",
    source: "source",
    variant: "variant",
    kpi: "KPI",
    target: "target",
    monthsOnTarget: (variant: string) => `${variant}: months on target`,
    figure: "figure",
    reported: "reported",
    simulated: "simulated",
    ci95: "95% CI",
    reproduced: "reproduced",
    causalEffect: "causal effect vs baseline (95% CI)",
  },
  words: {
    /** The baseline as a variant name in legends, tables and headlines. */
    baselineVariant: "baseline",
    none: "none",
    yes: "yes",
    no: "no",
    mature: "mature",
    ofMonths: (met: number, months: number) => `${met} of ${months}`,
    start: "start",
    setByScenario: "set by the scenario",
    defaultAssumption: "default (assumption)",
    sameAsBaseline: "as baseline",
    assumption: "assumption",
    notStated: "not stated in the file",
    /** A source comment of the scenario file, as written (English files need no translation). */
    note: (text: string) => text,
    fromDate: (date: string) => `from ${date}`,
    mean: "mean",
    change: (kpi: string, from: string, to: string) => `${kpi}: change ${from} to ${to}`,
    inMonth: (kpi: string, month: string) => `${kpi} in ${month}`,
    end: "end",
    to: (low: string, high: string) => `${low} to ${high}`,
    /** A figure about the variant's difference from the baseline counterfactual. */
    versus: (baseline: string) => `vs ${baseline}`,
    /** A case-card figure's status: a calibration fact (fitted) or not told to the model (predicted). */
    status: (status: "fitted" | "predicted") => status,
    /** The unit of a reported figure (its `unit` field) as a reader writes it; currency is the scenario's code. */
    figureUnit: (unit: string, currency: string) =>
      ({
        fraction: "",
        percent: "%",
        "percentage-points": "pp",
        "nps-points": "points",
        seconds: "s",
        days: "days",
        contacts: "contacts",
        agents: "agents",
        currency,
      })[unit] ?? unit,
  },
  target: {
    atLeast: "at least",
    atMost: "at most",
    text: (bound: string, value: string, counts: string, met: number, of: number) =>
      `Target: ${bound} ${value} (dashed red line). Months on target in the last ${of}: ${counts} (maturity bar: ${met} of ${of}).`,
  },
  provenance: {
    version: "ccsim version",
    commit: "git commit",
    file: "scenario file",
    sha: "scenario SHA-256",
    seed: "seed",
    replications: "replications per variant",
    fidelity: "fidelity",
    command: "command",
  },
  headline: {
    sentence: (kpi: string, base: string, value: string, variant: string, diff: string, low: string, high: string) =>
      `${kpi}: ${base} in the baseline, ${value} in "${variant}", ${diff} (95% CI ${low} to ${high})`,
    real: "a real difference: its interval excludes zero",
    unclear: (replications: number) => `not distinguishable from no change with ${replications} replications`,
  },
  chart: {
    variant: "variant",
    series: "series",
    daysSinceHire: "days since hire",
    ciLow: "95% CI low",
    ciHigh: "95% CI high",
    change: "change",
    month: "month",
    mean: "mean",
  },
  plausibility: {
    warning: (variant: string, figure: string, month: string, more: string, low: string, high: string, cause: string) =>
      `warning: ${variant}: ${figure} in ${month}${more} is outside the plausible ${low} to ${high}; likely cause: ${cause}`,
    more: (n: number) => ` (and ${n} more month${n > 1 ? "s" : ""})`,
    na: "n/a",
    /** A whole percentage as the language writes it (Russian puts a space before the sign). */
    percent: (n: string) => `${n}%`,
    days: (n: string) => `${n} days`,
    understaffing: (sufficiency: string, attrition: string, fill: string) =>
      `understaffing: rostered hours ${sufficiency} of what the planner needs (attrition ${attrition} a month, time to fill ${fill})`,
    slowHandling: (multiplier: string) =>
      `handle times above plan: agents on the phones at ${multiplier}x a proficient agent's handle time (new hires learning, burnout)`,
    demandAbovePlan: "demand above what the planner staffs for (forecast error, caps) with staffing at plan",
    overstaffing: (sufficiency: string) => `overstaffing: rostered hours ${sufficiency} of what the planner needs`,
    smallScale: (sufficiency: string) =>
      `a small queue: rostered hours ${sufficiency} of what the planner needs, so the idle time is what the service-level target takes at this volume (few agents answer within the threshold only if they are often free)`,
    hoursOffPeak: (sufficiency: string, serviceLevel: string) =>
      `hours where the calls are not: rostered hours ${sufficiency} of what the planner needs, yet voice SL ${serviceLevel}; the shift templates and start times cannot cover the intraday peaks`,
    hiringBehind: (attrition: string, vacancies: string) =>
      `hiring cannot keep up: attrition ${attrition} a month, ${vacancies} vacancies open`,
    aboveNeed: "more agents than the planner needs: starting headcount or headcountTargetFactor above need",
    lowQuitting: "quit hazards below the industry band (attrition section)",
    burnout: "burnout from high occupancy",
    pay: "pay below the market wage",
    disengagement: "disengagement",
    leaverShare: (cause: string, share: string) => `${cause} (${share}% of leavers attributable)`,
    baseHazards: "the base quit hazards (attrition section, calibrateToMonthlyAttrition)",
    engagementHigh: "engagement settings (motivation section) well above neutral",
    burnoutEngagement: (occupancy: string) => `burnout from high occupancy (${occupancy}) lowering engagement`,
    payEngagement: "pay below the market wage lowering engagement",
    engagementLow: (agents: string) =>
      `engagement settings (motivation section) below neutral, or the sampling noise of a survey of ${agents} agents`,
    otherFigures: "see the month's other figures",
    /** Where each plausible band comes from, by KPI (PLAUSIBLE_BANDS of plausibility.ts). */
    sources: {
      serviceLevel:
        "centres plan to 80/20 and mature ones stay within 5% of target (ICMI maturity model); below 50% for a month is a collapse, not an operating point (assumption)",
      abandonRate:
        "planners cap abandonment at 3-5% (Garnett, Mandelbaum and Reiman 2002; docs/model.md); above 15% for a month is beyond what centres report (assumption)",
      occupancy:
        "keep occupancy at or below 85% (Call Centre Helper, Pearce); above 95% sustained is not workable, below 50% is idle staff (assumption)",
      staffingSufficiency:
        "MTS reported reaching 91% under a staff shortage (Client Service Forum 2024); below 80% or above 130% of the needed hours is outside that experience (assumption)",
      monthlyAttrition:
        "US teleservices about 31% a year (2.6% a month), 25-50%+ a year by sector (Global Call Center survey 2007); MTS 6-11% a month at a shortage (2023-2024)",
      enps: "contact centres report about -20 to +30, below the +10 to +29 mid-range of employers in general (PeoplePilot and CultureMonkey eNPS benchmarks); above +30 is the top tier of employers, which a contact centre's monthly agent survey rarely reaches (assumption)",
    },
  },
  sensitivity: {
    title: "Sensitivity to the declared assumptions",
    declared: "Parameters the scenario declares uncertain, with the range each may take and why:",
    bandsTitle: "Uncertainty bands",
    influenceTitle: "What each output depends on most",
    head: {
      parameter: "parameter",
      range: "range",
      distribution: "distribution",
      source: "source",
      why: "why",
      output: "output",
      influential: "most influential parameters",
    },
    range: (min: string, max: string) => `${min} to ${max}`,
    distributions: { uniform: "uniform", triangular: "triangular", "log-uniform": "log-uniform" } as Record<
      string,
      string
    >,
    mode: (mode: string) => `mode ${mode}`,
    noStudy:
      "No sensitivity study was given. Run `ccsim sensitivity FILE --out sensitivity.json`, then `ccsim report FILE --sensitivity sensitivity.json`, " +
      "to see which of these assumptions the results depend on and whether each variant's advantage survives them.",
    morris: (samples: number) => `Morris elementary effects, ${samples} trajectories`,
    sobol: (samples: number) => `Sobol indices (Saltelli sampling, Jansen estimators, bootstrap CIs), N = ${samples}`,
    // The study's worlds are the one as declared plus those drawn from the ranges; the bands count the drawn ones.
    study: (method: string, worlds: number, replications: number, fidelity: string, seed: number, command: string) =>
      `${method}: ${worlds} worlds, the one as declared and ${worlds - 1} sampled from the declared ranges, each run with ${replications} replications at ${fidelity} fidelity on the same ` +
      `random numbers (seed ${seed}); outputs are means over the reported months. Command: ${command}.`,
    beats: (variant: string, kpi: string, share: string, worlds: number) =>
      `Across the declared ranges "${variant}" beats the baseline on ${kpi} in ${share} of ${worlds} sampled worlds`,
    higher: (variant: string, kpi: string, share: string, worlds: number) =>
      `Across the declared ranges "${variant}" has a higher ${kpi} than the baseline in ${share} of ${worlds} sampled worlds`,
    band: (lead: string, p05: string, p95: string, nominal: string, sameSign: string) =>
      `${lead} (difference from the 5th to the 95th percentile of worlds ${p05} to ${p95}; as declared ${nominal}); the difference keeps its declared sign in ${sameSign}.`,
    levelOf: (kpi: string) => `${kpi}, baseline`,
    differenceOf: (kpi: string, variant: string) => `${kpi}, "${variant}" minus baseline`,
    tornadoLevel: (kpi: string) => `What ${kpi} in the baseline depends on`,
    tornadoDifference: (kpi: string, variant: string) => `What ${kpi}: "${variant}" minus baseline depends on`,
    morrisSubtitle: (samples: number) =>
      `Morris mu*: mean absolute change across each parameter's declared range (${samples} trajectories)`,
    sobolSubtitle: (samples: number) =>
      `Sobol total index (bar, 95% CI line) and first-order index (tick), N = ${samples}`,
    sobolAxis: "share of variance",
    raisingIt: "raising it",
    raises: "raises",
    lowers: "lowers",
  },
  units: {
    pp: "pp",
    seconds: "s",
    days: "d",
    hours: "h",
    points: "points",
    perMonth: "per month",
  },
} as const;

/** A catalogue: the English one's shape, with any text (or function returning text) in its place. */
export type Messages = Widen<typeof en>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };
