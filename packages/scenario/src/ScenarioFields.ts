/**
 * The fields of a scenario file, section by section, before the checks that span sections (those are in
 * Scenario.ts, which this module must not import: the checks read these fields' types).
 */
import { Schema } from "effect";
import { count, list, num, oneOf, optional, section, text, withDefault } from "./internal/fields.js";
import { Calendar } from "./sections/Calendar.js";
import { Calibration } from "./sections/Calibration.js";
import { Intervention, Variant } from "./sections/Changes.js";
import { Demand } from "./sections/Demand.js";
import { LabourMarket, Recruiting } from "./sections/LabourMarket.js";
import { Management } from "./sections/Management.js";
import { Money } from "./sections/Money.js";
import { Operations } from "./sections/Operations.js";
import { CustomerExperience, Motivation, Pay } from "./sections/Pay.js";
import { Attrition, Burnout, RampUp, Training } from "./sections/People.js";
import { Reported, Targets } from "./sections/Reporting.js";
import { Study } from "./sections/Study.js";
import { Translations } from "./sections/Translations.js";
import { Uncertain } from "./sections/Uncertain.js";

/** The schema version this package writes and reads natively; older files are migrated (see `migrate`). */
export const CURRENT_SCHEMA_VERSION = 1;

/** Default seed: a constant, so that a scenario without a seed is still reproducible (design rule 5). */
export const DEFAULT_SEED = 20240621;

/** The fields of a scenario file, before the checks that span sections. */
export const ScenarioFields = Schema.Struct({
  schemaVersion: Schema.Literal(CURRENT_SCHEMA_VERSION).annotations({
    title: `the number ${CURRENT_SCHEMA_VERSION}`,
    description: "Version of the scenario file format. Required, so that old files can be recognised and migrated.",
  }),
  name: text("Short name of the scenario, shown in reports.", 200),
  description: optional(text("What the scenario represents and where its numbers come from.", 20_000)),
  seed: withDefault(
    num(
      { min: 0, max: 4_294_967_295, integer: true },
      "Master random seed (a 32-bit unsigned integer); every " +
        "random stream is derived from it, the stream name and the replication. Default: a constant.",
    ),
    DEFAULT_SEED,
  ),
  replications: withDefault(
    count(
      "replications",
      1000,
      "Independent runs with derived seeds; results report the mean and a 95% confidence " +
        "interval across them. Default 10: assumption.",
      1,
    ),
    10,
  ),
  fidelity: withDefault(
    oneOf(
      ["contact", "interval"],
      "contact: every contact is simulated (the reference); interval: KPIs per " +
        "planning interval from exact Erlang A plus sampling noise (much faster; for sweeps and teaching).",
    ),
    "interval",
  ),
  simulatePeople: withDefault(
    Schema.Boolean.annotations({
      title: "true or false",
      description:
        "Whether agents are hired, trained, learn, burn out, are paid and leave (the people layer). false keeps " +
        "the starting roster fixed and proficient: for checks against the queueing formulas and operations-only studies; " +
        "a variant, intervention, uncertain range or sweep that changes a people setting (pay, training, recruiting and the " +
        "other people sections, starting trainees, the planner's observed handle time) is then refused, as it would " +
        "change nothing. Default true.",
    }),
    true,
  ),
  currency: withDefault(
    Schema.String.pipe(Schema.pattern(/^[A-Z]{3}$/)).annotations({
      title: "a three-letter currency code such as RUB",
      description: "ISO 4217 code of the currency all amounts are in. Default RUB (the source cases are Russian).",
    }),
    "RUB",
  ),
  calendar: Calendar,
  demand: Demand,
  operations: Operations,
  labourMarket: section(LabourMarket),
  recruiting: section(Recruiting),
  training: section(Training),
  rampUp: section(RampUp),
  attrition: section(Attrition),
  burnout: section(Burnout),
  pay: section(Pay),
  motivation: section(Motivation),
  customerExperience: section(CustomerExperience),
  money: section(Money),
  management: section(Management),
  interventions: withDefault(
    list(
      Intervention,
      { min: 0, max: 200, items: "interventions" },
      "Dated changes to parameters during the run, applied from their date on, in date order. What a run fixes " +
        "at its start cannot change: the calendar, the seed and the other run settings, simulatePeople, the " +
        "starting workforce (operations.initialHeadcount), the agents' skills and speed spread, and how a demand " +
        "file is read.",
    ),
    [],
  ),
  variants: withDefault(
    list(
      Variant,
      { min: 0, max: 100, items: "variants" },
      "Alternatives compared with the baseline; each runs with the same random numbers as the baseline (the " +
        "file's seed, replications and fidelity, which a variant therefore cannot set; nor can it change how a " +
        "demand file is read).",
    ),
    [],
  ),
  reported: withDefault(Reported, []),
  targets: section(Targets),
  uncertain: withDefault(Uncertain, []),
  study: optional(Study),
  calibration: optional(Calibration),
  translations: optional(Translations),
});
