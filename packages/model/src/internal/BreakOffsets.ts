export interface OffsetTables {
  readonly offsets: Int32Array;
  readonly patterns: Int32Array;
}

/** Golden-ratio offsets give a low-discrepancy spread of break positions across agents. */
const GOLDEN_RATIO_FRACTION = 0.6180339887498949;

/**
 * Where the breaks of a shift block fall: the k-th of `breaks` breaks in a block of `length` intervals, for the
 * agent in roster position `order`, lies floor((k + phase) length / breaks) intervals after the block's start,
 * with phase = frac(order x golden ratio): spread evenly through the block, and shifted per agent so that breaks
 * do not all fall together.
 *
 * Each offset only grows with the phase, so the offsets of a position are told apart by their sum: its pattern
 * number, sum_k offset_k - sum_k floor(k length / breaks), in [0, length]. Positions with the same number
 * take their breaks in the same intervals (`BlockClasses` groups agents by it).
 *
 * NOTE: the offsets depend only on (length, breaks, order), which repeat every day, so each table is computed
 * once per run (and `ShiftPlacement` keeps the one of its current split of break time at hand).
 */
export class BreakOffsets {
  private readonly tables = new Map<number, OffsetTables>();

  /**
   * The offsets and pattern numbers for roster positions below `orders`: offset k of position `order` is
   * `offsets[order * breaks + k]`, its pattern number `patterns[order]`.
   */
  of(length: number, breaks: number, orders: number): OffsetTables {
    const key = length * 1_000_000 + breaks;
    let tables = this.tables.get(key);
    if (tables === undefined || tables.patterns.length < orders) {
      const offsets = new Int32Array(orders * breaks),
        patterns = new Int32Array(orders);
      let first = 0;
      for (let k = 0; k < breaks; k++) first += Math.floor((k * length) / breaks);
      for (let order = 0; order < orders; order++) {
        // x - floor(x) is x % 1 exactly for x >= 0, without the slow floating-point modulo.
        const golden = order * GOLDEN_RATIO_FRACTION;
        const phase = golden - Math.floor(golden);
        let sum = 0;
        for (let k = 0; k < breaks; k++)
          sum += offsets[order * breaks + k] = Math.floor(((k + phase) * length) / breaks);
        patterns[order] = sum - first;
      }
      tables = { offsets, patterns };
      this.tables.set(key, tables);
    }
    return tables;
  }
}
