/**
 * The `set` mappings of variants and interventions: checking that each dotted path names a field and that its
 * value suits that field, and writing a value at a path.
 */
import { Either, Schema } from "effect";
import { STRICT, ScenarioFields } from "../Scenario.js";
import { isRecord, type Data } from "./isRecord.js";
import { describeIssue, type RawIssue } from "./describeIssues.js";
import { allPaths, fieldAt } from "./schemaPaths.js";
import { nearest } from "./suggest.js";

/** Who is changing parameters: a variant (before the run) or an intervention (during it). */
export type OverrideKind = "variant" | "intervention";

/** Top-level fields each kind may not change, with the reason. */
const NOT_OVERRIDABLE: Record<OverrideKind, ReadonlyMap<string, string>> = {
  variant: new Map([
    ["schemaVersion", "the file format cannot differ between variants"],
    ["variants", "variants cannot define variants"],
    ["calibration", "it records how the file's own values were fitted"],
  ]),
  intervention: new Map(
    [
      "schemaVersion",
      "name",
      "description",
      "seed",
      "replications",
      "fidelity",
      "currency",
      "calendar",
      "interventions",
      "variants",
      "reported",
      "calibration",
    ].map((key) => [key, "it cannot change during a run; use a variant to compare a different value"]),
  ),
};

const PATHS = allPaths(ScenarioFields.ast);
const DOTTED = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;

/** Leaf name -> its full path, for names that occur once in the schema (so the answer is unambiguous). */
const HOMES: ReadonlyMap<string, string> = (() => {
  const byLeaf = new Map<string, Array<string>>();
  for (const path of PATHS) {
    const leaf = path.slice(path.lastIndexOf(".") + 1);
    byLeaf.set(leaf, [...(byLeaf.get(leaf) ?? []), path]);
  }
  return new Map(
    [...byLeaf].flatMap(([leaf, paths]) => (paths.length === 1 && paths[0] !== undefined ? [[leaf, paths[0]]] : [])),
  );
})();

/** Where a key written in the wrong place belongs ("shrinkage" -> operations.shrinkage), if that is unambiguous. */
export const homeOfKey = (key: string): string | undefined => HOMES.get(key);

/**
 * Problems with one `set` entry, with paths relative to the entry's value. An unknown path is reported at the key,
 * a bad value at the value.
 */
export const checkOverrideEntry = (key: string, value: unknown, kind: OverrideKind): ReadonlyArray<RawIssue> => {
  if (!DOTTED.test(key)) {
    return [
      { path: [], at: "key", message: `"${key}" is not a dotted parameter path such as demand.voice.handleTimeSec` },
    ];
  }
  const steps = key.split(".");
  const root = steps[0] ?? "";
  const reason = NOT_OVERRIDABLE[kind].get(root);
  if (reason !== undefined) return [{ path: [], at: "key", message: `an ${kind} cannot set ${root}: ${reason}` }];
  const ast = fieldAt(ScenarioFields.ast, steps);
  if (ast === undefined) {
    const near = nearest(key, PATHS);
    return [
      {
        path: [],
        at: "key",
        message: `unknown parameter path "${key}"${near === undefined ? "" : `: did you mean "${near}"?`}`,
      },
    ];
  }
  const decoded = Schema.decodeUnknownEither(Schema.make(ast), STRICT)(value);
  return Either.isLeft(decoded) ? describeIssue(decoded.left.issue, homeOfKey) : [];
};

/** Returns a copy of `data` with `value` at the dotted `key`, creating mappings on the way; never mutates. */
export const setPath = (data: Data, key: string, value: unknown): Data => {
  const [head, ...rest] = key.split(".");
  if (head === undefined) return data;
  if (rest.length === 0) return { ...data, [head]: value };
  const child = data[head];
  return { ...data, [head]: setPath(isRecord(child) ? child : {}, rest.join("."), value) };
};

/** Applies every entry of a `set` to raw (encoded) scenario data. */
export const setAll = (data: Data, set: Data): Data =>
  Object.entries(set).reduce<Data>((acc, [key, value]) => setPath(acc, key, value), data);
