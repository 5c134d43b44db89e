import type { AgentPool } from "./AgentPool.js";
import { BlockClasses } from "./internal/BlockClasses.js";
import { BreakOffsets } from "./internal/BreakOffsets.js";
import { grown } from "./internal/grown.js";
import type { SimCalendar } from "./SimCalendar.js";

const NO_OFFSETS: Int32Array = new Int32Array(0);

/**
 * The break time of a block of one length at break share `share`: `breaks` breaks, the last taking `part` of its
 * interval (0: all), at the offsets and pattern numbers of `BreakOffsets` for roster positions below `orders`.
 */
interface BreakSplit {
  readonly share: number;
  readonly orders: number;
  readonly breaks: number;
  readonly part: number;
  readonly offsets: Int32Array;
  readonly patterns: Int32Array;
}

/**
 * Who is on the phones when, from the shift blocks placed for the day's present agents: per skill group and
 * interval, agents logged in, their service rates, and the comings and goings; per agent, the classes of its
 * blocks (for crediting its work) and, when asked for, its phone log. `DayPlan` decides the shifts and places
 * them here.
 */
export class ShiftPlacement {
  /**
   * 1 where agent a is logged in during interval i: `onPhone[a * intervalsPerDay + i]`. Filled only when asked
   * for at construction (the contact fidelity logs agents in and out from it; the interval fidelity does not).
   */
  onPhone = new Uint8Array(0);
  /**
   * Where agent a is off for only part of interval i (a break shorter than the interval, taken from its start):
   * the seconds after the interval's start at which it comes back, else 0: `returnSec[a * intervalsPerDay + i]`.
   */
  returnSec = new Uint16Array(0);
  /** Agents logged in per interval. */
  readonly loggedIn: Float64Array;
  /**
   * Agents logged in per skill group and interval, and the sum of their service rates (1 / handle-time
   * multiplier): `groupAgents[skills * intervalsPerDay + i]`, skills being the skill bits (1 voice, 2 chat, 3 both).
   */
  readonly groupAgents: Float64Array;
  readonly groupRate: Float64Array;
  /**
   * Agents per skill group who come on the phones fresh (idle) during interval i: shift starts and returns from
   * a break (`joins[g * (intervalsPerDay + 1) + i]`); and who go off at the start of interval i, finishing the
   * contact in hand first (`leaves[...]`, index intervalsPerDay being closing time). The interval fidelity uses
   * them for the carry-over of work at these changes, which a stationary evaluation misses.
   */
  readonly joins: Int32Array;
  readonly leaves: Int32Array;
  /** Agents with a shift today who showed up, in roster order (`presentCount` of them), and their service rates. */
  present = new Int32Array(0);
  presentRate = new Float64Array(0);
  presentCount = 0;
  /**
   * The shift blocks of the present agent p, by class (`classes`): at index 2p the first block, at 2p + 1 the
   * second block of a split shift or overtime; -1 for none.
   */
  blockClass = new Int32Array(0);
  /** The distinct blocks of the run: start, length, breaks (see `BlockClasses`). */
  readonly classes: BlockClasses;
  /** Today's agents and sum of their service rates per class, and the classes used today (`classesToday` of them). */
  private classAgents = new Int32Array(0);
  private classRate = new Float64Array(0);
  usedClasses = new Int32Array(0);
  classesToday = 0;

  /**
   * Changes from interval i - 1 to i of agents on shift, per skill group (`g * (intervalsPerDay + 1) + i`), and of
   * the sum of their service rates; agents on a break and their rates, per skill group and interval.
   * NOTE: difference arrays cost each class of block and break O(1) instead of a pass over its intervals.
   */
  private readonly agentsStep: Int32Array;
  private readonly rateStep: Float64Array;
  /** Breaks per skill group and interval (whole or not), and the break time not taken in the shorter ones. */
  private readonly agentsOnBreak: Int32Array;
  private readonly shortBreaks: Int32Array;
  private readonly notOnBreak: Float64Array;
  /**
   * Breaks shorter than an interval per skill group and interval, but those in their block's first interval (the
   * agent comes on after it, with nothing in hand), and the sum of their lengths in seconds (`ShortBreaks`).
   * NOTE: summed here, per class of block, rather than in a second pass over the day's agents.
   */
  readonly partialBreaks: Float64Array;
  readonly partialBreakSec: Float64Array;
  /** Shift blocks starting per skill group and interval (`g * (intervalsPerDay + 1) + i`). */
  private readonly blockStarts: Int32Array;
  private readonly rateOnBreak: Float64Array;
  /** Sum of handle-time multipliers and head count of today's present agents per skill group (bits). */
  readonly presentSlowness = new Float64Array(4);
  readonly presentInGroup = new Float64Array(4);
  private readonly breakOffsets = new BreakOffsets();

