/**
 * Scenario format versions (design rule 8). Every file states `schemaVersion`; files written for an older
 * version are migrated step by step to the current one before decoding, and problems found afterwards are still
 * reported at the file's own keys (each step records what it renamed).
 *
 * Version 0 is the pre-release draft format. It differs from version 1 only in naming the mean handle time
 * `ahtSec` instead of `handleTimeSec`; it is kept mainly so the migration mechanism is exercised by tests.
 */
import { isRecord, type Data } from "./internal/isRecord.js";
import { CURRENT_SCHEMA_VERSION } from "./Scenario.js";

type Path = ReadonlyArray<PropertyKey>;

/** A renamed location: `to` in the migrated data was `from` in the file. */
export interface Rename {
  readonly from: Path;
  readonly to: Path;
}

/** One step from version `from` to `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly description: string;
  readonly up: (data: Data) => { readonly data: Data; readonly renames: ReadonlyArray<Rename> };
}

/** Result of migrating: the data in the current format and a way back to the file's own paths. */
export type MigrationResult =
  | { readonly ok: true; readonly data: Data; readonly fromVersion: number; readonly sourcePath: (path: Path) => Path }
  | { readonly ok: false; readonly message: string };

/** Renames a key keeping the key order (so re-encoded files keep their layout). */
const renameKey = (record: Data, from: string, to: string): Data =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k === from ? to : k, v]));

const renameHandleTime = (data: Data): { data: Data; renames: Array<Rename> } => {
  const renames: Array<Rename> = [];
  const demand = data["demand"];
  if (!isRecord(demand)) return { data, renames };
  const channels = Object.fromEntries(
    Object.entries(demand).map(([name, channel]) => {
      if (!isRecord(channel) || !("ahtSec" in channel) || "handleTimeSec" in channel) return [name, channel];
      renames.push({ from: ["demand", name, "ahtSec"], to: ["demand", name, "handleTimeSec"] });
      return [name, renameKey(channel, "ahtSec", "handleTimeSec")];
    }),
  );
  return { data: { ...data, demand: channels }, renames };
};

/** Dotted override keys (`demand.voice.ahtSec`) in variants and interventions are renamed too. */
const renameOverrideKeys = (data: Data, listName: string): { data: Data; renames: Array<Rename> } => {
  const renames: Array<Rename> = [];
  const list = data[listName];
  if (!Array.isArray(list)) return { data, renames };
  const migrated = list.map((entry: unknown, i) => {
    if (!isRecord(entry) || !isRecord(entry["set"])) return entry;
    let set = entry["set"];
    for (const key of Object.keys(set)) {
      const renamed = key.replace(/^(demand\.[A-Za-z]+)\.ahtSec$/, "$1.handleTimeSec");
      if (renamed === key || renamed in set) continue;
      set = renameKey(set, key, renamed);
      renames.push({ from: [listName, i, "set", key], to: [listName, i, "set", renamed] });
    }
    return { ...entry, set };
  });
  return { data: { ...data, [listName]: migrated }, renames };
};

/** All migrations, oldest first. */
export const MIGRATIONS: ReadonlyArray<Migration> = [
  {
    from: 0,
    description: "demand.<channel>.ahtSec renamed to handleTimeSec",
    up: (data) => {
      const a = renameHandleTime(data);
      const b = renameOverrideKeys(a.data, "variants");
      const c = renameOverrideKeys(b.data, "interventions");
      return { data: { ...c.data, schemaVersion: 1 }, renames: [...a.renames, ...b.renames, ...c.renames] };
    },
  },
];

const OLDEST_VERSION = MIGRATIONS[0]?.from ?? CURRENT_SCHEMA_VERSION;

const startsWith = (path: Path, prefix: Path): boolean => prefix.every((step, i) => path[i] === step);

/** Maps a path in migrated data back through the renames, newest step first. */
const sourcePathThrough =
  (steps: ReadonlyArray<ReadonlyArray<Rename>>) =>
  (path: Path): Path =>
    steps.reduceRight<Path>((p, renames) => {
      const rename = renames.find((r) => startsWith(p, r.to));
      return rename === undefined ? p : [...rename.from, ...p.slice(rename.to.length)];
    }, path);

const versionProblem = (version: unknown): string | undefined => {
  if (version === undefined) {
    return `missing: add \`schemaVersion: ${CURRENT_SCHEMA_VERSION}\` at the top of the file (the scenario format version it is written for)`;
  }
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return `expected a whole number such as ${CURRENT_SCHEMA_VERSION}, found ${JSON.stringify(version) ?? typeof version}`;
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return (
      `this file is written for scenario format version ${version}, but this ccsim reads versions up to ` +
      `${CURRENT_SCHEMA_VERSION}: update ccsim`
    );
  }
  if (version < OLDEST_VERSION) {
    return `${version} is not a scenario format version; versions ${OLDEST_VERSION} to ${CURRENT_SCHEMA_VERSION} are read`;
  }
  return undefined;
};

/**
 * Brings raw file data (after YAML parsing, before decoding) to the current format. A missing, malformed or
 * newer `schemaVersion` is refused with a plain message.
 */
export const migrate = (data: Data): MigrationResult => {
  const version = data["schemaVersion"];
  const problem = versionProblem(version);
  if (problem !== undefined) return { ok: false, message: problem };
  const fromVersion = version as number;
  let current = data;
  const steps: Array<ReadonlyArray<Rename>> = [];
  for (const migration of MIGRATIONS) {
    if (migration.from < fromVersion) continue;
    const next = migration.up(current);
    current = next.data;
    steps.push(next.renames);
  }
  return { ok: true, data: current, fromVersion, sourcePath: sourcePathThrough(steps) };
};
