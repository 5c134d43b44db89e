// The committed reference table is reproduced by an oracle that shares no formula with src/ (see
// birthDeathOracle.ts). REFERENCE_UPDATE=1 is not offered on purpose: the table is the published fact, and a
// disagreement means the oracle or the table is wrong, which a human must look at.
import { describe, expect, it } from "vitest";
import { birthDeathOracle, type OracleMetrics } from "./birthDeathOracle.js";
import { referenceCases, type ReferenceFigures } from "./referenceCases.js";

const FIELDS = ["p_wait", "p_aband", "sl_ans", "sl_wait", "sl_excl", "asa_ans", "ew_all", "occ"] as const;

function expectAgrees(oracle: OracleMetrics, ref: ReferenceFigures, label: string): void {
  for (const field of FIELDS) {
    const error = Math.abs(oracle[field] - ref[field]) / Math.max(Math.abs(ref[field]), 1e-12);
    expect(error, `${label} ${field}: oracle ${oracle[field]} vs table ${ref[field]}`).toBeLessThanOrEqual(1e-9);
  }
  if (ref.p_ab_given_wait !== undefined) expect(oracle.p_ab_given_wait).toBeCloseTo(ref.p_ab_given_wait, 9);
  if (ref.asa_if_wait !== undefined) expect(oracle.asa_if_wait).toBeCloseTo(ref.asa_if_wait, 7);
}

describe.each(referenceCases)("reference case $case", (c) => {
  const input = { callsPerHour: c.lam_per_hour, ahtSec: c.aht_s, agents: c.n, thresholdSec: c.t_s };

  it.runIf(c.erlang_c !== null)("the birth-death oracle reproduces the Erlang C row to 1e-9", () => {
    if (c.erlang_c === null) return;
    expectAgrees(birthDeathOracle(input), c.erlang_c, `${c.case} C`);
  });

  it.runIf(c.erlang_a !== null && c.patience_s !== null)(
    "the birth-death oracle reproduces the Erlang A row to 1e-9",
    () => {
      if (c.erlang_a === null || c.patience_s === null) return;
      expectAgrees(birthDeathOracle({ ...input, patienceSec: c.patience_s }), c.erlang_a, `${c.case} A`);
    },
  );

  it.runIf(c.erlang_c === null)("the oracle refuses Erlang C where the table has no row (load >= agents)", () => {
    expect(() => birthDeathOracle(input)).toThrow(/no steady state/);
  });
});
