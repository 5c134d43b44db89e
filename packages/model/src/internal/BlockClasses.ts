import { grown } from "./grown.js";

/**
 * The distinct shift blocks of a run. Agents whose blocks share a skill group, start, length and break pattern are
 * on the phones in the same intervals, so a day is placed and credited per class of block (how many agents, the
 * sum of their service rates) rather than per agent: a few hundred classes against a thousand agents a day.
 *
 * A block's breaks are `breaks` intervals at `start + offset[k]` (`BreakOffsets`), the last one taking the share
 * `part` of its interval (1: all of it). Classes are created on first use and kept for the run, numbered in order
 * of creation; their break intervals are `breakAt[breaksFrom[c] + k]` for k below `breaks[c]`.
 */
export class BlockClasses {
  count = 0;
  group = new Int32Array(64);
  start = new Int32Array(64);
  length = new Int32Array(64);
  breaks = new Int32Array(64);
  breaksFrom = new Int32Array(64);
  part = new Float64Array(64);
  breakAt = new Int32Array(256);
  private breakCount = 0;
  /**
   * The class of each (group, pattern) of a block start and length: `table[start * (perDay + 1) + length]` holds it
   * at `[group * (length + 1) + pattern]`, -1 where not created yet. Blocks with breaks and without have their own
   * tables, and those with breaks are forgotten when the break time per block changes (a dated intervention).
   */
  private withBreaks: (Int32Array | undefined)[];
  private plain: (Int32Array | undefined)[];
  private breakShare = Number.NaN;

  constructor(private readonly perDay: number) {
    this.withBreaks = new Array<Int32Array | undefined>((perDay + 1) * (perDay + 1));
    this.plain = new Array<Int32Array | undefined>((perDay + 1) * (perDay + 1));
  }

  /**
   * The class of a block of skill group `group` (bits) from interval `start` for `length` intervals, its break
   * time `breakShare` split into `breaks` breaks at `offsets[offsetsFrom + k]`, the last taking `part` of its
   * interval (0: all); `pattern` is the offsets' pattern number (`BreakOffsets`, at most `length`).
   */
  of(
    group: number,
    start: number,
    length: number,
    breakShare: number,
    breaks: number,
    part: number,
    pattern: number,
    offsets: Int32Array,
    offsetsFrom: number,
  ): number {
    if (breaks > 0 && breakShare !== this.breakShare) {
      this.withBreaks.fill(undefined);
      this.breakShare = breakShare;
    }
    const tables = breaks > 0 ? this.withBreaks : this.plain;
    const key = start * (this.perDay + 1) + length;
    let table = tables[key];
    if (table === undefined) tables[key] = table = new Int32Array(4 * (length + 1)).fill(-1);
    const known = table[group * (length + 1) + pattern]!;
    if (known >= 0) return known;
    const c = this.add(group, start, length, breaks, part, offsets, offsetsFrom);
    table[group * (length + 1) + pattern] = c;
    return c;
  }

  private add(
    group: number,
    start: number,
    length: number,
    breaks: number,
    part: number,
    offsets: Int32Array,
    offsetsFrom: number,
  ): number {
    if (this.count === this.group.length) {
      const n = 2 * this.count;
      this.group = grown(this.group, n);
      this.start = grown(this.start, n);
      this.length = grown(this.length, n);
      this.breaks = grown(this.breaks, n);
      this.breaksFrom = grown(this.breaksFrom, n);
      this.part = grown(this.part, n);
    }
    while (this.breakCount + breaks > this.breakAt.length) this.breakAt = grown(this.breakAt, 2 * this.breakAt.length);
    const c = this.count++;
    this.group[c] = group;
    this.start[c] = start;
    this.length[c] = length;
    this.breaks[c] = breaks;
    this.breaksFrom[c] = this.breakCount;
    this.part[c] = part > 0 ? part : 1;
    for (let k = 0; k < breaks; k++) this.breakAt[this.breakCount++] = start + offsets[offsetsFrom + k]!;
    return c;
  }
}
