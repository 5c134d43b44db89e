/**
 * Applying a variant's or an intervention's `set` to a decoded scenario, for the runner (variants, sweeps,
 * interventions at their date). The result is decoded again, so every check still holds.
 */
import { Either, Schema } from "effect";
import { crossField } from "./crossFieldText.js";
import { inertKeys } from "./internal/checkPeopleOff.js";
import { describeIssue } from "./internal/describeIssues.js";
import { isRecord, type Data } from "./internal/isRecord.js";
import { CHANNELS } from "./sections/Demand.js";
import { checkOverrideEntry, homeOfKey, setAll, type OverrideKind } from "./internal/overridePaths.js";
import { ScenarioFields, decodeScenario, type Scenario } from "./Scenario.js";
import { ScenarioError, formatPath, type ScenarioIssue } from "./ScenarioError.js";

export type { OverrideKind };

/** Where the overrides came from, for error messages. Defaults: file "<overrides>", line 1, column 1, variant. */
export interface OverrideSource {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly kind?: OverrideKind;
}

const encodeFields = Schema.encodeSync(ScenarioFields);

/** Writes a decoded scenario back to file form (every default explicit), e.g. to apply overrides or save it. */
export const encodeScenario = (scenario: Scenario): Readonly<Record<string, unknown>> => encodeFields(scenario);

/**
 * A `set` of a channel's shared `intradayShares` drops its per-weekday profiles unless it sets those too: they take
 * precedence, so a variant reshaping the day of a channel whose demand file filled them would change nothing.
 */
const sharedProfileReplacesWeekdays = (data: Data, set: Readonly<Record<string, unknown>>): Data => {
  const demand = data["demand"];
  if (!isRecord(demand)) return data;
  const reshaped = { ...demand };
  for (const channel of CHANNELS) {
    const c = reshaped[channel];
    if (!(`demand.${channel}.intradayShares` in set) || `demand.${channel}.intradaySharesByWeekday` in set) continue;
    if (!isRecord(c)) continue;
    const { intradaySharesByWeekday: _replaced, ...rest } = c;
    reshaped[channel] = rest;
  }
  return { ...data, demand: reshaped };
};

/**
 * Returns the scenario with `set` applied (dotted paths to values in file units, e.g.
 * `{ "pay.scheme": "piece-rate-tnps", "demand.voice.handleTimeSec": 280 }`), or every problem: unknown paths,
 * values that do not suit their field, and cross-field checks that the change breaks.
 */
export const applyOverrides = (
  scenario: Scenario,
  set: Readonly<Record<string, unknown>>,
  source: OverrideSource = {},
): Either.Either<Scenario, ScenarioError> => {
  const place = { file: source.file ?? "<overrides>", line: source.line ?? 1, column: source.column ?? 1 };
  const issue = (path: ReadonlyArray<PropertyKey>, message: string, prefix = ""): ScenarioIssue => ({
    ...place,
    path: formatPath(path, prefix),
    message,
  });
  const entryIssues = Object.entries(set).flatMap(([key, value]) =>
    checkOverrideEntry(key, value, source.kind ?? "variant").map((p) => issue(p.path, p.message, key)),
  );
  if (entryIssues.length > 0) return Either.left(new ScenarioError({ issues: entryIssues }));
  const inert = inertKeys(set, scenario).map((key) => issue([], crossField("peopleLayerOff", { path: key }), key));
  if (inert.length > 0) return Either.left(new ScenarioError({ issues: inert }));
  return Either.mapLeft(
    decodeScenario(sharedProfileReplacesWeekdays(setAll(encodeScenario(scenario), set), set)),
    (error) =>
      new ScenarioError({ issues: describeIssue(error.issue, homeOfKey).map((p) => issue(p.path, p.message)) }),
  );
};
