import { buildCalendar, type CentreParams, type PeopleParams } from "../../src/index.js";
import { smallCentre } from "../fixtures.js";

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

/**
 * A people layer with neutral multipliers (pay, burnout, remote, engagement and referral terms all 1) and the
 * given daily hazard for every stage, so closed forms apply; tests switch mechanisms on one at a time.
 */
export function neutralPeople(
  params: CentreParams,
  hazardPerDay: number,
  overrides: DeepPartial<PeopleParams> = {},
): PeopleParams {
  const days = buildCalendar(params.calendar).days;
  const base: PeopleParams = {
    labourMarket: {
      hhIndexByDay: new Float64Array(days).fill(4),
      referenceHhIndex: 4,
      marketWageByDay: new Float64Array(days).fill(55_000),
    },
    recruiting: {
      policy: { kind: "fixed-rate", hiresPerDay: 0 },
      remoteShare: 0,
      remoteCatchmentMultiplier: 3,
      baseApplicantsPerVacancyWeek: 5,
      matchingElasticity: 0.5,
      payElasticityOfApplicants: 2,
      screeningPassRate: 0.3,
      offerAcceptanceRate: 0.7,
      offerAcceptancePayElasticity: 1,
      referralsPerAgentDay: 0,
      referralBonus: 10_000,
      referralHazardMultiplier: 1,
      referralEarlyDays: 180,
    },
    training: {
      trainingDays: 0,
      classCadenceDays: 14,
      minClassSize: 1,
      maxClassSize: 20,
      trainerCapacity: 4,
      dropoutHazardPerDay: hazardPerDay,
      earlyHazardMultiplier: 1,
      earlyDays: 0,
    },
    rampUp: {
      initialHandleTimeMultiplier: 1.5,
      initialQualityRatio: 0.85,
      learningTimeConstantDays: 30,
      nestingDays: 28,
    },
    attrition: {
      nestingHazardPerDay: hazardPerDay,
      earlyHazardPerDay: hazardPerDay,
      firstYearHazardPerDay: hazardPerDay,
      tenuredHazardPerDay: hazardPerDay,
      payElasticity: 0,
      burnoutCoefficient: 0,
      remoteMultiplier: 1,
      detractorMultiplier: 1,
    },
    burnout: {
      occupancyThreshold: 0.85,
      timeConstantDays: 21,
      handleTimeIncreaseAtFull: 0,
      qualityDecreaseAtFull: 0,
      absenceIncreaseAtFull: 0,
    },
    pay: {
      scheme: "fixed",
      salaryPerMonth: 55_000,
      baseSalaryPerMonth: 25_000,
      pieceRatePerContact: 30,
      tnpsTiers: [
        { minTnps: -100, rateMultiplier: 0.8 },
        { minTnps: 30, rateMultiplier: 1 },
        { minTnps: 50, rateMultiplier: 1.2 },
      ],
      effortElasticity: 0.1,
      qualityLossCoefficient: 0.1,
      qualityWeightInRate: 0,
      expectedContactsPerMonth: 1000,
    },
    motivation: {
      kpiClarity: 0.5,
      intercept: 0.5,
      payWeight: 1,
      clarityWeight: 1,
      remoteWeight: 0.3,
      burnoutWeight: 1,
      enpsResponseRate: 0.6,
      enpsDetractorsAtNeutral: 0.3,
      enpsPromotersAtNeutral: 0.35,
    },
    customerExperience: {
      surveyResponseRate: 0.1,
      baseScore: 8.5,
      scoreNoiseSd: 1.5,
      qualityWeight: 4,
      referenceWaitSec: 30,
      waitPenaltyPerMinute: 0.4,
      firstContactResolution: 0.75,
      unresolvedPenalty: 3,
    },
    money: {
      overheadMultiplier: 1.3,
      costPerHire: 30_000,
      trainingCostPerTraineeWeek: 5_000,
      trainerCostPerWeek: 30_000,
      onSiteSeatCostPerMonth: 15_000,
      remoteSeatCostPerMonth: 3_000,
    },
    initialTraining: 0,
    initialNesting: 0,
    initialRemoteShare: 0,
  };
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides))
    merged[key] = typeof value === "object" ? { ...(base as unknown as Record<string, object>)[key], ...value } : value;
  return merged as unknown as PeopleParams;
}

/** The small test centre over `months` months with `agents` starting agents and the given people layer. */
export function centreWithPeople(
  agents: number,
  months: number,
  warmupMonths: number,
  people: (p: CentreParams) => PeopleParams,
): CentreParams {
  const base = smallCentre(agents, months + warmupMonths);
  const params = { ...base, calendar: { ...base.calendar, warmupMonths, horizonMonths: months } };
  return { ...params, people: people(params) };
}
