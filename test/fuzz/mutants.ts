/**
 * The scenario fuzz corpus, as a generator and a seed rather than 600 files: the mutants are derived from the
 * generated JSON Schema, so a new numeric field is fuzzed the day it is added, and the corpus stays a page of
 * code in the repository instead of megabytes of near-identical YAML. The seed makes it reproducible: a failing
 * mutant is named by its id (`bound:<path>:<n>` or `random:<n>`), and `generateMutants().find((m) => m.id === id)`
 * gives back its scenario to save as a file.
 *
 * Every numeric leaf of the schema is set, one at a time, to its minimum, to just above an exclusive minimum,
 * and to its maximum; then seeded random mutations set 1 to 4 fields at once to a bound or a random value in
 * range (log-uniform where the range spans decades), which is where cross-field preconditions hide.
 */
import { readFileSync } from "node:fs";

/** The master seed of the corpus. Change it only on purpose: the corpus is a regression set. */
export const FUZZ_SEED = 0x5eed_2026;
/** Random mutants on top of the bound mutants. */
export const RANDOM_MUTANTS = 420;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface JsonSchema {
  readonly type?: string;
  readonly properties?: Record<string, JsonSchema>;
  readonly items?: JsonSchema;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
}

/** One numeric field: where it is in a scenario and its range. */
export interface NumericField {
  readonly path: readonly (string | number)[];
  readonly min: number;
  readonly max: number;
  readonly minOpen: boolean;
  readonly maxOpen: boolean;
  readonly integer: boolean;
}

export interface Mutant {
  readonly id: string;
  readonly scenario: Json;
}

/**
 * The base every mutant starts from: both channels, every section present and every list with one entry, so
 * that every numeric field has a place; short (3 months) so that 600 runs fit in a test.
 */
export const baseScenario = (): { [key: string]: Json } => ({
  schemaVersion: 1,
  name: "fuzz base",
  replications: 1,
  fidelity: "interval",
  calendar: { startDate: "2024-01", horizonMonths: 3, warmupMonths: 1, openHour: 8, closeHour: 20 },
  demand: {
    voice: {
      monthlyVolume: 20000,
      handleTimeSec: 300,
      intradayShares: [1, 2, 3, 3, 3, 2, 2, 3, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    },
    chat: { monthlyVolumeSeries: [5000, 6000], handleTimeSec: 400 },
  },
  operations: {
    initialHeadcount: { training: 2, nesting: 2, proficient: 30, remoteShare: 0.2 },
    skills: { voiceOnly: 0.3, chatOnly: 0.2, multiSkill: 0.5 },
    shifts: [{ name: "day", lengthHours: 8, startTimes: ["08:00", "12:00"] }],
  },
  labourMarket: { hhIndex: [{ month: "2024-01", value: 4 }], marketWageSeries: [{ month: "2024-01", value: 55000 }] },
  recruiting: { hiringMode: "mixed" },
  training: { online: true, cultureFirst: true },
  attrition: { calibrateToMonthlyAttrition: 0.04 },
  pay: { scheme: "piece-rate-tnps", tnpsTiers: [{ minTnps: -100, rateMultiplier: 1 }] },
  interventions: [{ from: "2024-02", set: { "pay.salaryPerMonth": 60000 } }],
  variants: [{ name: "v", set: { "motivation.kpiClarity": 0.9 } }],
  reported: [{ kpi: "serviceLevel", value: 0.8, unit: "fraction", tolerance: 0.1, month: "2024-02" }],
  targets: {
    minServiceLevel: 0.8,
    maxAbandonRate: 0.05,
    maxMonthlyAttrition: 0.04,
    minStaffingSufficiency: 0.9,
    minTnps: 0,
    minEnps: 0,
    maxCostPerContact: 100,
  },
});

/** Every numeric leaf of the schema that the base scenario can hold (lists: their first entry). */
export function numericFields(schema: JsonSchema, base: Json, path: (string | number)[] = []): NumericField[] {
  if (schema.type === "number" || schema.type === "integer") {
    const minOpen = schema.exclusiveMinimum !== undefined;
    const maxOpen = schema.exclusiveMaximum !== undefined;
    return [
      {
        path,
        min: schema.exclusiveMinimum ?? schema.minimum ?? -1e9,
        max: schema.exclusiveMaximum ?? schema.maximum ?? 1e9,
        minOpen,
        maxOpen,
        integer: schema.type === "integer",
      },
    ];
  }
  if (schema.properties !== undefined) {
    const here = base !== null && typeof base === "object" && !Array.isArray(base) ? base : {};
    return Object.entries(schema.properties).flatMap(([key, child]) =>
      key === "schemaVersion" ? [] : numericFields(child, here[key] ?? null, [...path, key]),
    );
  }
  if (schema.type === "array" && schema.items !== undefined && Array.isArray(base) && base.length > 0) {
    return numericFields(schema.items, base[0]!, [...path, 0]);
  }
  return [];
}

/** mulberry32: a tiny seeded generator, enough for picking mutations (the simulation has its own streams). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clone = <T extends Json>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function setAt(root: Json, path: readonly (string | number)[], value: number): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null) node[key] = {};
    node = node[key] as Record<string | number, Json>;
  }
  node[path[path.length - 1]!] = value;
}

/** The smallest value of a field: its minimum, or just above an open one (the tightest number a user can write). */
const lowest = (f: NumericField): number => (f.minOpen ? (f.integer ? f.min + 1 : f.min + 1e-9) : f.min);
const highest = (f: NumericField): number => (f.maxOpen ? (f.integer ? f.max - 1 : f.max - 1e-9) : f.max);

function randomValue(f: NumericField, random: () => number): number {
  const pick = random();
  if (pick < 0.25) return lowest(f);
  if (pick < 0.45) return highest(f);
  const lo = lowest(f);
  const hi = highest(f);
  const logUniform = lo > 0 && hi / lo > 1000 && random() < 0.6;
  const x = logUniform ? Math.exp(Math.log(lo) + random() * (Math.log(hi) - Math.log(lo))) : lo + random() * (hi - lo);
  return f.integer ? Math.round(Math.min(hi, Math.max(lo, x))) : x;
}

/** The whole corpus: bound mutants (two or three per field) and then the random ones, in a fixed order. */
export function generateMutants(
  schemaPath = new URL("../../scenarios/scenario.schema.json", import.meta.url),
): Mutant[] {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as JsonSchema;
  const base = baseScenario();
  const fields = numericFields(schema, base);
  const mutants: Mutant[] = [];
  for (const f of fields) {
    const name = f.path.join(".");
    const values = [lowest(f), highest(f)];
    if (f.minOpen) values.push(f.integer ? f.min + 2 : f.min + 1e-6);
    for (const [i, v] of values.entries()) {
      const s = clone(base);
      setAt(s, f.path, v);
      mutants.push({ id: `bound:${name}:${i}`, scenario: s });
    }
  }
  const random = prng(FUZZ_SEED);
  for (let i = 0; i < RANDOM_MUTANTS; i++) {
    const s = clone(base);
    const n = 1 + Math.floor(random() * 4);
    for (let j = 0; j < n; j++) {
      const f = fields[Math.floor(random() * fields.length)]!;
      setAt(s, f.path, randomValue(f, random));
    }
    mutants.push({ id: `random:${i}`, scenario: s });
  }
  return mutants;
}
