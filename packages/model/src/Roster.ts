/**
 * Daily rostering: give each available agent one shift so that agents on shift follow the requirement curve.
 *
 * Greedy covering (the usual first pass of WFM schedulers): agents are placed one at a time on the allowed shift
 * whose intervals have the largest mean remaining requirement net of cover, so shortfalls fill first and any
 * surplus is spread in proportion to the load. With fewer agents than needed the roster is short where the curve
 * is lowest.
 */
export interface ShiftTemplate {
  /** Length of the shift in intervals (e.g. 16 half-hours for 8 h). */
  readonly lengthIntervals: number;
  /** Earliest and latest start, in intervals after opening (inclusive). */
  readonly earliestStart: number;
  readonly latestStart: number;
  /** Only remote agents may work this template (e.g. short shifts for peaks). */
  readonly remoteOnly?: boolean | undefined;
}

/**
 * Every shift a day allows, flattened by option index: a first block (start, length) and an optional second
 * block (start2, length2; length2 = 0 for none), the second block making a split shift.
 */
export interface ShiftOptions {
  readonly start: Int32Array;
  readonly length: Int32Array;
  readonly start2: Int32Array;
  readonly length2: Int32Array;
}

/**
 * The shifts of the given templates. With `splitShifts`, shifts shorter than the longest template are offered
 * only in pairs that do not overlap (two short blocks a day: a split shift, which keeps a full paid day and can
 * cover both intraday peaks).
 */
export function shiftOptions(
  templates: readonly ShiftTemplate[],
  intervals: number,
  splitShifts = false,
): ShiftOptions {
  const single: [number, number][] = [];
  for (const t of templates) {
    const length = Math.min(t.lengthIntervals, intervals);
    const latest = Math.min(t.latestStart, intervals - length);
    for (let start = Math.max(0, t.earliestStart); start <= latest; start++) single.push([start, length]);
  }
  if (single.length === 0) throw new RangeError("no shift template fits the opening hours");
  const longest = Math.max(...single.map(([, length]) => length));
  const short = single.filter(([, length]) => length < longest);
  const whole = splitShifts ? single.filter(([, length]) => length === longest) : single;
  const options: [number, number, number, number][] = whole.map(([start, length]) => [start, length, 0, 0]);
  if (splitShifts)
    for (const [a, la] of short) for (const [b, lb] of short) if (b > a + la) options.push([a, la, b, lb]);
  return {
    start: Int32Array.from(options.map((o) => o[0])),
    length: Int32Array.from(options.map((o) => o[1])),
    start2: Int32Array.from(options.map((o) => o[2])),
    length2: Int32Array.from(options.map((o) => o[3])),
  };
}

/**
 * Places `agents` shifts over the day and adds their cover to `cover` (agents on shift per interval). Writes the
 * option chosen for agent k to `chosen[k]`.
 *
 * NOTE: each option's remaining need (sum of required - cover over its intervals) is kept up to date
 * incrementally: placing a shift lowers every option's need by its overlap with that shift, so each agent costs
 * O(options) rather than a pass over the day. The overlaps of an option's blocks with every option are worked
 * out the first time it is chosen, and looked up after that.
 */
