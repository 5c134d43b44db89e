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
});
