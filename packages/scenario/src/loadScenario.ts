/**
 * The scenario loader: text in, a decoded `Scenario` or a `ScenarioError` out. It takes text, not a path, so it
 * runs unchanged in browsers; the CLI reads the file and passes its name for messages.
 */
import { Effect, Either } from "effect";
import { calibrationIssues } from "./internal/checkCalibration.js";
import { appliedChangeIssues, changeEntryIssues } from "./internal/checkChanges.js";
import { peopleOffIssues } from "./internal/checkPeopleOff.js";
import { describeIssue, showValue, type RawIssue } from "./internal/describeIssues.js";
import { makeLocator, type Locator } from "./internal/locate.js";
import { homeOfKey } from "./internal/overridePaths.js";
import { readYaml } from "./internal/readYaml.js";
import { translationIssues } from "./internal/checkTranslations.js";
import { uncertainIssues } from "./internal/checkUncertain.js";
import { migrate } from "./migrate.js";
import { decodeScenario, type Scenario } from "./Scenario.js";
import { isRecord, type Data } from "./internal/isRecord.js";
import { ScenarioError, formatPath, sortIssues, type ScenarioIssue } from "./ScenarioError.js";

type Path = ReadonlyArray<PropertyKey>;

/** Most issues reported; a badly broken file would otherwise print thousands of lines. */
const MAX_ISSUES = 200;

const fail = (issues: ReadonlyArray<ScenarioIssue>): Either.Either<Scenario, ScenarioError> => {
  const sorted = sortIssues(issues);
  const last = sorted[MAX_ISSUES - 1];
  if (last === undefined || sorted.length === MAX_ISSUES) return Either.left(new ScenarioError({ issues: sorted }));
  const more = { ...last, path: "", message: "more problems not shown: fix these first" };
  return Either.left(new ScenarioError({ issues: [...sorted.slice(0, MAX_ISSUES), more] }));
};

const notAMapping = (value: unknown): string =>
  value === null || value === undefined
    ? "the file is empty: a scenario is a mapping that starts with `schemaVersion: 1`"
    : `expected a mapping of scenario sections at the top level (schemaVersion:, name:, calendar:, ...), found ${showValue(value)}`;

/**
 * Decodes migrated file data and checks its variants and interventions; every problem goes through `place`,
 * which gives it a file position.
 */
const decodeData = (data: Data, place: (issue: RawIssue) => ScenarioIssue): Either.Either<Scenario, ScenarioError> => {
  const decoded = decodeScenario(data);
  const issues = (Either.isLeft(decoded) ? describeIssue(decoded.left.issue, homeOfKey) : []).concat(
    changeEntryIssues(data),
    uncertainIssues(data),
    calibrationIssues(data),
    translationIssues(data),
  );
  if (Either.isLeft(decoded) || issues.length > 0) return fail(issues.map(place));
  const applied = [...appliedChangeIssues(decoded.right), ...peopleOffIssues(decoded.right)];
  return applied.length === 0 ? Either.right(decoded.right) : fail(applied.map(place));
};

const placer =
  (file: string, locate: Locator, sourcePath: (path: Path) => Path) =>
  (issue: RawIssue): ScenarioIssue => {
    const path = sourcePath(issue.path);
    return { file, ...locate(path, issue.at), path: issue.shownPath ?? formatPath(path), message: issue.message };
  };

/**
 * Reads a scenario from YAML or JSON text. Every problem in the file is reported at once, each with its line,
 * column and path; the function never throws for bad input.
 *
 * @param text the file's contents
 * @param fileName the name to show in messages (e.g. "scenarios/cases/mts.yaml")
 */
export const loadScenario = (text: string, fileName: string): Either.Either<Scenario, ScenarioError> => {
  const read = readYaml(text);
  if (!read.ok) return fail(read.issues.map((issue) => ({ file: fileName, ...issue, path: "" })));
  const { doc, lineCounter, value } = read.read;
  const locate = makeLocator(doc, lineCounter);
  if (!isRecord(value))
    return fail([{ file: fileName, ...locate([], "value"), path: "", message: notAMapping(value) }]);
  const migrated = migrate(value);
  if (!migrated.ok) {
    return fail([
      { file: fileName, ...locate(["schemaVersion"], "value"), path: "schemaVersion", message: migrated.message },
    ]);
  }
  return decodeData(migrated.data, placer(fileName, locate, migrated.sourcePath));
};

/** `loadScenario` as an Effect, for Effect programs (the CLI and the runner). */
export const loadScenarioEffect = (text: string, fileName: string): Effect.Effect<Scenario, ScenarioError> =>
  Either.match(loadScenario(text, fileName), { onLeft: Effect.fail, onRight: Effect.succeed });

/** Result of `loadScenarioResult`: plain data, for callers that use neither Effect nor Either (e.g. a web worker). */
export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly issues: ReadonlyArray<ScenarioIssue>; readonly text: string };

/** `loadScenario` with a plain result object; `text` is the formatted report of the issues. */
export const loadScenarioResult = (text: string, fileName: string): LoadResult =>
  Either.match(loadScenario(text, fileName), {
    onLeft: (error): LoadResult => ({ ok: false, issues: error.issues, text: error.format() }),
    onRight: (scenario): LoadResult => ({ ok: true, scenario }),
  });
