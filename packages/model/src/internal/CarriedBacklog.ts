import type { ChannelParams } from "../CentreParams.js";
import type { IntervalOutcomes } from "./IntervalOutcomes.js";
import { transientFactor, type IntervalMetrics } from "./sessionWork.js";

/**
 * The start of an interval, where a pointwise stationary evaluation is wrong (the transient of Jiménez and Koole
 * 2004). A stationary interval starts with its own steady state; in fact it starts with the state the last one
 * left: agents coming on (shift start, back from a break) idle where a stationary agent would be finishing
 * earlier contacts, and the queue the last interval ended with (more after an understaffed interval, fewer after
 * a quiet one, none at opening) instead of its own.
 *
 * The difference decays as the contacts in hand finish: idle agents fill up, and a queue drains or builds, at
 * the pace of service completions, so it lasts about as long as a contact's residual handle time. The interval
 * is evaluated in two phases: its first `transientFactor` handle times (at most the whole interval; 2 for
 * exponential handle times: the block with the same area and mean time as the decay) with the work the agents
 * coming on do not have in hand as extra servers there, and the queue carried over beyond its own steady state
 * as extra arrivals there; the rest stationary. Its arrivals take the two phases' outcomes in proportion to time. The queue an interval ends with
 * is taken as its stationary one, rate x mean wait of all contacts (Little's law).
 */
export class CarriedBacklog {
  /** Contacts expected to be waiting at the end of the last interval, per channel. */
  private readonly waiting: Float64Array;
  private readonly steady: IntervalMetrics = { slAnswered: 0, slWaited: 0, pAbandon: 0, asaSec: 0, waitAllSec: 0 };

  /** Per channel, `transientFactor` of its handle times, and the parameters it was worked out for. */
  private readonly factor: Float64Array;
  private readonly factorOf: (ChannelParams | undefined)[];

  constructor(channels: number) {
    this.waiting = new Float64Array(channels);
    this.factor = new Float64Array(channels);
    this.factorOf = new Array<ChannelParams | undefined>(channels).fill(undefined);
  }

  /** A fresh start: nobody waiting (the centre opens). */
  reset(): void {
    this.waiting.fill(0);
  }

  /** Contacts of channel `c` expected to be waiting at the end of the last interval. */
  waitingAt(c: number): number {
    return this.waiting[c]!;
  }

  /** A channel with no arrivals this interval: whatever waited is served or gone by its end. */
  clear(c: number): void {
    this.waiting[c] = 0;
  }

  /**
   * Erlang A of channel `c` over an interval of `sec` seconds at `rate` contacts per second on `agents` agents,
   * `fresh` more agents' worth of capacity over the whole interval from the agents coming on idle.
   */
  evaluate(
    c: number,
    ch: ChannelParams,
    rate: number,
    ahtSec: number,
    sec: number,
    agents: number,
    fresh: number,
    outcomes: IntervalOutcomes,
  ): IntervalMetrics {
    const s = this.steady;
    // (Field by field: `Object.assign` was a measurable share of the interval fidelity's time.)
    const e = outcomes.evaluate(ch, rate, ahtSec, agents * ch.concurrency);
    s.slAnswered = e.slAnswered;
    s.slWaited = e.slWaited;
    s.pAbandon = e.pAbandon;
    s.asaSec = e.asaSec;
    s.waitAllSec = e.waitAllSec;
    const waiting = rate * s.waitAllSec;
    const extra = this.waiting[c]! - waiting;
    this.waiting[c] = waiting;
    // Under a hundredth of a contact or of a server the first phase would differ in nothing visible; nor would
    // more capacity and fewer waiting where hardly anyone waits (a tenth of a point of SL at most).
    const negligible = Math.abs(extra) < 0.01 && fresh < 0.01,
      unhurried = extra < 0.01 && s.slAnswered > 0.999;
    if (negligible || unhurried) return s;
    // (Worked out once per channel parameters, not per interval: an empirical distribution's moments are a loop.)
    if (this.factorOf[c] !== ch) {
      this.factor[c] = transientFactor(ch.handleTimeSec);
      this.factorOf[c] = ch;
    }
    const phase = Math.min(sec, this.factor[c]! * ahtSec);
    const m = outcomes.evaluate(
      ch,
      Math.max(rate * 0.01, rate + extra / phase),
      ahtSec,
      (agents + (fresh * sec) / phase) * ch.concurrency,
    );
    const w = phase / sec;
    const answered = w * (1 - m.pAbandon),
      steadyAnswered = (1 - w) * (1 - s.pAbandon);
    m.asaSec =
      answered + steadyAnswered > 0
        ? (answered * m.asaSec + steadyAnswered * s.asaSec) / (answered + steadyAnswered)
        : 0;
    m.slAnswered = w * m.slAnswered + (1 - w) * s.slAnswered;
    m.slWaited = w * m.slWaited + (1 - w) * s.slWaited;
    m.pAbandon = w * m.pAbandon + (1 - w) * s.pAbandon;
    m.waitAllSec = w * m.waitAllSec + (1 - w) * s.waitAllSec;
    return m;
  }
}
