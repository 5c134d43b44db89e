/**
 * The labour market and the recruiting funnel (see docs/model.md).
 */
import { Schema } from "effect";
import {
  checked,
  count,
  flag,
  fraction,
  list,
  money,
  month,
  num,
  oneOf,
  positiveMoney,
  optional,
  section,
  withDefault,
  type Problem,
} from "../internal/fields.js";
import { crossField } from "../crossFieldText.js";

const seriesPoint = <A, I>(value: Schema.Schema<A, I>) =>
  Schema.Struct({ month: month("Calendar month of this point, YYYY-MM."), value });

const increasingMonths = (
  name: string,
  points: ReadonlyArray<{ readonly month: string }> | undefined,
): Array<Problem> => {
  const problems: Array<Problem> = [];
  points?.forEach((p, i) => {
    const previous = points[i - 1];
    if (previous !== undefined && p.month <= previous.month) {
      problems.push({
        path: [name, i, "month"],
        message: crossField("monthsIncrease", { month: p.month, previous: previous.month }),
      });
    }
  });
  return problems;
};

const hhIndexValue = num(
  { positive: true, max: 50 },
  "hh.index: active CVs per active vacancy on hh.ru. Bands: below 4 shortage, 4-8 moderate, above 8 high " +
    "competition for jobs (hh.ru via Kommersant and Izvestia).",
);

const LabourMarketFields = Schema.Struct({
  hhIndex: optional(
    list(
      seriesPoint(hhIndexValue),
      { min: 1, max: 240, items: "monthly points" },
      "Labour-market tightness series, linearly interpolated between points and held flat beyond the ends. " +
        "Left out: constant at referenceHhIndex (a neutral market). MTS case: 3.9 in 2023-01, 2.6 in 2024-01, 2.4 in 2024-05.",
    ),
  ),
  referenceHhIndex: withDefault(
    num(
      { positive: true, max: 50 },
      "hh.index at which applicant flow equals baseApplicantsPerVacancyWeek and the " +
        "market wage equals marketWagePerMonth. Default 4: the border between shortage and moderate competition (hh.ru bands).",
    ),
    4,
  ),
  marketWagePerMonth: withDefault(
    positiveMoney(
      "Market monthly wage for comparable jobs at the reference hh.index, in the scenario currency. Pay is " +
        "compared with it in hiring, quitting and engagement. Default 55,000 RUB: assumption.",
    ),
    55_000,
  ),
  marketWageSeries: optional(
    list(
      seriesPoint(positiveMoney("Market monthly wage in this month.")),
      { min: 1, max: 240, items: "monthly points" },
      "Market wage per month, interpolated like hhIndex; when given it replaces marketWagePerMonth and wage pressure.",
    ),
  ),
  wagePressureElasticity: withDefault(
    num(
      { min: 0, max: 3 },
      "How fast the market wage rises as the market tightens: wage = marketWagePerMonth x " +
        "(hhIndex / referenceHhIndex)^(-elasticity). Used only without marketWageSeries. Default 0.3: assumption.",
    ),
    0.3,
  ),
});

/** The `labourMarket` section. */
export const LabourMarket = checked(
  LabourMarketFields.annotations({ description: "Labour-market tightness (hh.index) and the market wage." }),
  (m: typeof LabourMarketFields.Type) => [
    ...increasingMonths("hhIndex", m.hhIndex),
    ...increasingMonths("marketWageSeries", m.marketWageSeries),
  ],
);

