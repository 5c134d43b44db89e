/**
 * A published study replayed as a validation case (`study`): its citation, how the scenario maps its design, and
 * the reported figures the model has no mechanism for, kept beside the tested ones so that the validation table
 * shows what the model cannot say instead of leaving it out.
 */
import { Schema } from "effect";
import { list, optional, text, withDefault } from "../internal/fields.js";

const Untestable = Schema.Struct({
  figure: text("The study's figure, in its own words (e.g. 'performance of home workers').", 500),
  reported: text("What the study reported (e.g. '+13%').", 500),
  reason: text("Why the model cannot test it: the mechanism it lacks.", 2000),
});

export const Study = Schema.Struct({
  citation: text("Full citation: authors, year, title, journal, volume and pages (or DOI).", 2000),
  design: optional(text("How the scenario follows the study's design: population, treatment, control, horizon.", 4000)),
  untestable: withDefault(
    list(
      Untestable,
      { min: 0, max: 50, items: "untestable figures" },
      "Figures the study reports that the model has no mechanism for, with why; listed, not compared.",
    ),
    [],
  ),
}).annotations({
  description:
    "The published study this scenario replays as a validation case (scenarios/validation/published): " +
    "`ccsim validate-model` runs these files and compares their reported figures.",
});
