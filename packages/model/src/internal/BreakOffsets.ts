/** Golden-ratio offsets give a low-discrepancy spread of break positions across agents. */
const GOLDEN_RATIO_FRACTION = 0.6180339887498949;

/**
 * Where the breaks of a shift block fall: the k-th of `breaks` breaks in a block of `length` intervals, for the
 * agent in roster position `order`, lies floor((k + phase) length / breaks) intervals after the block's start,
 * with phase = frac(order x golden ratio): spread evenly through the block, and shifted per agent so that breaks
 * do not all fall together.
 *
 * NOTE: the offsets depend only on (length, breaks, order), which repeat every day, so each table is computed
 * once per run; the last table used is kept at hand, as most blocks of a day have the same length.
 */
export class BreakOffsets {
  private readonly tables = new Map<number, Int32Array>();
  private lastKey = -1;
  private last: Int32Array = new Int32Array(0);

  /** The offsets for roster positions below `orders`: offset k of position `order` is `[order * breaks + k]`. */
  table(length: number, breaks: number, orders: number): Int32Array {
    const key = length * 1_000_000 + breaks;
    if (key === this.lastKey && this.last.length >= orders * breaks) return this.last;
    let table = this.tables.get(key);
    if (table === undefined || table.length < orders * breaks) {
      table = new Int32Array(orders * breaks);
      for (let order = 0; order < orders; order++) {
        // x - floor(x) is x % 1 exactly for x >= 0, without the slow floating-point modulo.
        const golden = order * GOLDEN_RATIO_FRACTION;
        const phase = golden - Math.floor(golden);
        for (let k = 0; k < breaks; k++) table[order * breaks + k] = Math.floor(((k + phase) * length) / breaks);
      }
      this.tables.set(key, table);
    }
    this.lastKey = key;
    this.last = table;
    return table;
  }
}
