// Every default docs/model.md quotes is the scenario schema's default. Each claim below is a sentence of the page
// with its numbers replaced by `{}` and the schema paths they stand for: the test fills in the schema's defaults
// and looks for the sentence. A changed default, or a sentence reworded without its claim, fails.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadScenario } from "@ccsim/scenario";
import { Either } from "effect";
import { describe, expect, it } from "vitest";

const doc = readFileSync(fileURLToPath(new URL("../../docs/model.md", import.meta.url)), "utf8").replace(/\s+/g, " ");

// Everything not written here takes its default (the chat channel for its own defaults).
const minimal = `
schemaVersion: 1
name: defaults
calendar: { startDate: 2024-01 }
demand:
  voice: { monthlyVolume: 60000, handleTimeSec: 300 }
  chat: { monthlyVolume: 10000, handleTimeSec: 600 }
operations:
  initialHeadcount: { proficient: 60 }
`;
const decoded = loadScenario(minimal, "defaults.yaml");
if (Either.isLeft(decoded)) throw new Error(decoded.left.format());
const defaults: unknown = decoded.right;

/** The value at a dotted path (list items by index). */
function at(path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => {
    if (node === null || typeof node !== "object") return undefined;
    return (node as Record<string, unknown>)[key];
  }, defaults);
}

type Format = (value: number) => string;
const plain: Format = (v) => String(v);
const fixed =
  (digits: number): Format =>
  (v) =>
    v.toFixed(digits);
const percent =
  (digits: number): Format =>
  (v) =>
    `${(v * 100).toFixed(digits)}%`;
const thousands: Format = (v) => v.toLocaleString("en-US");

/** A sentence of docs/model.md with `{}` for each default, and the paths (with their formats) that fill them. */
type Claim = readonly [sentence: string, ...values: (string | readonly [string, Format])[]];

