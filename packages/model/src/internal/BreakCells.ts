/**
 * Cells of shift blocks alike: the same skill group, start, length and break offsets. Blocks of one cell are on the
 * phones in the same intervals, so their breaks are written once per cell and day (the cell's other blocks point at
 * them), the head count and service rate on break are added per cell rather than per agent and break (`spread`),
 * and `AgentCredit` works out the sums credited for them once per cell. Break offsets come from `BreakOffsets`
 * tables, one per block length and break count, with a row per roster position; equal rows share a pattern.
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
  /** Per cell: the day it was last opened, where its breaks start in the plan's `breakAt`, and today's blocks. */
  private openedOn = new Int32Array(0);
  /** Where each cell's breaks start in the plan's `breakAt` (valid on the day it was opened). */
  from = new Int32Array(0);
  private agents = new Int32Array(0);
  private rate = new Float64Array(0);
  private breaks = new Int32Array(0);
  private length = new Int32Array(0);
  private part = new Float64Array(0);
  /** The cells opened today, in order. */
  private opened = new Int32Array(0);
  private openedCount = 0;
  private day = 0;

  constructor(private readonly intervalsPerDay: number) {}

  /** The cell of a block starting at interval `start`, of skill group `group`, with row `order` of `table`. */
  cellOf(table: Int32Array, breaks: number, order: number, start: number, group: number): number {
    if (table !== this.table) this.use(table, breaks);
    return ((this.base + this.ids[order]!) * this.intervalsPerDay + start) * 4 + group;
  }

  /** A new day of placing: no cell open. */
  startDay(): void {
    this.day++;
    this.openedCount = 0;
  }

  /** Whether `cell` has been opened today. */
  isOpen(cell: number): boolean {
    return this.openedOn[cell] === this.day;
  }

  /** Opens `cell` for today, its breaks written at `from` in `breakAt`; a block of `length` with `breaks`, `part`. */
  open(cell: number, from: number, length: number, breaks: number, part: number): void {
    this.openedOn[cell] = this.day;
    this.from[cell] = from;
    this.agents[cell] = 0;
    this.rate[cell] = 0;
    this.length[cell] = length;
    this.breaks[cell] = breaks;
    this.part[cell] = part;
    this.opened[this.openedCount++] = cell;
  }

  /** One more block of an agent of service rate `rate` in the open `cell`. */
  add(cell: number, rate: number): void {
    this.agents[cell]! += 1;
    this.rate[cell]! += rate;
  }

  /**
   * Adds today's cells into the plan's per-group-and-interval sums (`[g * intervalsPerDay + i]`, and
   * `[g * (intervalsPerDay + 1) + i]` for joins and leaves): agents and rate on break; for a last break taking the
   * share `part` of its interval, the short breaks and the time not on break; and the comings and goings that a
   * break at the block's edge removes.
   */
  spread(
    breakAt: Int32Array,
    onBreak: Int32Array,
    rateOnBreak: Float64Array,
    notOnBreak: Float64Array,
    shortBreaks: Int32Array,
    joins: Int32Array,
    leaves: Int32Array,
  ): void {
    const perDay = this.intervalsPerDay;
    for (let c = 0; c < this.openedCount; c++) {
      const cell = this.opened[c]!;
      const group = cell & 3,
        start = (cell >> 2) % perDay;
      const n = this.agents[cell]!,
        rate = this.rate[cell]!,
        from = this.from[cell]!,
        breaks = this.breaks[cell]!,
        length = this.length[cell]!,
        part = this.part[cell]!;
      const row = group * perDay,
        stepRow = group * (perDay + 1);
      for (let k = from; k < from + breaks; k++) {
        onBreak[row + breakAt[k]!]! += n;
        rateOnBreak[row + breakAt[k]!]! += rate;
      }
      // Comings and goings are counted from these sums in `finishPlacing`, as if every break lay inside the block with
      // the agent on the phones on both sides of it (breaks are spread at least length / breaks >= 2 intervals apart
      // while break time is at most half the block, so they do not touch). A break in the block's first interval:
      // the agent comes on after it, not at the start and off again; a whole break in its last interval: the agent
      // does not come back at the end and go off again.
      const first = breakAt[from]!,
        last = breakAt[from + breaks - 1]!;
      if (part > 0) {
        shortBreaks[row + last]! += n;
        notOnBreak[row + last]! += n * (1 - part);
        rateOnBreak[row + last]! -= rate * (1 - part);
      }
      if (first === start) {
        joins[stepRow + start]! -= n;
        leaves[stepRow + start]! -= n;
      }
      if (last === start + length - 1 && part === 0) {
        joins[stepRow + start + length]! -= n;
        leaves[stepRow + start + length]! -= n;
      }
    }
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
      this.grow(this.count);
    }
    this.table = table;
    this.ids = kept.ids;
    this.base = kept.base;
  }

  private grow(count: number): void {
    const copy = <T extends Float64Array | Int32Array>(old: T, next: T): T => (next.set(old), next);
    this.openedOn = copy(this.openedOn, new Int32Array(count));
    this.from = copy(this.from, new Int32Array(count));
    this.agents = copy(this.agents, new Int32Array(count));
    this.rate = copy(this.rate, new Float64Array(count));
    this.breaks = copy(this.breaks, new Int32Array(count));
    this.length = copy(this.length, new Int32Array(count));
    this.part = copy(this.part, new Float64Array(count));
    this.opened = copy(this.opened, new Int32Array(count));
  }
}