export function assignShifts(
  required: ArrayLike<number>,
  cover: Float64Array,
  agents: number,
  options: ShiftOptions,
  chosen: Int32Array,
): void {
  const count = options.start.length;
  const need = new Float64Array(count);
  const span = new Float64Array(count);
  for (let o = 0; o < count; o++) {
    span[o] = options.length[o]! + options.length2[o]!;
    for (let i = options.start[o]!; i < options.start[o]! + options.length[o]!; i++)
      need[o]! += required[i]! - cover[i]!;
    for (let i = options.start2[o]!; i < options.start2[o]! + options.length2[o]!; i++)
      need[o]! += required[i]! - cover[i]!;
  }
  const overlaps: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(2 * count).fill(undefined);
  // Agents placed on each option; their cover is added once at the end (whole numbers: the sums are exact in any
  // order), as the choice of the next agent reads only `need`.
  const placed = new Int32Array(count);
  for (let agent = 0; agent < agents; agent++) {
    let best = 0;
    let bestMean = -Infinity;
    for (let o = 0; o < count; o++) {
      // Mean (not total) remaining need, so that a long shift is not preferred just for being long.
      const mean = need[o]! / span[o]!;
      if (mean > bestMean) {
        bestMean = mean;
        best = o;
      }
    }
    chosen[agent] = best;
    placed[best]! += 1;
    lowerNeed(need, (overlaps[2 * best] ??= blockOverlaps(options.start[best]!, options.length[best]!, options)));
    if (options.length2[best]! > 0)
      lowerNeed(
        need,
        (overlaps[2 * best + 1] ??= blockOverlaps(options.start2[best]!, options.length2[best]!, options)),
      );
  }
  for (let o = 0; o < count; o++) {
    const k = placed[o]!;
    if (k === 0) continue;
    for (let i = options.start[o]!; i < options.start[o]! + options.length[o]!; i++) cover[i]! += k;
    for (let i = options.start2[o]!; i < options.start2[o]! + options.length2[o]!; i++) cover[i]! += k;
  }
}

/** Intervals that [from, from + length) shares with each option (both its blocks). */
function blockOverlaps(from: number, length: number, options: ShiftOptions): Int32Array {
  const to = from + length;
  const { start, length: len, start2, length2 } = options;
  const overlap = new Int32Array(start.length);
  for (let o = 0; o < start.length; o++) {
    overlap[o] =
      Math.max(0, Math.min(to, start[o]! + len[o]!) - Math.max(from, start[o]!)) +
      Math.max(0, Math.min(to, start2[o]! + length2[o]!) - Math.max(from, start2[o]!));
  }
  return overlap;
}

/** Lowers every option's need by its overlap with one agent's newly placed block. */
function lowerNeed(need: Float64Array, overlap: Int32Array): void {
  for (let o = 0; o < need.length; o++) if (overlap[o]! > 0) need[o]! -= overlap[o]!;
}

/** Rosters remembered by `ShiftAssigner` (a week of day types, plus room for a change of month). */
const REMEMBERED_ROSTERS = 16;

interface Remembered {
  target: Float64Array;
  onSite: number;
  remote: number;
  cover: Float64Array;
  chosen: Int32Array;
}

/**
 * The day's rostering: on-site agents take shifts from `onSite` options first, remote agents then fill what is
 * left from `remote` options (split shifts included), by `assignShifts`.
 *
 * NOTE: the greedy roster depends only on the requirement curve and the two head counts, which repeat for every
 * day of the same weekday within a month (the forecast error is drawn monthly), so recent rosters are remembered
 * and copied rather than rebuilt: the same result, at a fraction of the cost.
 */
export class ShiftAssigner {
  private readonly remembered: Remembered[] = [];
  private next = 0;

  constructor(
    private readonly onSite: ShiftOptions,
    private readonly remote: ShiftOptions,
  ) {}

  /** Fills `cover` (agents on shift per interval) and `chosen` (the option of the k-th agent, on-site ones first). */
  assign(target: Float64Array, onSite: number, remote: number, cover: Float64Array, chosen: Int32Array): void {
    const known = this.remembered.find(
      (r) => r.onSite === onSite && r.remote === remote && sameValues(r.target, target),
    );
    if (known !== undefined) {
      cover.set(known.cover);
      chosen.set(known.chosen);
      return;
    }
    cover.fill(0);
    assignShifts(target, cover, onSite, this.onSite, chosen);
    assignShifts(target, cover, remote, this.remote, chosen.subarray(onSite));
    const entry = {
      target: target.slice(),
      onSite,
      remote,
      cover: cover.slice(),
      chosen: chosen.slice(0, onSite + remote),
    };
    this.remembered[this.next] = entry;
    this.next = (this.next + 1) % REMEMBERED_ROSTERS;
  }
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
