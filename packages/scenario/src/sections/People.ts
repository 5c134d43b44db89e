/**
 * The people lifecycle after hiring: classroom training, ramp-up, attrition and burnout (see docs/model.md).
 * The training-stage quit hazard is `training.dropoutHazardPerWeek` and the referral multiplier is in
 * `recruiting.referral`: each coefficient lives in one place only.
 */
import { Schema } from "effect";
import { checked, count, flag, fraction, num, optional, withDefault } from "../internal/fields.js";
import { crossField } from "../crossFieldText.js";

/**
 * A hazard multiplier, above 0: a multiplier of 0 makes a group's hazard vanish, and the hazards are normalised
 * by the group mix, so 0 divides by zero (detractorMultiplier 0 gave NaN).
 */
const multiplier = (description: string, value: number) =>
  withDefault(num({ positive: true, max: 5 }, description), value);

const TrainingFields = Schema.Struct({
  trainingWeeks: withDefault(
    count(
      "weeks",
      26,
      "Length of classroom training in weeks. Default 4: US average 4.2 weeks (Batt, Doellgast & " +
        "Kwon 2005); MTS went from 3 to 4.",
      1,
    ),
    4,
  ),
  classCadenceWeeks: withDefault(
    count("weeks", 26, "A new class may start every this many weeks. Default 2: assumption.", 1),
    2,
  ),
  minClassSize: withDefault(
    count(
      "trainees",
      1000,
      "Fewest hires a class starts with; fewer wait for the next start. Default 5: assumption.",
      1,
    ),
    5,
  ),
  maxClassSize: withDefault(count("trainees", 1000, "Most hires in one class. Default 20: assumption.", 1), 20),
  trainerCapacity: withDefault(
    count("classes", 1000, "Classes that can run at the same time (one trainer each). Default 2: assumption.", 1),
    2,
  ),
  dropoutHazardPerWeek: withDefault(
    fraction(
      "Quit hazard per week during classroom training. Default 0.026, about 10% of a 4-week class " +
        "(assumption calibrated to WFM Labs: 15-25% of a class gone in 90 days; KPI Depot: training attrition target 10% or less).",
    ),
    0.026,
  ),
  online: withDefault(
    flag(
      "Whether classes are taught online. A precondition, not a mechanism: remote or mixed hiring " +
        "(recruiting.hiringMode) is refused without it, and by itself it changes no simulated figure (no cost, " +
        "dropout or learning of its own). MTS trained its remote staff online. Default false.",
    ),
    false,
  ),
  cultureFirst: withDefault(
    flag(
      "Culture-first training: new hires learn the company culture before products (MTS). Modelled as lower " +
        "dropout and lower early quit hazard. Default false.",
    ),
    false,
  ),
  cultureFirstDropoutMultiplier: multiplier(
    "Multiplier on dropoutHazardPerWeek with cultureFirst. Default 0.8: assumption.",
    0.8,
  ),
  cultureFirstEarlyHazardMultiplier: multiplier(
    "Multiplier on the quit hazard in the first cultureFirstEarlyMonths after hire with cultureFirst. Default 0.85: assumption.",
    0.85,
  ),
  cultureFirstEarlyMonths: withDefault(
    count("months", 24, "Months after hire covered by cultureFirstEarlyHazardMultiplier. Default 6: assumption."),
    6,
  ),
});

/** The `training` section: classroom training. */
export const Training = checked(
  TrainingFields.annotations({
    description: "Classroom training: classes, length, dropout, culture-first and online options.",
  }),
  (t: typeof TrainingFields.Type) =>
    t.minClassSize > t.maxClassSize
      ? [
          {
            path: ["minClassSize"],
            message: crossField("classSize", { min: t.minClassSize, max: t.maxClassSize }),
          },
        ]
      : [],
);

/** The `rampUp` section: the learning curve after training, m(tau) = 1 + (m0 - 1) exp(-tau / tauL). */
export const RampUp = Schema.Struct({
  adaptationMonths: withDefault(
    num(
      { unit: "months", positive: true, max: 24 },
      "Time from the end of training to 95% of proficiency, in " +
        "months; the learning time constant is a third of it. Default 4 (time constant about 6 weeks, " +
        "Pearce, Call Centre Helper: half the gap closed in about 3 weeks); MTS cut adaptation from 6 to 3 months.",
    ),
    4,
  ),
  initialHandleTimeMultiplier: withDefault(
    num(
      { min: 1, max: 3 },
      "m0: handle time of a new agent over that of a proficient one at the end of training. " +
        "Default 1.5, plausible band 1.3-2.0 (Pearce, Call Centre Helper; Cinareo).",
    ),
    1.5,
  ),
  initialQualityRatio: withDefault(
    num(
      { min: 0.1, max: 1 },
      "Quality of a new agent relative to a proficient one; ramps up like handle time. " + "Default 0.85: assumption.",
    ),
    0.85,
  ),
  nestingWeeks: withDefault(
    count(
      "weeks",
      26,
      "Weeks of nesting (supervised first weeks on the floor) after training. Default 4 " +
        "(WFM Labs: nesting typically weeks 4-8 after hire).",
    ),
    4,
  ),
}).annotations({
  description: "Learning curve after training: m(t) = 1 + (m0 - 1) exp(-t / tau), tau = adaptationMonths / 3.",
});

