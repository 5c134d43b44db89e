/**
 * Pay, motivation and customer experience (see docs/model.md).
 */
import { Schema } from "effect";
import { checked, fraction, list, money, num, oneOf, withDefault, type Problem } from "../internal/fields.js";
import { crossField } from "../crossFieldText.js";

const TnpsTier = Schema.Struct({
  minTnps: num(
    { min: -100, max: 100 },
    "Lowest monthly tNPS of the agent (points, -100 to 100) at which this tier applies.",
  ),
  rateMultiplier: num({ min: 0, max: 5 }, "Multiplier on pieceRatePerContact in this tier."),
});

const DEFAULT_TIERS = [
  { minTnps: -100, rateMultiplier: 0.8 },
  { minTnps: 30, rateMultiplier: 1 },
  { minTnps: 60, rateMultiplier: 1.2 },
];

const PayFields = Schema.Struct({
  scheme: withDefault(
    oneOf(
      ["fixed", "piece-rate", "piece-rate-tnps"],
      "fixed: a monthly salary; piece-rate: base salary plus a " +
        "rate per handled contact; piece-rate-tnps: the rate is multiplied by the tier of the agent's own monthly " +
        "tNPS (the MTS scheme).",
    ),
    "fixed",
  ),
  salaryPerMonth: withDefault(
    money("Monthly salary under the fixed scheme. Default 55,000 RUB, equal to the default market wage: assumption."),
    55_000,
  ),
  baseSalaryPerMonth: withDefault(
    money("Guaranteed monthly base under the piece-rate schemes. Default 25,000 RUB: assumption."),
    25_000,
  ),
  pieceRatePerContact: withDefault(
    money(
      "Pay per handled contact under the piece-rate schemes. Default 40 RUB: assumption (about 900 contacts a " +
        "month then brings earnings near the default market wage).",
      1_000_000,
    ),
    40,
  ),
  tnpsTiers: withDefault(
    list(
      TnpsTier,
      { min: 1, max: 20, items: "tiers" },
      "Tiers of the piece-rate-tnps scheme, by increasing minTnps; an agent whose own tNPS is below the first " +
        "tier earns no piece rate that month, only the base (a first tier at -100, the lowest tNPS, leaves no one " +
        "below it). Default 0.8 / 1.0 / 1.2 from tNPS -100 / 30 / 60: assumption.",
    ),
    DEFAULT_TIERS,
  ),
  effortElasticity: withDefault(
    num(
      { min: 0, max: 0.5 },
      "pi: handle time x (1 - pi x s), s = share of variable pay. Default 0.1: assumption; the " +
        "direction from Lazear 2000 (piece rates raised output per worker 44%, about half of it incentive), not the " +
        "size, which would need pi x s = 0.167 for that half (pi 0.167 with all pay variable).",
    ),
    0.1,
  ),
  qualityLossCoefficient: withDefault(
    fraction(
      "kappa_q: quality x (1 - kappa_q x s x (1 - qualityWeightInRate)). Default 0.1 within 0.05-0.15; " +
        "direction from Hong, Hossain, List & Tanaka 2018; size an assumption.",
    ),
    0.1,
  ),
  qualityWeightInRate: withDefault(
    fraction(
      "m_q: weight of quality (tNPS) in the piece rate under piece-rate-tnps (plain piece-rate uses 0). " +
        "Default 0.8: assumption.",
    ),
    0.8,
  ),
});

/** The `pay` section. */
export const Pay = checked(
  PayFields.annotations({ description: "Pay scheme and the effort and quality responses to piece rates." }),
  (p: typeof PayFields.Type): ReadonlyArray<Problem> =>
    p.tnpsTiers.flatMap((tier, i) => {
      const previous = p.tnpsTiers[i - 1];
      return previous !== undefined && tier.minTnps <= previous.minTnps
        ? [
            {
              path: ["tnpsTiers", i, "minTnps"],
              message: crossField("tiersIncrease", { tnps: tier.minTnps, previous: previous.minTnps }),
            },
          ]
        : [];
    }),
);

const logOdds = (description: string, value: number, min = -20) =>
  withDefault(num({ min, max: 20 }, `${description} In log-odds of engagement. Default ${value}: assumption.`), value);