const Referral = Schema.Struct({
  enabled: withDefault(flag("Whether the bring-a-friend referral programme runs. Default false."), false),
  bonusPerHire: withDefault(
    money("Bonus paid to the referring agent per referral hire, in the scenario currency. Default 10,000: assumption."),
    10_000,
  ),
  referralsPerAgentMonth: withDefault(
    num({ min: 0, max: 1 }, "Referral hires per agent per month with no bonus. Default 0.01: assumption."),
    0.01,
  ),
  bonusResponse: withDefault(
    num(
      { min: 0, max: 10 },
      "How much the bonus raises referrals: rate x (1 + bonusResponse x bonusPerHire / " +
        "salary). Default 1: assumption.",
    ),
    1,
  ),
  earlyHazardMultiplier: withDefault(
    num({ min: 0, max: 2 }, "Quit-hazard multiplier of referral hires in their first months. Default 0.8: assumption."),
    0.8,
  ),
  earlyMonths: withDefault(
    count("months", 24, "Months after hire during which earlyHazardMultiplier applies. Default 6: assumption."),
    6,
  ),
});

/** The `recruiting` section: the funnel from vacancies to hires. */
export const Recruiting = Schema.Struct({
  hiringMode: withDefault(
    oneOf(
      ["on-site", "remote", "mixed"],
      "Where new hires work: on-site, remote (MTS: 100% remote hiring), or " +
        "mixed with remoteShare of hires remote.",
    ),
    "on-site",
  ),
  remoteShare: withDefault(
    fraction("Share of hires who work remotely when hiringMode is mixed. Default 0.5: assumption."),
    0.5,
  ),
  remoteCatchmentMultiplier: withDefault(
    num(
      { min: 1, max: 10 },
      "k: remote roles reach k times more job seekers, so the effective index is k x " +
        "hhIndex. Remote postings draw a far larger share of applications than of postings (LinkedIn data, 2020-2023). " +
        "Default 3 within the 2-5 band: assumption.",
    ),
    3,
  ),
  baseApplicantsPerVacancyWeek: withDefault(
    num(
      { min: 0, max: 1000 },
      "Applicants per open vacancy per week at the reference hh.index and market pay. " +
        "Default 1 gives about 34 days to fill with the default pass rates (Cinareo's figure): assumption.",
    ),
    1,
  ),
  matchingElasticity: withDefault(
    num(
      { min: 0, max: 1.5 },
      "alpha: elasticity of applicant flow with respect to hh.index (matching function). " +
        "Default 0.5, range 0.3-0.7 (Petrongolo & Pissarides 2001).",
    ),
    0.5,
  ),
  payElasticityOfApplicants: withDefault(
    num(
      { min: 0, max: 5 },
      "epsilon: elasticity of applicant flow with respect to offered pay over market wage. " +
        "Default 2 within 1-3: assumption.",
    ),
    2,
  ),
  screeningPassRate: withDefault(
    fraction("Share of applicants who pass screening and get an offer. Default 0.3: assumption."),
    0.3,
  ),
  offerAcceptanceRate: withDefault(
    fraction("Share of offers accepted when offered pay equals the market wage. Default 0.7: assumption."),
    0.7,
  ),
  offerAcceptancePayElasticity: withDefault(
    num(
      { min: 0, max: 5 },
      "How acceptance moves with pay: the probability of acceptance is min(1, offerAcceptanceRate x (pay / market " +
        "wage)^elasticity). Default 1: assumption.",
    ),
    1,
  ),
  plannedTimeToFillWeeks: withDefault(
    Schema.Union(
      Schema.Literal("auto"),
      num({ unit: "weeks", positive: true, max: 52 }, "Time to fill the planner assumes, in weeks."),
    ).annotations({
      title: "auto, or a number of weeks",
      description:
        "Time to fill the planner assumes when it sets the hire-up-to target (lead time = time to fill + mean " +
        "wait for a class start + training); with learnTimeToFill, only its starting belief. Default auto: the market's own expected time " +
        "to fill on the first day, derived from this section and the labour market (the daily fill rate per " +
        "vacancy, applicants x screening x acceptance, with hh.index matching, pay and the remote catchment, net " +
        "of referrals: docs/model.md 4.2), so an auto start and the policy agree; an intervention that changes " +
        "the recruiting settings rewrites an auto plan from the market's time to fill under them (and restarts " +
        "the learning from it), one on demand or pay alone keeps it. A number of weeks overrides it and is kept " +
        "across interventions. With learnTimeToFill the number is only where the learning starts, at the start: " +
        "an intervention that sets one changes nothing while the planner learns (set learnTimeToFill false with it).",
    }),
    "auto",
  ),
  learnTimeToFill: withDefault(
    flag(
      "Whether the planner learns its time to fill: the time to fill of the hire-up-to lead time becomes its own " +
        "smoothed time to fill (vacancy-days open / vacancies filled, weighted to halve every " +
        "timeToFillHalfLifeWeeks), starting from plannedTimeToFillWeeks as if seen for a half-life's worth of fills. A planner sizes its pipeline allowance " +
        "on the fill times it sees; with false the allowance stays at the planned time to fill and a centre whose " +
        "hiring speeds up (remote hiring, a looser market) overshoots its need. Default true: a staffing review " +
        "that follows its own fill times (assumption); a steady centre stays level because the belief starts at " +
        "the market's own time to fill.",
    ),
    true,
  ),
  timeToFillHalfLifeWeeks: withDefault(
    num(
      { unit: "weeks", positive: true, max: 52 },
      "Half-life of the planner's memory of fill times when learnTimeToFill is true: a fill seen this long ago " +
        "counts half. Default 8 weeks, a monthly staffing review that weighs the last two or three months: " +
        "assumption.",
    ),
    8,
  ),
  withdrawSurplusVacancies: withDefault(
    flag(
      "Whether the planner withdraws open vacancies the hire-up-to target no longer needs (its lead time, need or " +
        "expected leavers fell), the most recently opened first, keeping a margin of surplusToleranceStandardErrors. " +
        "Withdrawn vacancies are counted (KPI vacanciesWithdrawn), are not fills (no time to fill) and are censored " +
        "searches in filledWithin30Days. With false surplus vacancies stay open and are filled: a centre whose " +
        "hiring speeds up hires into a centre already at need. Default true: a recruiter holds or closes " +
        "requisitions the plan no longer needs (assumption).",
    ),
    true,
  ),
  surplusToleranceStandardErrors: withDefault(
    num(
      { unit: "standard errors", min: 0, max: 10 },
      "Surplus the planner keeps open when withdrawSurplusVacancies is true, in standard errors of its leaver " +
        "allowance (smoothed leavers per day x lead time; with Poisson quits smoothed over a month the standard " +
        "error is lead x sqrt(leavers per day / 59)): a surplus within it is the noise of the leaver estimate, " +
        "which the next leavers take back. Default 3: assumption (in the remote-hiring teaching centre, about 90 " +
        "agents hiring 10 a month, a margin of 14 days of leavers withdrew and reopened 95 vacancies in 18 months, " +
        "2 standard errors 14, 3 standard errors 4; the MTS baseline 1 in 24 months).",
    ),
    3,
  ),
  headcountTargetFactor: withDefault(
    num(
      { min: 0.3, max: 3 },
      "Hire-up-to target as a multiple of the headcount the planner needs for its " +
        "service-level target (required FTE after shrinkage): 1 hires to need, 0.9 runs 10% lean, 1.1 keeps a 10% " +
        "buffer. Default 1: assumption (the planner hires to need).",
    ),
    1,
  ),
  maxHiresPerDay: withDefault(
    count(
      "hires",
      10_000,
      "Most hires (referrals included) in one day. Far above any real intake, so it does not " +
        "bind in ordinary scenarios; it stops a runaway (pay far above the market with heavy training dropout, where " +
        "every leaver is replaced by more hires) from exhausting memory. Default 500: assumption.",
      1,
    ),
    500,
  ),
  referral: section(Referral.annotations({ description: "The bring-a-friend referral programme." })),
}).annotations({ description: "The hiring funnel: applicants per vacancy, pass rates, remote catchment, referrals." });
