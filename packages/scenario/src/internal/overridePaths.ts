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

/**
 * Settings of the run that every variant (and every point of a sweep) shares with the baseline, so that their
 * differences are paired: one that sets its own runs exactly as the baseline. `applyOverrides` itself accepts them,
 * since the playground and tools apply run settings to the scenario they run (not as a variant of it).
 */
const SHARED_RUN_SETTINGS = new Set(["seed", "replications", "fidelity"]);

/**
 * The problem with a variant's (or a sweep axis's) `key` that is a run setting every variant shares, if it is one.
 * Worded for who sets it: a sweep's user wrote an axis, not a variant.
 */
export const sharedRunSettingIssue = (key: string, who: "variant" | "sweep axis" = "variant"): RawIssue | undefined =>
  SHARED_RUN_SETTINGS.has(key)
    ? {
        path: [],
        at: "key",
        message:
          who === "variant"
            ? `a variant cannot set ${key}: every variant runs with the file's seed, replications and fidelity (the ` +
              "same random numbers, so the comparison is paired), so it would run as the scenario without it; set it " +
              "in the file or as a run option"
            : `a sweep axis cannot set ${key}: every point of a sweep runs with the file's seed, replications and ` +
              "fidelity (the same random numbers, so neighbouring points are paired), so every point would give the " +
              "same result; set it in the file or as a run option",
      }
    : undefined;

/** What a demand file's settings would need: it is read once, with the scenario file, before any change applies. */
const DEMAND_FILE_READ_ONCE =
  "the file is read once, for the scenario file, before variants and interventions apply, so the change would " +
  "run as the scenario without it; write a scenario file of its own, or set the fields the file fills " +
  "(monthlyVolume, dayOfWeekShares, intradayShares, handleTimeSec, ...)";

/** Why a field of the starting workforce or of every agent's draw cannot change during a run. */
const STARTING_WORKFORCE = "it is the workforce on the start date, which a dated change cannot reach; use a variant";
const AGENT_DRAWS =
  "every agent's is drawn from the run's own value, the starting ones' and the hires' alike, so a dated change " +
  "would reach no one; use a variant";

/**
 * Fields below the top level each kind may not change, with the reason: the change would validate and run as if it
 * were not there (found by scripts/audit-inert-parameters.mjs). A path covers the fields under it.
 */
const NOT_OVERRIDABLE_PATHS: Record<OverrideKind, ReadonlyMap<string, string>> = {
  variant: new Map([
    ["demand.voice.demandFile", DEMAND_FILE_READ_ONCE],
    ["demand.chat.demandFile", DEMAND_FILE_READ_ONCE],
  ]),
  intervention: new Map([
    ["demand.voice.demandFile", DEMAND_FILE_READ_ONCE],
    ["demand.chat.demandFile", DEMAND_FILE_READ_ONCE],
    ["simulatePeople", "the people layer is there for the whole run or not at all; use a variant"],
    ["operations.initialHeadcount", STARTING_WORKFORCE],
    ["operations.skills", AGENT_DRAWS],
    ["operations.speedFactorSigma", AGENT_DRAWS],
  ]),
};

/**
 * The field of NOT_OVERRIDABLE_PATHS that setting `key` to `value` would change: `key` itself or a field above it,
 * or, for a mapping set whole (`operations: {...}`), a field the mapping gives.
 */
const refusedPath = (key: string, value: unknown, kind: OverrideKind): readonly [string, string] | undefined =>
  [...NOT_OVERRIDABLE_PATHS[kind]].find(([path]) => {
    if (key === path || key.startsWith(`${path}.`)) return true;
    if (!path.startsWith(`${key}.`)) return false;
    const inside = path.slice(key.length + 1).split(".");
    return inside.reduce<unknown>((x, step) => (isRecord(x) ? x[step] : undefined), value) !== undefined;
  });

const PATHS = allPaths(ScenarioFields.ast);
const DOTTED = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;

/** Leaf name -> every full path that ends in it. */
const HOMES: ReadonlyMap<string, ReadonlyArray<string>> = (() => {
  const byLeaf = new Map<string, Array<string>>();
  for (const path of PATHS) {
    const leaf = path.slice(path.lastIndexOf(".") + 1);
    byLeaf.set(leaf, [...(byLeaf.get(leaf) ?? []), path]);
  }
  return byLeaf;
})();

/** Most places named for a key that fits several: more would be a list of the schema, not a hint. */
const MAX_HOMES = 3;

/**
 * Where a key written in the wrong place belongs: the one path with that name ("shrinkage" -> operations.shrinkage),
 * or, when several fields share it, those under the mapping it was written in (`handleTimeSec` one level too
 * shallow, under `demand`: demand.voice.handleTimeSec or demand.chat.handleTimeSec), else all of them while they
 * are few. `where` is the path of that mapping; list positions in it are skipped, as the schema's paths have none.
 */
export const homeOfKey = (key: string, where: ReadonlyArray<PropertyKey> = []): string | undefined => {
  const all = HOMES.get(key) ?? [];
  if (all.length === 1) return all[0];
  const prefix = where.filter((step) => typeof step === "string").join(".");
  const under = all.filter((path) => path.startsWith(`${prefix}.`));
  const near = under.length > 0 ? under : all;
  return near.length > 0 && near.length <= MAX_HOMES ? near.join(" or ") : undefined;
};

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
  if (reason !== undefined)
    return [{ path: [], at: "key", message: `${article(kind)} ${kind} cannot set ${root}: ${reason}` }];
  const refused = refusedPath(key, value, kind);
  if (refused !== undefined)
    return [{ path: [], at: "key", message: `${article(kind)} ${kind} cannot set ${refused[0]}: ${refused[1]}` }];
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

const article = (kind: OverrideKind): string => (kind === "intervention" ? "an" : "a");

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
