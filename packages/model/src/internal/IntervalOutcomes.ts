import { distributionMean, makePoissonSampler, type RandomStream } from "@ccsim/engine";
import { erlangAInto, erlangAOutcomes } from "@ccsim/erlang";
import type { ChannelParams } from "../CentreParams.js";
import type { CentreTally } from "../CentreTally.js";
import type { IntervalMetrics } from "./sessionWork.js";

/**
 * One channel-interval of the interval fidelity: its exact Erlang A results (`evaluate`), and the outcome counts
 * drawn from them into the tally (`draw`). Outcomes of a Poisson number of contacts, each landing independently
 * in one outcome class, are independent Poisson counts (Poisson splitting), so each class is its own variate.
 */
export class IntervalOutcomes {
  private readonly poisson: (mean: number) => number;
  /** This channel-interval's Erlang A results (one object, overwritten by every evaluation). */
  private readonly m: IntervalMetrics = { slAnswered: 0, slWaited: 0, pAbandon: 0, asaSec: 0, waitAllSec: 0 };
  /** Erlang A's outcomes (one object, overwritten by every evaluation), and the mean patience of `patienceOf`. */
  private readonly a = erlangAOutcomes();
  private patienceSec = 0;
  private patienceOf: ChannelParams | undefined = undefined;

  constructor(
    outcomes: RandomStream,
    private readonly roundingDraw: RandomStream,
  ) {
    this.poisson = makePoissonSampler(outcomes);
  }

  /**
   * Exact Erlang A for channel `ch`. A fractional number of servers n + w (an agent on a break for part of the
   * interval, or the capacity of agents coming on idle) is the time average of n and n + 1 servers, the interval
   * spending the share w of its time with one server more: linear interpolation between the two. It is drawn
   * instead of computed: n + 1 with probability w, else n (stochastic rounding), which has that expected value at
   * the cost of one evaluation, its noise averaging out over the month like the outcome counts'.
   * Inputs are quantised (rate to 0.1 contacts per hour, handle time to 1 s, i.e. ~0.2% of a typical AHT), far
   * below the interval's Poisson noise.
   * NOTE: results are not memoised: with absences and the mix of agents present varying daily, fewer than one
   * interval in ten repeats an earlier one, and a year of retained results made every minor GC copy them.
   */
  evaluate(ch: ChannelParams, rate: number, ahtSec: number, servers: number): IntervalMetrics {
    // Below a millionth of a server is rounding residue of the sums of agents.
    const rounded = Math.round(servers * 1e6) / 1e6;
    const low = Math.floor(rounded),
      weight = rounded - low;
    const agents = weight > 0 && this.roundingDraw.next() < weight ? low + 1 : low;
    // The closed form needs exponential patience: other patience forms are approximated by their mean.
    // (Worked out once per channel parameters: an empirical distribution's mean is a loop.)
    if (ch !== this.patienceOf) {
      this.patienceSec = distributionMean(ch.patienceSec);
      this.patienceOf = ch;
    }
    // (Unchecked: a whole number of agents, rate and handle time from the scenario's validated parameters.)
    const a = erlangAInto(
      this.a,
      agents,
      Math.round(rate * 36_000) / 10,
      Math.max(1, Math.round(ahtSec)),
      ch.thresholdSec,
      this.patienceSec,
    );
    const m = this.m;
    m.slAnswered = a.slAnswered;
    m.slWaited = a.slWaited;
    m.pAbandon = a.pAbandon;
    m.asaSec = a.asaAnsweredSec;
    m.waitAllSec = a.meanWaitAllSec;
    return m;
  }

  /**
   * Draws the outcomes of `expected` offered contacts under `m` into the tally at day-channel index `k` (and the
   * day's busy time); returns the contacts answered.
   */
  /** The counts of the last `draw`, for the interval log (planner exports); overwritten by every draw. */
  readonly last = { answered: 0, abandoned: 0, answeredWithin: 0, abandonedWithin: 0, asaSec: 0 };

  draw(
    t: CentreTally,
    day: number,
    k: number,
    m: IntervalMetrics,
    expected: number,
    aht: number,
    ch: ChannelParams,
  ): number {
    const abandonedWithinShare = m.slWaited - m.slAnswered;
    const answeredWithin = this.poisson(expected * Math.max(0, m.slAnswered));
    const answeredLate = this.poisson(expected * Math.max(0, 1 - m.pAbandon - m.slAnswered));
    const abandonedWithin = this.poisson(expected * Math.max(0, abandonedWithinShare));
    const abandonedLate = this.poisson(expected * Math.max(0, m.pAbandon - abandonedWithinShare));
    const answered = answeredWithin + answeredLate;
    const abandoned = abandonedWithin + abandonedLate;
    const last = this.last;
    last.answered = answered;
    last.abandoned = abandoned;
    last.answeredWithin = answeredWithin;
    last.abandonedWithin = abandonedWithin;
    last.asaSec = m.asaSec;
    t.offered[k]! += answered + abandoned;
    t.answered[k]! += answered;
    t.abandoned[k]! += abandoned;
    t.answeredWithinThreshold[k]! += answeredWithin;
    t.abandonedWithinThreshold[k]! += abandonedWithin;
    t.waitAnsweredSec[k]! += answered * m.asaSec;
    // Mean wait of an abandoning contact, from E[W] over all = P(ans) ASA + P(ab) E[W | ab].
    const abandonWait = m.pAbandon > 0 ? Math.max(0, (m.waitAllSec - (1 - m.pAbandon) * m.asaSec) / m.pAbandon) : 0;
    t.waitAllSec[k]! += answered * m.asaSec + abandoned * abandonWait;
    t.handleSec[k]! += answered * aht;
    t.busyAgentSec[day]! += (answered * aht) / ch.concurrency;
    return answered;
  }
}
