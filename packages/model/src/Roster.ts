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
 */
export function assignShifts(
  required: ArrayLike<number>,
  cover: Float64Array,
  agents: number,
  options: ShiftOptions,
  chosen: Int32Array,
): void {
  const greedy = new GreedyRoster(required, cover, options);
  greedy.extend(agents);
  chosen.set(greedy.chosen.subarray(0, agents));
  greedy.addCover(agents, cover);
}

/**
 * The greedy roster of one day, agent by agent, that can be taken further later: the first k agents' shifts do
 * not depend on how many agents follow (each choice reads only the need the earlier ones left), so the roster of
 * n agents is the first n choices of any longer one, and a roster built for some agents is extended, not rebuilt,
 * when more come.
 *
 * NOTE: each option's remaining need (sum of required - cover over its intervals) is kept up to date
 * incrementally: placing a shift lowers every option's need by its overlap with that shift, so each agent costs
 * O(options) rather than a pass over the day. The overlaps of every pair of options are worked out once per set of
 * options (`overlapsOf`) and looked up after that.
 */
export class GreedyRoster {
  /** The option of the k-th agent placed, for k below `placed`. */
  chosen = new Int32Array(64);
  placed = 0;
  private readonly need: Float64Array;
  private readonly span: Float64Array;
  private readonly overlaps: OptionOverlaps;
  /** Agents per option among the first `counted` placed (kept by addCover between calls). */
  private readonly onOption: Int32Array;
  private counted = 0;

  /** Starts from the need `required` - `cover` (cover: agents already on shift, e.g. on-site ones). */
  constructor(
    required: ArrayLike<number>,
    cover: Float64Array,
    readonly options: ShiftOptions,
  ) {
    const count = options.start.length;
    this.need = new Float64Array(count);
    this.span = new Float64Array(count);
    for (let o = 0; o < count; o++) this.span[o] = options.length[o]! + options.length2[o]!;
    this.overlaps = overlapsOf(options);
    this.onOption = new Int32Array(count);
    this.restart(required, cover);
  }

  /**
   * Starts afresh, with nobody placed, from the need `required` - `cover`: the same roster as a new one on the same
   * options, reusing this one's arrays (ShiftAssigner recycles the roster it forgets for the next curve).
   */
  restart(required: ArrayLike<number>, cover: Float64Array): void {
    const { need, options } = this;
    need.fill(0);
    for (let o = 0; o < need.length; o++) {
      for (let i = options.start[o]!; i < options.start[o]! + options.length[o]!; i++)
        need[o]! += required[i]! - cover[i]!;
      for (let i = options.start2[o]!; i < options.start2[o]! + options.length2[o]!; i++)
        need[o]! += required[i]! - cover[i]!;
    }
    this.placed = 0;
    this.counted = 0;
    this.onOption.fill(0);
  }

  /** Places agents until `agents` are placed (none if as many are already). */
  extend(agents: number): void {
    if (agents <= this.placed) return;
    if (this.chosen.length < agents) {
      const grown = new Int32Array(Math.max(agents, 2 * this.chosen.length));
      grown.set(this.chosen.subarray(0, this.placed));
      this.chosen = grown;
    }
    const { need, span, chosen } = this;
    const { first, second } = this.overlaps;
    const length2 = this.options.length2;
    const count = need.length;
    for (let agent = this.placed; agent < agents; agent++) {
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
      // Lowers every option's need by its overlap with each block of the shift placed, block after block. An option
      // that does not overlap subtracts 0, which leaves any number as it is: no branch needed.
      const row = best * count;
      for (let o = 0; o < count; o++) need[o]! -= first[row + o]!;
      if (length2[best]! > 0) for (let o = 0; o < count; o++) need[o]! -= second[row + o]!;
    }
    this.placed = agents;
  }
  /**
   * Adds the cover of the first `agents` placed to `cover`, option by option (whole numbers: the sums are exact in
   * any order).
   */
  addCover(agents: number, cover: Float64Array): void {
    const { options, onOption, chosen } = this;
    // NOTE: the counts are moved from the last call's head count to this one's (a day's head count is usually within
    // a few agents of the last day's on the same roster), not counted afresh over all agents each day.
    for (let k = this.counted; k < agents; k++) onOption[chosen[k]!]! += 1;
    for (let k = agents; k < this.counted; k++) onOption[chosen[k]!]! -= 1;
    this.counted = agents;
    for (let o = 0; o < onOption.length; o++) {
      const k = onOption[o]!;
      if (k === 0) continue;
      for (let i = options.start[o]!; i < options.start[o]! + options.length[o]!; i++) cover[i]! += k;
      for (let i = options.start2[o]!; i < options.start2[o]! + options.length2[o]!; i++) cover[i]! += k;
    }
  }
}

/**
 * Intervals that the first block and the second block of option b share with each option o (both its blocks):
 * `first[b * count + o]`, `second[b * count + o]`.
 */
interface OptionOverlaps {
  readonly first: Int32Array;
  readonly second: Int32Array;
}

/** The overlaps of each set of options, kept while the set is in use (a day's rosters share one or two sets). */
const overlapTables = new WeakMap<ShiftOptions, OptionOverlaps>();

function overlapsOf(options: ShiftOptions): OptionOverlaps {
  let tables = overlapTables.get(options);
  if (tables !== undefined) return tables;
  const count = options.start.length;
  const first = new Int32Array(count * count),
    second = new Int32Array(count * count);
  for (let b = 0; b < count; b++) {
    first.set(blockOverlaps(options.start[b]!, options.length[b]!, options), b * count);
    second.set(blockOverlaps(options.start2[b]!, options.length2[b]!, options), b * count);
  }
  tables = { first, second };
  overlapTables.set(options, tables);
  return tables;
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
