/**
 * Daily rostering: give each available agent one shift so that agents on shift follow the requirement curve.
 *
 * Greedy covering (the usual first pass of WFM schedulers): agents are placed one at a time on the allowed shift
 * whose intervals have the largest remaining requirement net of cover, so shortfalls fill first and any surplus is
 * spread in proportion to the load. With fewer agents than needed the roster is short where the curve is lowest.
 */
export interface ShiftTemplate {
  /** Length of the shift in intervals (e.g. 16 half-hours for 8 h). */
  readonly lengthIntervals: number;
  /** Earliest and latest start, in intervals after opening (inclusive). */
  readonly earliestStart: number;
  readonly latestStart: number;
}

export interface ShiftAssignment {
  readonly start: number;
  readonly lengthIntervals: number;
}

/**
 * Places `agents` shifts over a day of `required.length` intervals and adds their cover to `cover` (agents on
 * shift per interval, which the caller may have partly filled already, e.g. with another group's shifts).
 * Returns the shift chosen for each agent, in order.
 */
export function assignShifts(required: ArrayLike<number>, cover: Float64Array, agents: number, templates: readonly ShiftTemplate[]): ShiftAssignment[] {
  const intervals = required.length;
  const options = shiftOptions(templates, intervals);
  const net = new Float64Array(intervals);
  const prefix = new Float64Array(intervals + 1);
  const result: ShiftAssignment[] = [];
  for (let agent = 0; agent < agents; agent++) {
    for (let i = 0; i < intervals; i++) {
      net[i] = required[i]! - cover[i]!;
      prefix[i + 1] = prefix[i]! + net[i]!;
    }
    let best = options[0]!;
    let bestGain = -Infinity;
    for (const option of options) {
      // Mean (not total) remaining need, so that a long shift is not preferred just for being long.
      const gain = (prefix[option.start + option.lengthIntervals]! - prefix[option.start]!) / option.lengthIntervals;
      if (gain > bestGain) {
        bestGain = gain;
        best = option;
      }
    }
    for (let i = best.start; i < best.start + best.lengthIntervals; i++) cover[i]! += 1;
    result.push(best);
  }
  return result;
}

function shiftOptions(templates: readonly ShiftTemplate[], intervals: number): ShiftAssignment[] {
  const options: ShiftAssignment[] = [];
  for (const t of templates) {
    const length = Math.min(t.lengthIntervals, intervals);
    const latest = Math.min(t.latestStart, intervals - length);
    for (let start = Math.max(0, t.earliestStart); start <= latest; start++) options.push({ start, lengthIntervals: length });
  }
  if (options.length === 0) throw new RangeError("no shift template fits the opening hours");
  return options;
}
