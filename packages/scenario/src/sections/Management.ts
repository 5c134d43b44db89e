/**
 * Management policies: overtime, pay reviews, recruiting effort and overflow to an outsourcing partner (see
 * docs/model.md section 5). Each has an off switch. They act only with the people layer (`simulatePeople: true`):
 * with a fixed roster the centre is a pure queueing check.
 */
import { Schema } from "effect";
import { count, flag, money, num, section, withDefault } from "../internal/fields.js";

const OvertimeFields = Schema.Struct({
  enabled: withDefault(
    flag(
      "Agents work overtime when the day's roster is short of the planner's target. Default true: a " +
        "real centre asks for overtime before it lets service collapse.",
    ),
    true,
  ),
  maxHoursPerAgentWeek: withDefault(
    num(
      { unit: "hours", min: 0, max: 40 },
      "Most overtime hours one agent works in a week. Default 2.3: the Russian " +
        "Labour Code (art. 99) allows at most 120 hours a year, 2.3 a week on average.",
    ),
    2.3,
  ),
  maxHoursPerAgentDay: withDefault(
    num(
      { unit: "hours", min: 0, max: 12 },
      "Most overtime hours one agent works in a day. Default 2: the Labour Code " +
        "(art. 99) allows at most 4 hours over two days in a row.",
    ),
    2,
  ),
  firstHoursPremium: withDefault(
    num(
      { min: 1, max: 5 },
      "Pay multiplier of the first premiumFirstHours overtime hours of a day. Default 1.5 (Russian " +
        "Labour Code art. 152).",
    ),
    1.5,
  ),
  premiumFirstHours: withDefault(
    num(
      { unit: "hours", min: 0, max: 12 },
      "Overtime hours of a day paid at firstHoursPremium; later hours are paid at " +
        "laterHoursPremium. Default 2 (art. 152).",
    ),
    2,
  ),
  laterHoursPremium: withDefault(
    num(
      { min: 1, max: 5 },
      "Pay multiplier of a day's overtime hours after the first premiumFirstHours. Default 2 (art. 152). It acts " +
        "only when maxHoursPerAgentDay exceeds premiumFirstHours, which the defaults (2 and 2) do not.",
    ),
    2,
  ),
  burnoutStrainPerWeeklyHour: withDefault(
    num(
      { min: 0, max: 1 },
      "Burnout strain added per overtime hour worked a week (strain 1 is occupancy 100% with the " +
        "default 85% threshold). Default 0.05, so 2 hours a week weigh like 1.5 points of occupancy above the threshold: assumption.",
    ),
    0.05,
  ),
});

const PayReviewFields = Schema.Struct({
  enabled: withDefault(
    flag(
      "Pay is reviewed against the market wage on a cadence. Default true: employers index pay, " +
        "with a lag and within a budget.",
    ),
    true,
  ),
  cadenceMonths: withDefault(
    count(
      "months",
      36,
      "A review every this many months (at the end of month 12, 24, ... of the " +
        "run with 12). Default 12: an annual review (assumption; 6 for a centre that reviews twice a year).",
      1,
    ),
    12,
  ),
  marketLagMonths: withDefault(
    num(
      { unit: "months", min: 0, max: 24 },
      "Age of the market-wage figure the review uses (the salary survey). Default 3: assumption.",
    ),
    3,
  ),
  targetPayToMarketRatio: withDefault(
    num(
      { min: 0.5, max: 2 },
      "Pay the review aims at, as a multiple of the market wage it sees. Default 1 (pay at the market): assumption.",
    ),
    1,
  ),
  maxRaisePct: withDefault(
    num(
      { unit: "percent", min: 0, max: 100 },
      "Largest raise one review gives (the budget cap), in percent. Default 10: " +
        "assumption (an indexation budget near the double-digit nominal wage growth of 2023-2024).",
    ),
    10,
  ),
  refusedRaiseThresholdPct: withDefault(
    num(
      { unit: "percent", min: 0, max: 100 },
      "A review leaving more than this percent of pay owed unpaid is a refused " + "raise. Default 2: assumption.",
    ),
    2,
  ),
  refusedRaiseHazardMultiplier: withDefault(
    num(
      { min: 1, max: 5 },
      "Quit hazard multiplier after a refused raise. Default 1.3: assumption; direction from " +
        "Rabota.ru 2024 (43% of mass-market staff look for a new job because a raise was refused).",
    ),
    1.3,
  ),
  refusedRaiseEffectMonths: withDefault(
    num({ unit: "months", min: 0, max: 36 }, "How long a refused raise raises quits. Default 6: assumption."),
    6,
  ),
});