/** The `motivation` section: engagement = logistic(g0 + g_pay ln(earnings / market) + ...) and eNPS. */
const MotivationFields = Schema.Struct({
  kpiClarity: withDefault(
    fraction(
      "Share of staff who find their KPIs clear and achievable (0-1). MTS: 0.53 before, 0.91 after. Default 0.5: assumption.",
    ),
    0.5,
  ),
  engagementIntercept: withDefault(
    num(
      { min: -20, max: 20 },
      "g0: latent engagement (log-odds) of an on-site agent paid the market wage, with KPI " +
        "clarity 0.5 and no burnout strain. Default 0: such an agent is neutral (engagement 0.5), which defines the " +
        "scale; the eNPS cut points below say what neutral means in survey answers. Assumption.",
    ),
    0,
  ),
  engagementPayWeight: logOdds("g_pay: effect of ln(earnings / market wage).", 2, 0),
  engagementClarityWeight: logOdds("g_clarity: effect of (kpiClarity - 0.5).", 2, 0),
  engagementRemoteWeight: logOdds("g_remote: effect of working from home.", 0.3),
  engagementBurnoutWeight: logOdds("g_burn: effect of burnout strain (subtracted).", 1, 0),
  enpsResponseRate: withDefault(
    fraction("Share of agents answering the monthly eNPS survey. Default 0.6: assumption."),
    0.6,
  ),
  enpsDetractorsAtNeutral: withDefault(
    num(
      { min: 0.01, max: 0.98 },
      "Share of detractors (answers 0-6) among agents with neutral engagement: the eNPS " +
        "answer is an ordered logit on the latent engagement, and this sets its lower cut point. Default 0.30: assumption, " +
        "with enpsPromotersAtNeutral putting a neutral centre at eNPS +5, inside the -20 to +30 band contact centres " +
        "report and below the +10 to +29 mid-range of employers in general (PeoplePilot and CultureMonkey eNPS benchmarks).",
    ),
    0.3,
  ),
  enpsPromotersAtNeutral: withDefault(
    num(
      { min: 0.01, max: 0.98 },
      "Share of promoters (answers 9-10) among agents with neutral engagement; sets the " +
        "upper cut point of the ordered logit. Default 0.35: assumption (see enpsDetractorsAtNeutral).",
    ),
    0.35,
  ),
});

/** The `motivation` section, with its cut points in order: detractors and promoters at neutral leave room for passives. */
export const Motivation = checked(
  MotivationFields.annotations({ description: "KPI clarity, engagement and the eNPS survey." }),
  (m: typeof MotivationFields.Type): ReadonlyArray<Problem> =>
    m.enpsDetractorsAtNeutral + m.enpsPromotersAtNeutral >= 1
      ? [
          {
            path: ["enpsPromotersAtNeutral"],
            message: crossField("enpsCutPoints", { total: m.enpsDetractorsAtNeutral + m.enpsPromotersAtNeutral }),
          },
        ]
      : [],
);

/** The `customerExperience` section: the post-contact tNPS survey. */
export const CustomerExperience = Schema.Struct({
  surveyResponseRate: withDefault(
    fraction("Share of handled contacts that answer the tNPS survey. Default 0.1: assumption."),
    0.1,
  ),
  baseScore: withDefault(
    num(
      { min: 0, max: 10 },
      "Mean latent 0-10 score of a resolved contact by a proficient agent with no excess " +
        "wait. Default 8.7: assumption. With the default spread a resolved contact then scores tNPS +48 and an " +
        "unresolved one -67, so a proficient centre at the default 75% resolution and no excess wait scores about +19: " +
        "inside the 10-30 band reported for telecoms (Viewpoint Research NPS benchmarks; Turnella's worked contact-centre " +
        "example is +24).",
    ),
    8.7,
  ),
  scoreNoiseSd: withDefault(
    num(
      { min: 0, max: 5 },
      "Standard deviation of the latent score between customers, in score points. Default 1.5: assumption.",
    ),
    1.5,
  ),
  qualityWeight: withDefault(
    num({ min: 0, max: 10 }, "Score points per unit of agent quality below 1. Default 4: assumption."),
    4,
  ),
  referenceWaitSec: withDefault(
    num(
      { unit: "seconds", min: 0, max: 3600 },
      "Wait customers accept without penalty, in seconds. It is compared with the month's mean wait of the " +
        "answered contacts of all channels (the ASA, not each contact's own wait: docs/model.md 4.5); while that " +
        "stays below it, waiting costs no score. Default 30: assumption (customers expect roughly 20-60 s on the phone).",
    ),
    30,
  ),
  waitPenaltyPerMinute: withDefault(
    num(
      { min: 0, max: 10 },
      "Score points lost per minute of the month's mean wait of answered contacts beyond referenceWaitSec, by " +
        "every answer of that month alike. Default 0.35, so 2 " +
        "extra minutes move tNPS by roughly 5-10 points; wait matters less than resolution (Feinberg et al. 2000). " +
        "It acts only in months whose mean wait passes referenceWaitSec: with the default reference, a centre well " +
        "short of staff.",
    ),
    0.35,
  ),
  firstContactResolution: withDefault(
    fraction("Probability that a proficient agent resolves the contact. Default 0.75: assumption."),
    0.75,
  ),
  unresolvedPenalty: withDefault(
    num(
      { min: 0, max: 10 },
      "Score points lost by an unresolved contact. Default 3, so that it moves tNPS by " +
        "roughly 30-50 points (Feinberg et al. 2000: resolution dominates).",
    ),
    3,
  ),
}).annotations({ description: "The post-contact tNPS survey and what moves its score." });
