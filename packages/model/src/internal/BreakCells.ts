/**
 * Cells of shift blocks alike: the same skill group, start, length and break offsets. Blocks of one cell are on the
 * phones in the same intervals, so the sums credited for them are the same (`AgentCredit` works them out once per
 * cell and day instead of once per agent). Break offsets come from `BreakOffsets` tables, one per block length and
 * break count, with a row of offsets per roster position; positions whose rows are equal share a pattern.
 */
export class BreakCells {
  /** Cell ids handed out are below this. */
  count = 0;
  /** Per table, the first of its cell ids (in units of intervalsPerDay x 4) and the pattern of each roster position. */
  private readonly tables: Int32Array[] = [];
  private readonly kept: { readonly base: number; readonly ids: Int32Array }[] = [];
  /** The table in use, kept at hand: most blocks of a day have the same length. */
  private table: Int32Array = new Int32Array(0);
  private ids: Int32Array = new Int32Array(0);
  private base = 0;

  constructor(private readonly intervalsPerDay: number) {}

  /** The cell of a block starting at interval `start`, of skill group `group`, with row `order` of `table`. */
  cellOf(table: Int32Array, breaks: number, order: number, start: number, group: number): number {
    if (table !== this.table) this.use(table, breaks);
    return ((this.base + this.ids[order]!) * this.intervalsPerDay + start) * 4 + group;
  }

  /** Makes `table` the one in use, numbering its patterns the first time it is seen. */
  private use(table: Int32Array, breaks: number): void {
    // (A scan of the few tables seen: quicker than a Map keyed by objects, and blocks of two lengths alternate.)
    let kept = this.kept[this.tables.indexOf(table)];
    if (kept === undefined) {
      const ids = new Int32Array(table.length / breaks);
      const seen = new Map<string, number>();
      for (let order = 0; order < ids.length; order++) {
        const row = table.subarray(order * breaks, (order + 1) * breaks).join(",");
        let id = seen.get(row);
        if (id === undefined) seen.set(row, (id = seen.size));
        ids[order] = id;
      }
      // A range of cell ids of its own per table (a table regrown for more roster positions is a new one).
      kept = { base: this.count / (4 * this.intervalsPerDay), ids };
      this.tables.push(table);
      this.kept.push(kept);
      this.count += seen.size * 4 * this.intervalsPerDay;
    }
    this.table = table;
    this.ids = kept.ids;
    this.base = kept.base;
  }
}