const RecruitingEffortFields = Schema.Struct({
  enabled: withDefault(flag("A recruiting campaign runs in weeks when open vacancies have aged. Default true."), true),
  vacancyAgeThresholdDays: withDefault(
    num(
      { unit: "days", min: 0, max: 365 },
      "Mean age of open vacancies at which the campaign runs (checked weekly). " +
        "Default 30: the sources measure filling within a month (71% in 2022, 44% in 2023, Rabota.ru).",
    ),
    30,
  ),
  applicantMultiplier: withDefault(
    num(
      { min: 1, max: 10 },
      "Applicant flow multiplier while the campaign runs (paid job-board placements, agencies). " +
        "Default 1.5: assumption.",
    ),
    1.5,
  ),
  spendPerOpenVacancyMonth: withDefault(
    money(
      "Campaign spend per open vacancy per month while it runs. Default 10,000 RUB: assumption (paid placements " +
        "and agency screening for mass hiring).",
    ),
    10_000,
  ),
});

const OutsourcingFields = Schema.Struct({
  enabled: withDefault(
    flag(
      "Contacts overflow to an outsourcing partner when capacity falls short. Default true: large " +
        "Russian B2C centres keep a partner contract for peaks and shortages.",
    ),
    true,
  ),
  capacityThresholdPct: withDefault(
    num(
      { unit: "percent", min: 0, max: 200 },
      "Productive FTE as a percent of the FTE the demand requires, below which " +
        "contacts are routed out (checked weekly). Default 90: assumption.",
    ),
    90,
  ),
  maxSharePct: withDefault(
    num(
      { unit: "percent", min: 0, max: 100 },
      "Largest share of offered contacts routed out, in percent (the partner's " +
        "contracted capacity). Default 30: assumption.",
    ),
    30,
  ),
  pricePerContact: withDefault(
    money(
      "Price the partner charges per routed contact. Default 200 RUB: assumption (Russian outsourcers' per-minute " +
        "rates times a 5-6 minute contact).",
    ),
    200,
  ),
  partnerServiceLevelPct: withDefault(
    num(
      { unit: "percent", min: 0, max: 100 },
      "Service level of the partner on the contacts it takes, in percent (its " +
        "contract). Default 80: assumption, the partner meets the same target.",
    ),
    80,
  ),
  partnerAbandonRatePct: withDefault(
    num({ unit: "percent", min: 0, max: 100 }, "Abandonment at the partner, in percent. Default 5: assumption."),
    5,
  ),
});

/** The `management` section. */
export const Management = Schema.Struct({
  overtime: section(
    OvertimeFields.annotations({
      description: "Overtime up to a cap when the roster is short, at the Labour Code premium.",
    }),
  ),
  payReview: section(
    PayReviewFields.annotations({
      description: "Pay reviews that follow the market wage with a lag and a budget cap.",
    }),
  ),
  recruitingEffort: section(
    RecruitingEffortFields.annotations({ description: "Recruiting campaigns when open vacancies age." }),
  ),
  outsourcing: section(
    OutsourcingFields.annotations({ description: "Overflow to an outsourcing partner when capacity is short." }),
  ),
}).annotations({
  description:
    "How management responds: overtime, pay reviews, recruiting effort, outsourcing (docs/model.md section 5).",
});
