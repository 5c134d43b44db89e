/**
 * Costs (see docs/model.md). Amounts are in the scenario `currency`.
 */
import { Schema } from "effect";
import { money, num, withDefault } from "../internal/fields.js";

/** The `money` section. */
export const Money = Schema.Struct({
  overheadMultiplier: withDefault(
    num(
      { min: 1, max: 3 },
      "Payroll x this = employer cost (social contributions and payroll taxes). Default 1.3: " +
        "Russian employer contributions are about 30% of pay (assumption for a generic employer).",
    ),
    1.3,
  ),
  costPerHire: withDefault(
    money("Recruiting cost per hire (advertising, recruiter time, checks). Default 30,000: assumption."),
    30_000,
  ),
  trainingCostPerTraineeWeek: withDefault(
    money("Cost per trainee per training week besides pay (materials, licences). Default 5,000: assumption."),
    5_000,
  ),
  trainerCostPerWeek: withDefault(
    money("Cost of one trainer per week of a running class. Default 30,000: assumption."),
    30_000,
  ),
  onSiteSeatCostPerMonth: withDefault(
    money("Cost of an office seat per on-site agent per month. Default 15,000: assumption."),
    15_000,
  ),
  remoteSeatCostPerMonth: withDefault(
    money("Cost of equipment and connectivity per remote agent per month. Default 3,000: assumption."),
    3_000,
  ),
}).annotations({ description: "Costs besides pay, and the payroll overhead; amounts in `currency`." });
