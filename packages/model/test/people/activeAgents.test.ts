// The employed-agent list the people layer's daily loops walk: ascending, free of leavers, new hires appended.
import { describe, expect, it } from "vitest";
import { AgentPool, STAGE } from "../../src/index.js";
import { ActiveAgents, NEWCOMER_STAGES } from "../../src/people/ActiveAgents.js";

// sync() first: it may replace the array.
const listed = (active: ActiveAgents): number[] => {
  const n = active.sync();
  return [...active.indices.subarray(0, n)];
};

describe("active agents", () => {
  it("lists the employed agents in index order, drops leavers and appends hires past the pool's first capacity", () => {
    const pool = new AgentPool(2);
    const active = new ActiveAgents(pool);
    for (let a = 0; a < 5; a++) pool.add(1, 1, 0);
    expect(listed(active)).toEqual([0, 1, 2, 3, 4]);
    pool.stage[1] = STAGE.left;
    pool.stage[3] = STAGE.left;
    active.dropLeavers();
    for (let a = 0; a < 100; a++) pool.add(1, 1, 0);
    pool.stage[104] = STAGE.left;
    const expected = [0, 2, 4, ...Array.from({ length: 99 }, (_, k) => 5 + k)];
    expect(listed(active)).toEqual(expected);
    for (let a = 0; a < pool.count; a++) expect(listed(active).includes(a)).toBe(pool.stage[a] !== STAGE.left);
  });

  it("with a set of stages, lists only the agents in them and drops those who move on", () => {
    const pool = new AgentPool(2);
    const newcomers = new ActiveAgents(pool, NEWCOMER_STAGES);
    for (let a = 0; a < 6; a++) pool.add(1, 1, 0);
    pool.stage[1] = STAGE.training;
    pool.stage[2] = STAGE.nesting;
    pool.stage[4] = STAGE.training;
    expect(listed(newcomers)).toEqual([1, 2, 4]);
    pool.stage[2] = STAGE.proficient;
    pool.stage[4] = STAGE.left;
    pool.add(1, 1, 0);
    pool.stage[6] = STAGE.training;
    newcomers.dropLeavers();
    expect(listed(newcomers)).toEqual([1, 6]);
  });
});
