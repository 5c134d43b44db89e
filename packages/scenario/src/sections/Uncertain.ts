/**
 * The `uncertain` list: parameters whose values are not known, each with the range (or distribution) it may take
 * and where that range comes from. `ccsim sensitivity` samples worlds from these ranges to find which assumptions
 * the results hang on. The paths are checked against the schema by `internal/checkUncertain.ts` (the path must name
 * a numeric parameter and the bounds must suit it); this module only gives the shape, so that it can be assembled
 * into the scenario schema without importing it back.
 */
import { Schema } from "effect";
import { ExpectedId, list, num, oneOf, optional, text, withDefault } from "../internal/fields.js";
import { crossField } from "../crossFieldText.js";

/** Most uncertain parameters one file may declare: a Sobol study costs samples x (parameters + 2) runs. */
export const MAX_UNCERTAIN = 50;

/** The shapes a range may have. */
export const UNCERTAIN_DISTRIBUTIONS = ["uniform", "triangular", "log-uniform"] as const;

const BOUND = 1_000_000_000_000;

const UncertainFields = Schema.Struct({
  path: text("Dotted path of a numeric parameter, as in a variant's `set` (e.g. demand.voice.monthlyVolume).", 200),
  variant: optional(
    text(
      "Name of a variant whose own value of `path` is uncertain: the value it sets in its `set` or in its " +
        "interventions' `set` (e.g. the piece rate a variant introduces). Leave out to range the baseline's value.",
      80,
    ),
  ),
  min: num({ min: -BOUND, max: BOUND }, "Lowest plausible value, in the parameter's own unit."),
  max: num({ min: -BOUND, max: BOUND }, "Highest plausible value, in the parameter's own unit."),
  distribution: withDefault(
    oneOf(
      UNCERTAIN_DISTRIBUTIONS,
      "How values are drawn between min and max: uniform (every value equally likely; the " +
        "honest choice for a range nobody measured), triangular (most likely at `mode`), log-uniform (every order of " +
        "magnitude equally likely; min must be positive). Default uniform.",
    ),
    "uniform",
  ),
  mode: optional(num({ min: -BOUND, max: BOUND }, "Most likely value, for the triangular distribution only.")),
  source: text('Where the range comes from: a citation, a reported figure, or "assumption".', 2000),
  why: optional(text("Why the value is uncertain and why this range, in words.", 2000)),
});

type Fields = typeof UncertainFields.Type;

/**
 * The name an entry goes by in a study's results, tables and charts, and in `translations`: its path, followed by
 * its variant's name in brackets when it ranges a variant's own value.
 */
export const uncertainName = (u: { readonly path: string; readonly variant?: string | undefined }): string =>
  u.variant === undefined ? u.path : `${u.path} (${u.variant})`;

/** Problems inside one entry that need no knowledge of the rest of the schema. */
const entryProblem = (u: Fields): string | undefined => {
  if (!(u.min < u.max)) return crossField("rangeOrder", { min: u.min, max: u.max });
  if (u.distribution === "log-uniform" && u.min <= 0) return crossField("logUniformMin", { min: u.min });
  if (u.distribution === "triangular") {
    if (u.mode === undefined) return crossField("triangularMode");
    if (u.mode < u.min || u.mode > u.max) return crossField("modeInRange", { mode: u.mode, min: u.min, max: u.max });
  } else if (u.mode !== undefined) return crossField("modeUnused", { distribution: u.distribution });
  return undefined;
};

const uncertainExpected = "a mapping with path, min, max and source";

/** One uncertain parameter. */
export const UncertainParameter = UncertainFields.pipe(Schema.filter((u) => entryProblem(u) ?? true)).annotations({
  [ExpectedId]: uncertainExpected,
  title: uncertainExpected,
});

export type UncertainParameter = typeof UncertainParameter.Type;

/** The `uncertain` list. */
export const Uncertain = list(
  UncertainParameter,
  { min: 0, max: MAX_UNCERTAIN, items: "uncertain parameters" },
  "Parameters whose values are not known, each with a plausible range and its source, for `ccsim sensitivity` " +
    "(docs/cli.md): which assumptions the results depend on, and whether each variant's advantage over the baseline " +
    "keeps its sign across the ranges. Example: `uncertain: [{ path: demand.voice.monthlyVolume, min: 50000, max: " +
    "70000, source: assumption }]`. Each path names a numeric parameter, as in a variant's `set`, and min, max and " +
    "mode must be values that parameter accepts; whole-number parameters (agents, weeks) are sampled as whole numbers. " +
    "The sampled value replaces the baseline's; a variant or intervention that sets the same parameter keeps its own " +
    "value, unless the entry names that variant (`variant`), in which case the sampled value replaces the one the " +
    "variant sets. The ranges do not change `ccsim run`, which uses the values written in the file.",
);
