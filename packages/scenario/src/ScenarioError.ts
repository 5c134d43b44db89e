/**
 * The one error type for bad scenario input (design rule 9): every problem with its file, line, column and
 * path, in plain words. The CLI prints `format()` and exits with code 2; no stack trace, no Effect internals.
 */
import { Data } from "effect";

/** One problem in a scenario file. Lines and columns count from 1. */
export interface ScenarioIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Where in the scenario, e.g. `demand.voice.handleTimeSec` or `variants[1].set["pay.scheme"]`; "" for the file. */
  readonly path: string;
  /** What was expected and what was found. */
  readonly message: string;
}

/** Formats one issue as `file:line:column path: message`. */
export const formatIssue = (issue: ScenarioIssue): string =>
  `${issue.file}:${issue.line}:${issue.column} ${issue.path === "" ? "" : `${issue.path}: `}${issue.message}`;

/** Bad scenario input: one or more located problems, all found in one pass. */
export class ScenarioError extends Data.TaggedError("ScenarioError")<{
  readonly issues: ReadonlyArray<ScenarioIssue>;
}> {
  /** One line per problem, in file order: `scenarios/x.yaml:12:5 demand.voice.handleTimeSec: expected ...`. */
  format(): string {
    return this.issues.map(formatIssue).join("\n");
  }

  override get message(): string {
    return this.format();
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path for people: keys joined by dots, list positions in brackets, odd keys (such as the dotted keys of
 * a `set`) quoted in brackets. `prefix` is an already formatted path to continue.
 */
export const formatPath = (path: ReadonlyArray<PropertyKey>, prefix = ""): string =>
  path.reduce<string>((out, step) => {
    if (typeof step === "number") return `${out}[${step}]`;
    const key = String(step);
    if (!IDENTIFIER.test(key)) return `${out}[${JSON.stringify(key)}]`;
    return out === "" ? key : `${out}.${key}`;
  }, prefix);

/** Orders issues by position and drops exact repeats, so output is stable and readable. */
export const sortIssues = (issues: ReadonlyArray<ScenarioIssue>): ReadonlyArray<ScenarioIssue> => {
  const seen = new Set<string>();
  return [...issues]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((issue) => {
      const key = formatIssue(issue);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};