  constructor(
    protected readonly calendar: SimCalendar,
    private readonly recordOnPhone: boolean,
  ) {
    const perDay = calendar.intervalsPerDay;
    this.loggedIn = new Float64Array(perDay);
    this.groupAgents = new Float64Array(4 * perDay);
    this.groupRate = new Float64Array(4 * perDay);
    // Head counts in integer arrays: integer adds are quicker to chain than floating-point ones.
    this.agentsStep = new Int32Array(4 * (perDay + 1));
    this.rateStep = new Float64Array(4 * (perDay + 1));
    this.agentsOnBreak = new Int32Array(4 * perDay);
    this.shortBreaks = new Int32Array(4 * perDay);
    this.notOnBreak = new Float64Array(4 * perDay);
    this.partialBreaks = new Float64Array(4 * perDay);
    this.partialBreakSec = new Float64Array(4 * perDay);
    this.blockStarts = new Int32Array(4 * (perDay + 1));
    this.joins = new Int32Array(4 * (perDay + 1));
    this.leaves = new Int32Array(4 * (perDay + 1));
    this.rateOnBreak = new Float64Array(4 * perDay);
    this.classes = new BlockClasses(perDay);
  }

  /** Grows the per-agent arrays to the pool's capacity, and clears yesterday's phone log. */
  protected ensurePlacementCapacity(pool: AgentPool): void {
    const perDay = this.calendar.intervalsPerDay;
    if (this.recordOnPhone) {
      if (this.onPhone.length < pool.capacity * perDay) {
        this.onPhone = new Uint8Array(pool.capacity * perDay);
        this.returnSec = new Uint16Array(pool.capacity * perDay);
      } else {
        this.onPhone.fill(0, 0, pool.count * perDay);
        this.returnSec.fill(0, 0, pool.count * perDay);
      }
    }
    if (this.present.length >= pool.capacity) return;
    const n = pool.capacity;
    this.present = new Int32Array(n);
    this.presentRate = new Float64Array(n);
    this.blockClass = new Int32Array(2 * n);
  }

  protected addPresent(agent: number, pool: AgentPool): number {
    this.present[this.presentCount] = agent;
    this.presentRate[this.presentCount] = 1 / (pool.speedFactor[agent]! * pool.handleTimeMultiplier[agent]!);
    return this.presentCount++;
  }

  protected startPlacing(): void {
    this.presentCount = 0;
    for (let k = 0; k < this.classesToday; k++) {
      const c = this.usedClasses[k]!;
      this.classAgents[c] = 0;
      this.classRate[c] = 0;
    }
    this.classesToday = 0;
    this.presentSlowness.fill(0);
    this.presentInGroup.fill(0);
  }

  /**
   * Records block `block` (0 or 1) of present agent p's shift: on the phones for the block minus its breaks.
   * The break time, length x breakShare intervals to the minute, is whole intervals plus one shorter break for
   * the rest (taken from the start of its interval), placed by `BreakOffsets` for roster position `order`; so a
   * small change of shrinkage moves break time a little, not by whole intervals.
   * NOTE: the agent joins its block's class; the day's head counts are built from the classes in `finishPlacing`.
   */
  protected placeShift(
    p: number,
    block: number,
    start: number,
    length: number,
    order: number,
    pool: AgentPool,
    breakShare: number,
  ): void {
    const b = 2 * p + block;
    if (length === 0) {
      this.blockClass[b] = -1;
      return;
    }
    // NOTE: the split of break time is kept per block length (a day has one or two lengths: regular and split
    // shifts); one kept split for the last length was worked out again about 20 times a day where they alternate.
    let part = 0,
      breaks = 0,
      offsets = NO_OFFSETS,
      pattern = 0;
    if (breakShare > 0) {
      let split = this.splits[length];
      if (split === undefined || breakShare !== split.share || split.orders < this.present.length)
        split = this.splitBreakTime(length, breakShare);
      part = split.part;
      breaks = split.breaks;
      offsets = split.offsets;
      if (breaks > 0) pattern = split.patterns[order]!;
    }
    const agent = this.present[p]!;
    const group = pool.skills[agent]!;
    const rate = this.presentRate[p]!;
    if (block === 0) {
      this.presentSlowness[group]! += 1 / rate;
      this.presentInGroup[group]! += 1;
    }
    const c = this.classes.of(group, start, length, breakShare, breaks, part, pattern, offsets, order * breaks);
    this.blockClass[b] = c;
    if (c >= this.classAgents.length) this.growClassTallies();
    if (this.classAgents[c] === 0) this.usedClasses[this.classesToday++] = c;
    this.classAgents[c]! += 1;
    this.classRate[c]! += rate;
    if (this.recordOnPhone) this.logOnPhone(agent, c);
  }