const CLAIMS: readonly Claim[] = [
  // 3. The contact centre over months
  ["(lognormal, mean 1, sigma {} by default", "operations.speedFactorSigma"],
  ["per other session open when it starts (assumption, default {})", "demand.chat.concurrencyHandleTimeFactor"],
  ["lognormal forecast error with CV `forecastErrorCv`; default {})", "demand.voice.forecastErrorCv"],
  [
    "(`serviceLevel.target`, default {} with {} s voice / {} s chat)",
    "demand.voice.serviceLevel.target",
    "demand.voice.serviceLevel.thresholdSec",
    "demand.chat.serviceLevel.thresholdSec",
  ],
  ["`maxAbandonRate` (default {}: assumption", "operations.maxAbandonRate"],
  ["`maxOccupancy` (default {}: Call Centre Helper", "operations.maxOccupancy"],
  ["(`shrinkage`, default {}: typical 30-35%)", ["operations.shrinkage", fixed(2)]],
  ["Agents work `workDaysPerWeek` days (default {})", "operations.workDaysPerWeek"],
  ["(default {} h starting 08:00, 10:00, 12:00 or 14:00)", "operations.shifts.0.lengthHours"],
  ["a = s x `absenceShare` (default {}: assumption", "operations.absenceShare"],
  // 4.1-4.2 Labour market, recruiting
  ["(H / referenceHhIndex)^(-wagePressureElasticity) ({}: assumption)", "labourMarket.wagePressureElasticity"],
  ["k = {} by default, assumption", "recruiting.remoteCatchmentMultiplier"],
  ["alpha = {} (matching-function elasticity", "recruiting.matchingElasticity"],
  ["epsilon = {} (assumption)", "recruiting.payElasticityOfApplicants"],
  ["f is `headcountTargetFactor` ({}: hire to need", "recruiting.headcountTargetFactor"],
  [
    "they carry a hazard multiplier of {} for their first {} months (assumption)",
    "recruiting.referral.earlyHazardMultiplier",
    "recruiting.referral.earlyMonths",
  ],
  // 4.3 Training, ramp-up, burnout
  ["weekly dropout hazard {}, about 10% of a four-week class", ["training.dropoutHazardPerWeek", percent(1)]],
  [
    "culture-first training multiplies it by {} and the first months' quit hazard by {}: assumptions",
    "training.cultureFirstDropoutMultiplier",
    "training.cultureFirstEarlyHazardMultiplier",
  ],
  ["with m0 = {} (new hires", "rampUp.initialHandleTimeMultiplier"],
  ["proficiency (default {} months, a time constant of about 6 weeks", "rampUp.adaptationMonths"],
  ["q0 = {} (assumption)", "rampUp.initialQualityRatio"],
  [
    "m(tau) x (1 - pi s) x (1 + {} B), quality q(tau) x (1 - kappa_q s (1 - m_q)) x (1 - {} B)",
    "burnout.handleTimeIncreaseAtFullBurnout",
    "burnout.qualityDecreaseAtFullBurnout",
  ],
  ["pi = {} (assumption: the direction from Lazear 2000", "pay.effortElasticity"],
  [
    "the base a = shrinkage x `absenceShare` plus {} B (`absenceIncreaseAtFullBurnout`;",
    "burnout.absenceIncreaseAtFullBurnout",
  ],
  ["kappa_q = {} and m_q", "pay.qualityLossCoefficient"],
  ["(`qualityWeightInRate`, {} for the tNPS-tied scheme by default", "pay.qualityWeightInRate"],
  [
    "B moves toward max(0, occupancy - {}) / {} (month-to-date occupancy of the agent) with a time constant of {} weeks",
    "burnout.occupancyThreshold",
    ["burnout.occupancyThreshold", (v) => (1 - v).toFixed(2)],
    "burnout.timeConstantWeeks",
  ],
  // 4.4 Attrition
  [
    "(training {}/week, nesting {}/week, weeks 8-13 {}/week, months 3-12 {}/month, 12+ {}/month",
    ["training.dropoutHazardPerWeek", percent(1)],
    ["attrition.nestingHazardPerWeek", percent(2)],
    ["attrition.earlyHazardPerWeek", percent(2)],
    ["attrition.firstYearHazardPerMonth", percent(1)],
    ["attrition.tenuredHazardPerMonth", percent(1)],
  ],
  ["(earnings / w_m)^eta_w (eta_w = {};", "attrition.payElasticity"],
  ["x exp({} B) (sustained 95% occupancy", "attrition.burnoutHazardCoefficient"],
  ["x {} if remote (Bloom", "attrition.remoteMultiplier"],
  [
    "x {}^(0.5 - engagement) (a disengaged agent quits {} times",
    "attrition.detractorMultiplier",
    "attrition.detractorMultiplier",
  ],
  [
    "x {} for referral hires in their first {} months, x {} for culture-first hires",
    "recruiting.referral.earlyHazardMultiplier",
    "recruiting.referral.earlyMonths",
    "training.cultureFirstEarlyHazardMultiplier",
  ],
  // 4.5 Pay, tNPS, engagement, eNPS
  [
    "tiers by minimum tNPS (default {} / {} / {} from {} / {} / {}: assumption)",
    ["pay.tnpsTiers.0.rateMultiplier", fixed(1)],
    ["pay.tnpsTiers.1.rateMultiplier", fixed(1)],
    ["pay.tnpsTiers.2.rateMultiplier", fixed(1)],
    "pay.tnpsTiers.0.minTnps",
    "pay.tnpsTiers.1.minTnps",
    "pay.tnpsTiers.2.minTnps",
  ],
  [
    "mean baseScore + {} (quality - 1) - {} x minutes of mean wait beyond {} s - {} if unresolved (resolved with probability {} x quality), sd {}",
    "customerExperience.qualityWeight",
    "customerExperience.waitPenaltyPerMinute",
    "customerExperience.referenceWaitSec",
    "customerExperience.unresolvedPenalty",
    "customerExperience.firstContactResolution",
    "customerExperience.scoreNoiseSd",
  ],
  ["Each agent gets round(contacts x {}) survey answers", ["customerExperience.surveyResponseRate", percent(0)]],
  [
    "with defaults {}, {}, {}, {}, {} (assumptions",
    "motivation.engagementIntercept",
    "motivation.engagementPayWeight",
    "motivation.engagementClarityWeight",
    "motivation.engagementRemoteWeight",
    "motivation.engagementBurnoutWeight",
  ],
  ["{} of agents answer the monthly eNPS survey", ["motivation.enpsResponseRate", percent(0)]],
  [
    "Defaults {} and {} (assumptions) put a neutral centre",
    ["motivation.enpsDetractorsAtNeutral", fixed(2)],
    ["motivation.enpsPromotersAtNeutral", fixed(2)],
  ],
  ["a proficient centre at the default {} resolution", ["customerExperience.firstContactResolution", percent(0)]],
  // 4.6 Money
  [
    "Payroll = pay x overhead multiplier ({}); hiring = hires x {} + referral bonuses; training = trainee-weeks x {} + class-weeks x {} per trainer; seats {} on site, {} remote per agent-month",
    "money.overheadMultiplier",
    ["money.costPerHire", thousands],
    ["money.trainingCostPerTraineeWeek", thousands],
    ["money.trainerCostPerWeek", thousands],
    ["money.onSiteSeatCostPerMonth", thousands],
    ["money.remoteSeatCostPerMonth", thousands],
  ],
  // 5. Management
  [
    "an annual review capped at {}%, campaigns after a month, a partner for at most {}% of contacts below {}% capacity",
    "management.payReview.maxRaisePct",
    "management.outsourcing.maxSharePct",
    "management.outsourcing.capacityThresholdPct",
  ],
  [
    "120 hours a year: {} h a day, {} h a week)",
    "management.overtime.maxHoursPerAgentDay",
    "management.overtime.maxHoursPerAgentWeek",
  ],
  [
    "premium hours = min(h, {}) x {} + max(0, h - {}) x {} per agent-day",
    "management.overtime.premiumFirstHours",
    "management.overtime.firstHoursPremium",
    "management.overtime.premiumFirstHours",
    "management.overtime.laterHoursPremium",
  ],
  ["(section 4.3; {} per weekly hour: assumption)", "management.overtime.burnoutStrainPerWeeklyHour"],
  ["(`marketLagMonths`, {}: the salary survey's age", "management.payReview.marketLagMonths"],
  [
    "`refusedRaiseHazardMultiplier` ({}) for `refusedRaiseEffectMonths` ({})",
    "management.payReview.refusedRaiseHazardMultiplier",
    "management.payReview.refusedRaiseEffectMonths",
  ],
  [
    "`vacancyAgeThresholdDays` ({}: the sources measure filling within a month)",
    "management.recruitingEffort.vacancyAgeThresholdDays",
  ],
  ["`applicantMultiplier` ({}: assumption)", "management.recruitingEffort.applicantMultiplier"],
  [
    "at `spendPerOpenVacancyMonth` per open vacancy ({} RUB: assumption)",
    ["management.recruitingEffort.spendPerOpenVacancyMonth", thousands],
  ],
  ["(`capacityThresholdPct`, {})", "management.outsourcing.capacityThresholdPct"],
  [
    "`partnerServiceLevelPct` ({}) with `partnerAbandonRatePct` ({}); price `pricePerContact` ({} RUB: assumption)",
    "management.outsourcing.partnerServiceLevelPct",
    "management.outsourcing.partnerAbandonRatePct",
    "management.outsourcing.pricePerContact",
  ],
];

/** The claim's sentence with the schema's defaults in place of its `{}`s. */
function filled([sentence, ...values]: Claim): string {
  const parts = sentence.split("{}");
  expect(parts.length - 1, `placeholders in "${sentence}"`).toBe(values.length);
  return parts.reduce((text, part, i) => {
    const value = values[i - 1];
    if (value === undefined) return text + part;
    const [path, format] = typeof value === "string" ? [value, plain] : value;
    const v = at(path);
    expect(typeof v, `${path} has a numeric default`).toBe("number");
    return text + format(v as number) + part;
  });
}

describe("docs/model.md quotes the schema's defaults", () => {
  it.each(CLAIMS.map((claim) => [claim[0], claim] as const))("%s", (_, claim) => {
    const sentence = filled(claim);
    expect(doc.includes(sentence), `docs/model.md should say: ${sentence}`).toBe(true);
  });

  it("can fail: a sentence filled with another parameter's default is not on the page", () => {
    const [sentence, ...values] = CLAIMS[0] ?? [""];
    const wrong = filled([sentence, ...values.map(() => ["operations.maxOccupancy", plain] as const)]);
    expect(doc.includes(wrong), wrong).toBe(false);
  });
});
