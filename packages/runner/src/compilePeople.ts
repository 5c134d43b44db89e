import { buildCalendar, DAYS_PER_MONTH, DAYS_PER_WEEK, type CentreParams, type PeopleParams } from "@ccsim/model";
import type { Scenario } from "@ccsim/scenario";
import { calibrateHazards } from "./calibrateHazards.js";

/**
 * The people sections of a scenario in the model's units: weekly and monthly hazards to daily ones, weeks and
 * months to days, monthly series to one value per simulated day. `params` is the compiled contact layer (its
 * calendar and workforce).
 */
export function compilePeople(scenario: Scenario, params: CentreParams): PeopleParams {
  const calendar = buildCalendar(params.calendar);
  const {
    labourMarket: lm,
    recruiting: r,
    training: t,
    rampUp,
    attrition: at,
    burnout: b,
    pay,
    motivation: m,
    customerExperience: cx,
    money,
  } = scenario;
  const startMonth = monthIndex(scenario.calendar.startDate);
  const hhIndexByDay = dailySeries(calendar.days, calendar.monthStartDay, startMonth, lm.hhIndex, lm.referenceHhIndex);
  const marketWageByDay =
    lm.marketWageSeries !== undefined
      ? dailySeries(calendar.days, calendar.monthStartDay, startMonth, lm.marketWageSeries, lm.marketWagePerMonth)
      : hhIndexByDay.map((h) => lm.marketWagePerMonth * (h / lm.referenceHhIndex) ** -lm.wagePressureElasticity);
  const remoteShare = r.hiringMode === "remote" ? 1 : r.hiringMode === "mixed" ? r.remoteShare : 0;
  const referralRate = r.referral.enabled
    ? r.referral.referralsPerAgentMonth *
      (1 + r.referral.bonusResponse * (r.referral.bonusPerHire / pay.salaryPerMonth))
    : 0;
  const head = scenario.operations.initialHeadcount;
  const nestingDays = rampUp.nestingWeeks * DAYS_PER_WEEK;
  const hazards = {
    nestingHazardPerDay: at.nestingHazardPerWeek / DAYS_PER_WEEK,
    earlyHazardPerDay: at.earlyHazardPerWeek / DAYS_PER_WEEK,
    firstYearHazardPerDay: at.firstYearHazardPerMonth / DAYS_PER_MONTH,
    tenuredHazardPerDay: at.tenuredHazardPerMonth / DAYS_PER_MONTH,
    payElasticity: at.payElasticity,
    burnoutCoefficient: at.burnoutHazardCoefficient,
    remoteMultiplier: at.remoteMultiplier,
    detractorMultiplier: at.detractorMultiplier,
  };
  return {
    labourMarket: { hhIndexByDay, referenceHhIndex: lm.referenceHhIndex, marketWageByDay },
    recruiting: {
      policy: {
        kind: "hire-up-to",
        // A hire waits for the next class start (classes start every cadence: (cadence - 1) / 2 days on average)
        // and then trains; leaving the wait out put the policy's level L x wait agents below the `auto` start.
        trainingLeadDays: t.trainingWeeks * DAYS_PER_WEEK + (t.classCadenceWeeks * DAYS_PER_WEEK - 1) / 2,
        targetFactor: r.headcountTargetFactor,
        // `auto`: the model takes the market's own time to fill on the first hiring day (docs/model.md 4.2).
        plannedTimeToFillDays:
          r.plannedTimeToFillWeeks === "auto" ? undefined : r.plannedTimeToFillWeeks * DAYS_PER_WEEK,
        learnTimeToFill: r.learnTimeToFill ? { halfLifeDays: r.timeToFillHalfLifeWeeks * DAYS_PER_WEEK } : undefined,
        withdrawSurplus: r.withdrawSurplusVacancies
          ? { toleranceStandardErrors: r.surplusToleranceStandardErrors }
          : undefined,
      },
      remoteShare,
      remoteCatchmentMultiplier: r.remoteCatchmentMultiplier,
      baseApplicantsPerVacancyWeek: r.baseApplicantsPerVacancyWeek,
      matchingElasticity: r.matchingElasticity,
      payElasticityOfApplicants: r.payElasticityOfApplicants,
      screeningPassRate: r.screeningPassRate,
      offerAcceptanceRate: r.offerAcceptanceRate,
      offerAcceptancePayElasticity: r.offerAcceptancePayElasticity,
      referralsPerAgentDay: referralRate / DAYS_PER_MONTH,
      referralBonus: r.referral.enabled ? r.referral.bonusPerHire : 0,
      referralHazardMultiplier: r.referral.earlyHazardMultiplier,
      referralEarlyDays: r.referral.earlyMonths * DAYS_PER_MONTH,
      maxHiresPerDay: r.maxHiresPerDay,
    },
    training: {
      trainingDays: t.trainingWeeks * DAYS_PER_WEEK,
      classCadenceDays: t.classCadenceWeeks * DAYS_PER_WEEK,
      minClassSize: t.minClassSize,
      maxClassSize: t.maxClassSize,
      trainerCapacity: t.trainerCapacity,
      dropoutHazardPerDay:
        (t.dropoutHazardPerWeek * (t.cultureFirst ? t.cultureFirstDropoutMultiplier : 1)) / DAYS_PER_WEEK,
      earlyHazardMultiplier: t.cultureFirst ? t.cultureFirstEarlyHazardMultiplier : 1,
      earlyDays: t.cultureFirst ? t.cultureFirstEarlyMonths * DAYS_PER_MONTH : 0,
    },
    rampUp: {
      initialHandleTimeMultiplier: rampUp.initialHandleTimeMultiplier,
      initialQualityRatio: rampUp.initialQualityRatio,
      // adaptationMonths is the time to 95% of proficiency: e^(-3) = 5%, so tau_L = adaptationMonths / 3.
      learningTimeConstantDays: (rampUp.adaptationMonths * DAYS_PER_MONTH) / 3,
      nestingDays,
    },
    attrition:
      at.calibrateToMonthlyAttrition === undefined
        ? hazards
        : calibrateHazards(
            hazards,
            {
              trainingDays: t.trainingWeeks * DAYS_PER_WEEK,
              classCadenceDays: t.classCadenceWeeks * DAYS_PER_WEEK,
              // Culture-first training is a lever acting on top of the calibrated hazards, so the base dropout is used.
              dropoutHazardPerDay: t.dropoutHazardPerWeek / DAYS_PER_WEEK,
              nestingDays,
            },
            at.calibrateToMonthlyAttrition,
          ),
    burnout: {
      occupancyThreshold: b.occupancyThreshold,
      timeConstantDays: b.timeConstantWeeks * DAYS_PER_WEEK,
      handleTimeIncreaseAtFull: b.handleTimeIncreaseAtFullBurnout,
      qualityDecreaseAtFull: b.qualityDecreaseAtFullBurnout,
      absenceIncreaseAtFull: b.absenceIncreaseAtFullBurnout,
    },
    pay: {
      scheme: pay.scheme,
      salaryPerMonth: pay.salaryPerMonth,
      baseSalaryPerMonth: pay.baseSalaryPerMonth,
      pieceRatePerContact: pay.pieceRatePerContact,
      tnpsTiers: pay.tnpsTiers,
      effortElasticity: pay.effortElasticity,
      qualityLossCoefficient: pay.qualityLossCoefficient,
      // Only the tNPS-tied scheme puts quality into the rate.
      qualityWeightInRate: pay.scheme === "piece-rate-tnps" ? pay.qualityWeightInRate : 0,
      expectedContactsPerMonth: expectedContactsPerAgentMonth(params),
    },
    motivation: {
      kpiClarity: m.kpiClarity,
      intercept: m.engagementIntercept,
      payWeight: m.engagementPayWeight,
      clarityWeight: m.engagementClarityWeight,
      remoteWeight: m.engagementRemoteWeight,
      burnoutWeight: m.engagementBurnoutWeight,
      enpsResponseRate: m.enpsResponseRate,
      enpsDetractorsAtNeutral: m.enpsDetractorsAtNeutral,
      enpsPromotersAtNeutral: m.enpsPromotersAtNeutral,
    },
    customerExperience: { ...cx },
    money: { ...money },
    // An `auto` start is sized by compileScenario (it needs these parameters); until then it has no trainees.
    initialTraining: head === "auto" ? 0 : head.training,
    initialNesting: head === "auto" ? 0 : head.nesting,
    initialRemoteShare: head === "auto" ? remoteShare : head.remoteShare,
  };
}