  /** Marks the intervals agent `agent` is on the phones in block class `c` (the contact fidelity's log). */
  private logOnPhone(agent: number, c: number): void {
    const { start, length, breaks, breaksFrom, breakAt, part } = this.classes;
    const phoneRow = agent * this.calendar.intervalsPerDay;
    this.onPhone.fill(1, phoneRow + start[c]!, phoneRow + start[c]! + length[c]!);
    const from = breaksFrom[c]!,
      to = from + breaks[c]!;
    for (let k = from; k < to; k++) this.onPhone[phoneRow + breakAt[k]!] = 0;
    if (to > from && part[c]! < 1)
      this.returnSec[phoneRow + breakAt[to - 1]!] = Math.round(part[c]! * this.calendar.intervalSec);
  }

  private growClassTallies(): void {
    const n = Math.max(64, 2 * this.classes.count);
    this.classAgents = grown(this.classAgents, n);
    this.classRate = grown(this.classRate, n);
    this.usedClasses = grown(this.usedClasses, n);
  }

  /** The split of break time of a block, by its length (`splitBreakTime`). */
  private readonly splits: (BreakSplit | undefined)[] = [];

  /** Break time of a block of `length` intervals at `breakShare`, to the minute, for every roster position of the pool. */
  private splitBreakTime(length: number, breakShare: number): BreakSplit {
    const minutes = this.calendar.spec.intervalMinutes;
    const breakTime = Math.round(length * breakShare * minutes) / minutes;
    const whole = Math.min(length, Math.floor(breakTime));
    const part = whole < length ? breakTime - whole : 0;
    const breaks = whole + (part > 0 ? 1 : 0);
    const orders = this.present.length;
    const tables = breaks > 0 ? this.breakOffsets.of(length, breaks, orders) : undefined;
    const split: BreakSplit = {
      share: breakShare,
      orders,
      breaks,
      part,
      offsets: tables?.offsets ?? NO_OFFSETS,
      patterns: tables?.patterns ?? NO_OFFSETS,
    };
    this.splits[length] = split;
    return split;
  }

  /**
   * Adds today's blocks of each class used, with its agents `n` and their rates `rate`, to the steps, breaks and
   * comings and goings per skill group and interval.
   */
  private placeClasses(): void {
    const perDay = this.calendar.intervalsPerDay;
    const { agentsStep, rateStep, agentsOnBreak, rateOnBreak, blockStarts, joins, leaves } = this;
    const {
      group: groupOf,
      start: startOf,
      length: lengthOf,
      breaks: breaksOf,
      breaksFrom,
      breakAt,
      part: partOf,
    } = this.classes;
    for (let k = 0; k < this.classesToday; k++) {
      const c = this.usedClasses[k]!;
      const n = this.classAgents[c]!,
        rate = this.classRate[c]!;
      const group = groupOf[c]!,
        start = startOf[c]!,
        length = lengthOf[c]!,
        breaks = breaksOf[c]!,
        part = partOf[c]!;
      const row = group * (perDay + 1),
        breakRow = group * perDay;
      agentsStep[row + start]! += n;
      agentsStep[row + start + length]! -= n;
      rateStep[row + start]! += rate;
      rateStep[row + start + length]! -= rate;
      blockStarts[row + start]! += n;
      if (breaks === 0) continue;
      const from = breaksFrom[c]!,
        to = from + breaks;
      for (let j = from; j < to; j++) {
        agentsOnBreak[breakRow + breakAt[j]!]! += n;
        rateOnBreak[breakRow + breakAt[j]!]! += rate;
      }
      const first = breakAt[from]!,
        last = breakAt[to - 1]!;
      if (part < 1) {
        this.shortBreaks[breakRow + last]! += n;
        this.notOnBreak[breakRow + last]! += n * (1 - part);
        rateOnBreak[breakRow + last]! -= rate * (1 - part);
        if (last !== start) {
          this.partialBreaks[breakRow + last]! += n;
          this.partialBreakSec[breakRow + last]! += n * part * this.calendar.intervalSec;
        }
      }
      // Comings and goings are counted from these sums below, as if every break lay inside the block with the
      // agent on the phones on both sides of it (breaks are spread at least length / breaks >= 2 intervals apart
      // while break time is at most half the block, so they do not touch).
      // A break in the block's first interval: the agent comes on after it, not at the start and off again.
      if (first === start) {
        joins[row + start]! -= n;
        leaves[row + start]! -= n;
      }
      // A whole break in its last interval: the agent does not come back at the end and go off again.
      if (last === start + length - 1 && part === 1) {
        joins[row + start + length]! -= n;
        leaves[row + start + length]! -= n;
      }
    }
  }

