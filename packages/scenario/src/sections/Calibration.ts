/**
 * The `calibration` section: which parameters of the file were fitted, to which facts, by which command and how
 * well, in machine-readable form, so that a reader (and the case card) can tell a figure the model was told from a
 * figure it predicts. The paths and the facts are checked against the rest of the file by
 * `internal/checkCalibration.ts` (a fitted value must be the one written at its path; a reported figure that is
 * also a calibration fact must be marked `fitted`); this module only gives the shape.
 */
import { Schema } from "effect";
import { list, month, num, oneOf, optional, text, withDefault } from "../internal/fields.js";
import { FIGURE_UNITS, KPI_NAMES } from "./Reporting.js";

const FittedParameter = Schema.Struct({
  path: text("Dotted path of the fitted numeric parameter, as in a variant's `set`.", 200),
  value: num(
    { min: -1_000_000_000, max: 1_000_000_000 },
    "The fitted value; the file must give the same value at `path`.",
  ),
});

const CalibrationFact = Schema.Struct({
  kpi: oneOf(KPI_NAMES, "Which simulated KPI the fact is compared with (as in `reported`)."),
  value: num({ min: -1_000_000_000, max: 1_000_000_000 }, "The fact, in `unit`."),
  unit: oneOf(FIGURE_UNITS, "Unit of value and tolerance (as in `reported`)."),
  tolerance: num(
    { min: 0, max: 1_000_000_000 },
    "Scale of the misfit: each fact adds ((simulated - value) / tolerance)^2 to it, and is met within it.",
  ),
  from: optional(
    month("First month of the mean the fact is compared with; with `to`. Left out: every reported month."),
  ),
  to: optional(month("Last month of that mean; with `from`. With `changeSince`, the month the change is measured to.")),
  changeSince: optional(
    month("If given, the fact is the change from this month to `to` (or to the end), not a level."),
  ),
  variant: withDefault(
    text(
      "Name of the variant the fact describes; `baseline` for the scenario without variants. Default baseline.",
      200,
    ),
    "baseline",
  ),
  source: text("Where the fact comes from, by name.", 2000),
  reading: optional(text("How an ambiguous source figure was read.", 2000)),
});

export type CalibrationFact = typeof CalibrationFact.Type;

/** The `calibration` section, optional: a file without it claims no fitted parameters. */
export const Calibration = Schema.Struct({
  parameters: list(
    FittedParameter,
    { min: 1, max: 20, items: "fitted parameters" },
    "The parameters whose values in this file were fitted rather than taken from a source, each with its value.",
  ),
  facts: list(
    CalibrationFact,
    { min: 1, max: 50, items: "facts" },
    "What the parameters were fitted to. A fact that is also a `reported` figure (same KPI, variant and months) " +
      "makes that figure `fitted`: the case card shows it as such, and it is no evidence for the model.",
  ),
  command: text("The command line that reproduces the fit (ccsim calibrate ...).", 2000),
  misfit: num(
    { min: 0, max: 1_000_000_000 },
    "Sum over the facts of ((simulated - value) / tolerance)^2 at the fitted values, as `ccsim calibrate` printed it.",
  ),
  replications: optional(num({ min: 1, max: 1000, integer: true }, "Replications the fit ran with.")),
  note: optional(text("Anything a reader needs to judge the fit, in words.", 4000)),
}).annotations({
  description:
    "How the fitted parameters of this file were fitted: parameters and values, the facts they were fitted to, " +
    "the command that reproduces the fit and its misfit. `ccsim calibrate FILE` with no --fit refits from this block " +
    "and prints a new one to paste.",
});

export type Calibration = typeof Calibration.Type;