/** Contacts a month per starting agent: the piece rate's expected volume, used for the pay an applicant expects. */
function expectedContactsPerAgentMonth(params: CentreParams): number {
  const agents = Math.max(1, params.workforce.initialAgents);
  const volume = params.channels.reduce((sum, c) => sum + (c.demand.monthlyVolume[0] ?? 0), 0);
  return volume / agents;
}

/** Months since year 0 of a "YYYY-MM[-DD]" date. */
function monthIndex(date: string): number {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return year * 12 + month - 1;
}

/**
 * A monthly-point series as one value per simulated day: points sit at the middle of their month, values are
 * linearly interpolated between points and held flat beyond the ends; no points: constant `fallback`.
 */
function dailySeries(
  days: number,
  monthStartDay: Int32Array,
  startMonth: number,
  points: readonly { readonly month: string; readonly value: number }[] | undefined,
  fallback: number,
): Float64Array {
  const out = new Float64Array(days).fill(fallback);
  const sorted = [...(points ?? [])]
    .map((p) => ({ at: monthIndex(p.month) - startMonth + 0.5, value: p.value }))
    .sort((x, y) => x.at - y.at);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return out;
  let m = 0;
  for (let d = 0; d < days; d++) {
    while (m + 1 < monthStartDay.length - 1 && monthStartDay[m + 1]! <= d) m++;
    const month = m + (d - monthStartDay[m]!) / (monthStartDay[m + 1]! - monthStartDay[m]!);
    const after = sorted.findIndex((p) => p.at >= month);
    const x = sorted[after - 1],
      y = sorted[after];
    // Before the first point or past the last one the series is held flat.
    if (x === undefined || y === undefined) out[d] = after === 0 ? first.value : last.value;
    else out[d] = x.value + ((y.value - x.value) * (month - x.at)) / (y.at - x.at);
  }
  return out;
}