  /** Turns the day's steps into agents logged in and their service rates per skill group and interval. */
  protected finishPlacing(): void {
    const perDay = this.calendar.intervalsPerDay;
    this.agentsStep.fill(0);
    this.rateStep.fill(0);
    this.agentsOnBreak.fill(0);
    this.shortBreaks.fill(0);
    this.notOnBreak.fill(0);
    this.partialBreaks.fill(0);
    this.partialBreakSec.fill(0);
    this.blockStarts.fill(0);
    this.rateOnBreak.fill(0);
    this.joins.fill(0);
    this.leaves.fill(0);
    this.placeClasses();
    this.loggedIn.fill(0);
    // Comings and goings: shift blocks start and end; every break starts an absence at its interval's start and
    // ends it at the next interval's start, or within the interval for a shorter break. Ends of blocks from the
    // step in agents on shift, which is starts less ends.
    const { joins, leaves, blockStarts, agentsStep, agentsOnBreak, shortBreaks } = this;
    // NOTE: a skill group without agents today (no skills, 0, never has any) has all its steps and breaks at 0, and
    // so nobody logged in and no comings and goings: it is skipped, its head counts and rates set to 0.
    const { presentInGroup } = this;
    for (let group = 0; group < 4; group++) {
      if (presentInGroup[group] === 0) continue;
      const row = group * (perDay + 1),
        breakRow = group * perDay;
      for (let i = 0; i <= perDay; i++) {
        joins[row + i]! += blockStarts[row + i]!;
        leaves[row + i]! += blockStarts[row + i]! - agentsStep[row + i]!;
      }
      for (let i = 0; i < perDay; i++) {
        const breaks = agentsOnBreak[breakRow + i]!,
          short = shortBreaks[breakRow + i]!;
        leaves[row + i]! += breaks;
        joins[row + i]! += short;
        joins[row + i + 1]! += breaks - short;
      }
    }
    for (let group = 0; group < 4; group++) {
      if (presentInGroup[group] === 0) {
        this.groupAgents.fill(0, group * perDay, (group + 1) * perDay);
        this.groupRate.fill(0, group * perDay, (group + 1) * perDay);
        continue;
      }
      let onShift = 0,
        rate = 0;
      for (let i = 0; i < perDay; i++) {
        onShift += this.agentsStep[group * (perDay + 1) + i]!;
        rate += this.rateStep[group * (perDay + 1) + i]!;
        // Where nobody is on, a sum of rates is rounding residue: make it exactly 0.
        if (onShift === 0) rate = 0;
        // Breaks shorter than an interval leave fractions of agents; below a millionth is rounding residue.
        let agents = onShift - this.agentsOnBreak[group * perDay + i]! + this.notOnBreak[group * perDay + i]!;
        if (agents < 1e-6) agents = 0;
        this.groupAgents[group * perDay + i] = agents;
        this.groupRate[group * perDay + i] = agents === 0 ? 0 : rate - this.rateOnBreak[group * perDay + i]!;
        this.loggedIn[i]! += agents;
      }
    }
  }
}
