/**
 * What a case replay compares against (`reported`) and the centre's monthly KPI targets (`targets`).
 */
import { Schema } from "effect";
import { fraction, list, month, num, oneOf, optional, text, withDefault } from "../internal/fields.js";

/**
 * KPI names a reported figure can refer to: the simulation's monthly outputs, and the run-level hire survival
 * (Kaplan-Meier share of the run's hires still employed 90, 180, 365 days after hire; no `month` then), see
 * docs/model.md.
 */
export const KPI_NAMES = [
  "serviceLevel",
  "abandonRate",
  "asaSec",
  "ahtSec",
  "occupancy",
  "tnps",
  "enps",
  "monthlyAttrition",
  "trainingDropout",
  "staffingSufficiency",
  "headcount",
  "productiveFte",
  "hiresPerMonth",
  "timeToFillDays",
  "filledWithin30Days",
  "tenureShareHalfToTwoYears",
  "contactsPerAgentMonthMax",
  "meanEarningsPerMonth",
  "costPerContact",
  "hireSurvival90d",
  "hireSurvival180d",
  "hireSurvival365d",
] as const;

/** Units a reported figure (or a calibration fact) may be given in. */
export const FIGURE_UNITS = [
  "fraction",
  "percent",
  "percentage-points",
  "nps-points",
  "seconds",
  "days",
  "contacts",
  "agents",
  "currency",
] as const;

const ReportedFigure = Schema.Struct({
  kpi: oneOf(KPI_NAMES, "Which simulated KPI the figure is compared with."),
  value: num({ min: -1_000_000_000, max: 1_000_000_000 }, "The reported figure, in `unit`."),
  unit: oneOf(FIGURE_UNITS, "Unit of value and tolerance."),
  tolerance: num(
    { min: 0, max: 1_000_000_000 },
    "How far the simulated figure may be from value and still agree, in `unit`.",
  ),
  month: optional(month("Month the figure describes; left out, it is the mean over the reported months.")),
  changeSince: optional(
    month("If given, value is the change from this month to `month` (or to the end), not a level."),
  ),
  against: optional(
    oneOf(
      ["own", "baseline"],
      "What the simulated figure is: `own` (default) the replayed variant's own level or change; `baseline` that " +
        "variant minus the baseline, paired by replication on the same seeds (a difference in `unit`, or with unit " +
        "`percent` relative to the baseline in percent), the causal effect a controlled study reports.",
    ),
  ),
  variant: optional(
    text(
      "Name of the variant the figure describes; left out, the last variant (the one that replays the case). " +
        "A study with several treatment arms names each arm's figures.",
      200,
    ),
  ),
  kind: optional(
    oneOf(
      ["evidence", "consistency"],
      "For validation cases: `evidence` when no model parameter was set from this figure or its study, so " +
        "agreement is a test; `consistency` when one was (e.g. the remote hazard multiplier from Bloom et al.), " +
        "so agreement only checks that the input arrives where it should.",
    ),
  ),
  reading: optional(
    text(
      "How an ambiguous source figure was read (e.g. -5% relative, not -5 points); in a validation case also why " +
        "it is or is not reproduced (`ccsim validate-model` prints it under the study's table).",
      2000,
    ),
  ),
  source: optional(text("Where the figure comes from, by name.", 2000)),
  status: withDefault(
    oneOf(
      ["predicted", "fitted"],
      "predicted: the model was not told this figure, so agreeing with it is evidence; fitted: it is one of the " +
        "calibration facts (calibration.facts) the file's parameters were fitted to, so agreement is by construction. " +
        "A figure that is a calibration fact must be marked fitted, and one marked fitted must be a fact. Default predicted.",
    ),
    "predicted",
  ),
});

/** The `reported` list: figures from a case source that a replay is checked against. */
export const Reported = list(
  ReportedFigure,
  { min: 0, max: 200, items: "reported figures" },
  "Figures reported by a case source (for replays), each compared with the simulated KPI within its tolerance.",
);

/** The `targets` section: monthly KPI targets used to count months on target. All optional. */
export const Targets = Schema.Struct({
  minServiceLevel: optional(fraction("Service level (per the channel's definition) a month must reach.")),
  maxAbandonRate: optional(fraction("Highest acceptable share of offered contacts abandoned in a month.")),
  maxMonthlyAttrition: optional(fraction("Highest acceptable monthly attrition, leavers / average headcount.")),
  minStaffingSufficiency: optional(
    num({ min: 0, max: 10 }, "Lowest acceptable productive / required agent-hours (MTS reported 0.91)."),
  ),
  minTnps: optional(num({ min: -100, max: 100 }, "Lowest acceptable monthly tNPS, in points.")),
  minEnps: optional(num({ min: -100, max: 100 }, "Lowest acceptable eNPS, in points.")),
  maxCostPerContact: optional(
    num({ unit: "currency units", min: 0, max: 1_000_000 }, "Highest acceptable cost per handled contact."),
  ),
}).annotations({ description: "Monthly KPI targets used to count months on target." });