/** The `attrition` section: quit hazards by stage and their multipliers. */
export const Attrition = Schema.Struct({
  nestingHazardPerWeek: withDefault(
    fraction(
      "Quit hazard per week during nesting. Default 0.0181 (assumption calibrated to the 30-45%/year industry band, QATC, and 15-25% first-90-day losses, WFM Labs).",
    ),
    0.0181,
  ),
  earlyHazardPerWeek: withDefault(
    fraction(
      "Quit hazard per week from the end of nesting to week 13 after hire. Default 0.0103 (assumption calibrated to the 30-45%/year industry band, QATC, and 15-25% first-90-day losses, WFM Labs).",
    ),
    0.0103,
  ),
  firstYearHazardPerMonth: withDefault(
    fraction(
      "Quit hazard per month from week 13 to month 12 after hire. Default 0.035 (assumption calibrated to the 30-45%/year industry band, QATC, and 15-25% first-90-day losses, WFM Labs).",
    ),
    0.035,
  ),
  tenuredHazardPerMonth: withDefault(
    fraction(
      "Quit hazard per month after the first year. Default 0.02 (assumption; together the stage " +
        "hazards give about 32% turnover per seat-year, inside the 30-45% industry band).",
    ),
    0.02,
  ),
  payElasticity: withDefault(
    num(
      { min: -5, max: 0 },
      "eta_w: hazard x (earnings / market wage)^eta_w. Default -1, range -0.4 to -3 " +
        "(Manning 2003; Dube, Giuliano & Leonard).",
    ),
    -1,
  ),
  burnoutHazardCoefficient: withDefault(
    num(
      { min: 0, max: 5 },
      "kappa: hazard x exp(kappa x burnout). Default 1.04, so that sustained 95% occupancy " +
        "doubles the hazard: assumption (ln 2 / ((0.95 - 0.85) / 0.15)).",
    ),
    1.04,
  ),
  remoteMultiplier: multiplier(
    "Hazard multiplier for remote agents. Default 0.6 (Bloom et al. 2015: attrition halved; " +
      "Bloom, Han & Liang 2024: quits down a third).",
    0.6,
  ),
  detractorMultiplier: multiplier(
    "Hazard of an engagement detractor relative to a promoter. Default 1.75 within 1.5-2: assumption.",
    1.75,
  ),
  calibrateToMonthlyAttrition: optional(
    num(
      { positive: true, max: 1 },
      "If given, the four post-training stage hazards are scaled by one factor so " +
        "that the steady-state monthly attrition (leavers past training / average headcount past training) of a centre " +
        "at neutral multipliers (pay at the market wage, no burnout, neutral engagement, on site) equals this fraction " +
        "(MTS: 0.11). The tenure bands count days since hire, as the quit hazards do.",
    ),
  ),
}).annotations({ description: "Quit hazards by stage of tenure and their multipliers." });

/** The `burnout` section: smoothed strain from occupancy above a threshold. */
export const Burnout = Schema.Struct({
  occupancyThreshold: withDefault(
    num(
      { min: 0.5, max: 0.99 },
      "Occupancy above which strain builds: strain target = max(0, occupancy - " +
        "threshold) / (1 - threshold). Default 0.85 (Pearce, Call Centre Helper).",
    ),
    0.85,
  ),
  timeConstantWeeks: withDefault(
    num(
      { unit: "weeks", positive: true, max: 52 },
      "Time constant with which strain follows its target. Default 3, within 2-4 weeks: assumption.",
    ),
    3,
  ),
  absenceIncreaseAtFullBurnout: withDefault(
    num(
      { min: 0, max: 0.5 },
      "Extra whole-day absence at strain 1: an agent's chance of being absent on a working day is the base " +
        "absence (operations.shrinkage x absenceShare) plus this x its burnout strain. Default 0.03, within 2-5 " +
        "points: assumption (direction: burnout predicts sickness absence, Borritz et al. 2006).",
    ),
    0.03,
  ),
  handleTimeIncreaseAtFullBurnout: withDefault(
    num(
      { min: 0, max: 1 },
      "Relative handle-time increase at strain 1. Default 0.05: assumption (AHT creep under pressure, turnella zone model).",
    ),
    0.05,
  ),
  qualityDecreaseAtFullBurnout: withDefault(
    fraction("Relative quality loss at strain 1. Default 0.05: assumption."),
    0.05,
  ),
}).annotations({ description: "Strain from sustained high occupancy and its effects." });
