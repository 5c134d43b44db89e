// Cells of shift blocks alike (BreakCells): blocks share a cell exactly when their group, start, length and break
// offsets agree, so AgentCredit may reuse one block's sums for another of its cell.
import { describe, expect, it } from "vitest";
import { BreakOffsets } from "../src/internal/BreakOffsets.js";
import { BreakCells } from "../src/internal/BreakCells.js";

const PER_DAY = 28;

describe("cells of shift blocks alike", () => {
  it("roster positions share a cell exactly when their break offsets are the same", () => {
    const offsets = new BreakOffsets();
    const cells = new BreakCells(PER_DAY);
    const breaks = 3;
    const table = offsets.table(16, breaks, 200);
    const rowOf = (order: number) => table.subarray(order * breaks, (order + 1) * breaks).join(",");
    let shared = 0;
    for (let x = 0; x < 200; x++)
      for (let y = x + 1; y < 200; y++) {
        const same = cells.cellOf(table, breaks, x, 4, 1) === cells.cellOf(table, breaks, y, 4, 1);
        expect(same).toBe(rowOf(x) === rowOf(y));
        if (same) shared++;
      }
    // The point of cells: few patterns for many agents.
    expect(shared).toBeGreaterThan(1000);
    expect(cells.cellOf(table, breaks, 0, 4, 1)).toBeLessThan(cells.count);
  });

  it("another start, group, length or break count is another cell", () => {
    const offsets = new BreakOffsets();
    const cells = new BreakCells(PER_DAY);
    const a = offsets.table(16, 3, 50);
    const ids = new Set<number>();
    for (let start = 0; start < PER_DAY - 16; start++)
      for (let group = 1; group < 4; group++) ids.add(cells.cellOf(a, 3, 0, start, group));
    expect(ids.size).toBe((PER_DAY - 16) * 3);
    const b = offsets.table(18, 3, 50);
    const c = offsets.table(16, 4, 50);
    for (const [table, breaks] of [
      [b, 3],
      [c, 4],
    ] as const)
      for (let start = 0; start < PER_DAY - 18; start++)
        for (let group = 1; group < 4; group++) {
          const id = cells.cellOf(table, breaks, 0, start, group);
          expect(ids.has(id)).toBe(false);
          ids.add(id);
        }
    for (const id of ids) expect(id).toBeLessThan(cells.count);
  });

  it("spreads each cell's head count and rate onto its breaks as agent-by-agent placing would", () => {
    const offsets = new BreakOffsets();
    const cells = new BreakCells(PER_DAY);
    const breakAt = new Int32Array(1000);
    const size = 4 * PER_DAY,
      steps = 4 * (PER_DAY + 1);
    const [onBreak, shortBreaks, joins, leaves] = [size, size, steps, steps].map((n) => new Int32Array(n));
    const [rateOnBreak, notOnBreak] = [new Float64Array(size), new Float64Array(size)];
    const expected = {
      onBreak: new Int32Array(size),
      rate: new Float64Array(size),
      shortBreaks: new Int32Array(size),
      notOnBreak: new Float64Array(size),
      joins: new Int32Array(steps),
      leaves: new Int32Array(steps),
    };
    cells.startDay();
    let written = 0;
    // Blocks of two kinds (the shorter with a part break, in group 3 from interval 2), 60 roster positions.
    for (let order = 0; order < 60; order++) {
      const length = order % 2 === 0 ? 16 : 10,
        breaks = order % 2 === 0 ? 3 : 2,
        part = order % 2 === 0 ? 0 : 0.5;
      const start = 2 * (order % 2),
        group = 1 + 2 * (order % 2),
        rate = 0.8 + order / 100;
      const table = offsets.table(length, breaks, 60);
      const cell = cells.cellOf(table, breaks, order, start, group);
      if (!cells.isOpen(cell)) {
        for (let k = 0; k < breaks; k++) breakAt[written + k] = start + table[order * breaks + k]!;
        cells.open(cell, written, length, breaks, part);
        written += breaks;
      }
      cells.add(cell, rate);
      // Agent by agent, as ShiftPlacement placed breaks before cells.
      const at = Array.from({ length: breaks }, (_, k) => start + table[order * breaks + k]!);
      for (const i of at) {
        expected.onBreak[group * PER_DAY + i]! += 1;
        expected.rate[group * PER_DAY + i]! += rate;
      }
      const last = at[breaks - 1]!;
      if (part > 0) {
        expected.shortBreaks[group * PER_DAY + last]! += 1;
        expected.notOnBreak[group * PER_DAY + last]! += 1 - part;
        expected.rate[group * PER_DAY + last]! -= rate * (1 - part);
      }
      const row = group * (PER_DAY + 1);
      if (at[0] === start) {
        expected.joins[row + start]! -= 1;
        expected.leaves[row + start]! -= 1;
      }
      if (last === start + length - 1 && part === 0) {
        expected.joins[row + start + length]! -= 1;
        expected.leaves[row + start + length]! -= 1;
      }
    }
    // Fewer breaks written than agents' breaks: the point of cells.
    expect(written).toBeLessThan((30 * 3 + 30 * 2) / 2);
    cells.spread(breakAt, onBreak!, rateOnBreak, notOnBreak, shortBreaks!, joins!, leaves!);
    expect(onBreak).toEqual(expected.onBreak);
    expect(shortBreaks).toEqual(expected.shortBreaks);
    expect(joins).toEqual(expected.joins);
    expect(leaves).toEqual(expected.leaves);
    // Rates summed per cell, not per agent: equal to rounding.
    for (let k = 0; k < size; k++) {
      expect(rateOnBreak[k]).toBeCloseTo(expected.rate[k]!, 12);
      expect(notOnBreak[k]).toBeCloseTo(expected.notOnBreak[k]!, 12);
    }
    expect(expected.onBreak.reduce((x, y) => x + y, 0)).toBeGreaterThan(100);
  });
});
