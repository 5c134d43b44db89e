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
}

/** Every (start, length) a day of `intervals` allows, flattened: starts and lengths by option index. */
export interface ShiftOptions {
  readonly start: Int32Array;
  readonly length: Int32Array;
}

export function shiftOptions(templates: readonly ShiftTemplate[], intervals: number): ShiftOptions {
  const starts: number[] = [];
  const lengths: number[] = [];
  for (const t of templates) {
    const length = Math.min(t.lengthIntervals, intervals);
    const latest = Math.min(t.latestStart, intervals - length);
    for (let start = Math.max(0, t.earliestStart); start <= latest; start++) {
      starts.push(start);
      lengths.push(length);
    }
  }
  if (starts.length === 0) throw new RangeError("no shift template fits the opening hours");
  return { start: Int32Array.from(starts), length: Int32Array.from(lengths) };
}

/**
 * Places `agents` shifts over the day and adds their cover to `cover` (agents on shift per interval). Writes the
 * option chosen for agent k to `chosen[k]`.
 *
 * NOTE: each option's remaining need (sum of required - cover over its intervals) is kept up to date
 * incrementally: placing a shift lowers every option's need by its overlap with that shift, so each agent costs
 * O(options) rather than a pass over the day.
 */
export function assignShifts(required: ArrayLike<number>, cover: Float64Array, agents: number, options: ShiftOptions, chosen: Int32Array): void {
  const count = options.start.length;
  const need = new Float64Array(count);
  for (let o = 0; o < count; o++) {
    for (let i = options.start[o]!; i < options.start[o]! + options.length[o]!; i++) need[o]! += required[i]! - cover[i]!;
  }
  for (let agent = 0; agent < agents; agent++) {
    let best = 0;
    let bestMean = -Infinity;
    for (let o = 0; o < count; o++) {
      // Mean (not total) remaining need, so that a long shift is not preferred just for being long.
      const mean = need[o]! / options.length[o]!;
      if (mean > bestMean) {
        bestMean = mean;
        best = o;
      }
    }
    chosen[agent] = best;
    const from = options.start[best]!;
    const to = from + options.length[best]!;
    for (let i = from; i < to; i++) cover[i]! += 1;
    for (let o = 0; o < count; o++) {
      const overlap = Math.min(to, options.start[o]! + options.length[o]!) - Math.max(from, options.start[o]!);
      if (overlap > 0) need[o]! -= overlap;
    }
  }
}
