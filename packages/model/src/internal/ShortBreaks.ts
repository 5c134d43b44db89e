import { distributionMean, distributionVariance, type Distribution } from "@ccsim/engine";
import { CHAT_SKILL, VOICE_SKILL } from "../AgentPool.js";
import type { ChannelParams } from "../CentreParams.js";
import type { DayPlan } from "../DayPlan.js";
import type { SimCalendar } from "../SimCalendar.js";
import { normalCdf } from "./normalCdf.js";

/**
 * Breaks shorter than an interval, in the interval fidelity. Such a break starts at its interval's start and ends
 * `x` seconds in; an agent busy at the start finishes the contact in hand first, and if that takes longer than
 * `x`, never goes off at all: it works on through the break. The day plan counts it as going off at the start
 * (finishing its contact after its planned time, as logged-in time) and coming back idle at `x` (capacity): both
 * count the time the contact runs past `x` a second time. Per such break, the expected overlap is the
 * in-hand time times `beyond(x)`, the share of a contact's mean residual that lies past `x`.
 */
export class ShortBreaks {
  /** Today's short breaks per skill group (bits) and interval, `[g * intervalsPerDay + i]`, and their mean length. */
  private readonly count: Float64Array;
  private readonly meanSec: Float64Array;

  constructor(private readonly calendar: SimCalendar) {
    this.count = new Float64Array(4 * calendar.intervalsPerDay);
    this.meanSec = new Float64Array(4 * calendar.intervalsPerDay);
  }

  /** Reads today's short breaks from the plan (each block's last break, when it takes part of its interval). */
  plan(plan: DayPlan): void {
    const { count, meanSec } = this;
    const breaks = plan.partialBreaks,
      sec = plan.partialBreakSec;
    for (let k = 0; k < count.length; k++) {
      const n = breaks[k]!;
      count[k] = n;
      meanSec[k] = n > 0 ? sec[k]! / n : 0;
    }
  }

  /** Short breaks starting in `interval` for skill group `group` (bits), and their mean length in seconds. */
  breaks(group: number, interval: number): number {
    return this.count[group * this.calendar.intervalsPerDay + interval]!;
  }
  breakSec(group: number, interval: number): number {
    return this.meanSec[group * this.calendar.intervalsPerDay + interval]!;
  }

  /**
   * Agent-seconds counted twice in `interval` on channel `ch` (served by skill `skill`, and by the multi-skilled
   * agents' share `flexible`), each agent leaving with `inHandSec` of work in hand on average (handle time `ahtSec`).
   */
  overlap(skill: number, interval: number, flexible: number, inHandSec: number, ch: ChannelParams, ahtSec: number) {
    const perDay = this.calendar.intervalsPerDay;
    const { count, meanSec } = this;
    const own = skill * perDay + interval,
      both = (VOICE_SKILL | CHAT_SKILL) * perDay + interval;
    const shared = count[both]! * flexible;
    const n = count[own]! + shared;
    if (!(n > 0) || !(inHandSec > 0)) return 0;
    const x = (count[own]! * meanSec[own]! + shared * meanSec[both]!) / n;
    return n * inHandSec * residualBeyond(ch.handleTimeSec, ahtSec, x);
  }
}

/**
 * The share of the mean residual of a contact in progress that lies beyond `x` seconds, for handle times `d`
 * scaled to mean `ahtSec`: E[(R - x)+] / E[R] = E[((S - x)+)^2] / E[S^2] for residual R of handle time S
 * (the residual's survival function is the integrated tail of S over E[S]). Closed forms for exponential,
 * constant and lognormal handle times; other shapes are taken as lognormal of the same mean and cv.
 */
export function residualBeyond(d: Distribution, ahtSec: number, x: number): number {
  if (!(x > 0)) return 1;
  if (!(ahtSec > 0)) return 0;
  const mean = distributionMean(d);
  const y = (x * mean) / ahtSec;
  if (d.kind === "exponential") return Math.exp(-y / mean);
  if (d.kind === "constant") return y >= mean ? 0 : (1 - y / mean) ** 2;
  const cv2 = distributionVariance(d) / (mean * mean);
  if (!(cv2 > 0)) return y >= mean ? 0 : (1 - y / mean) ** 2;
  // Lognormal: E[S^k; S > y] = E[S^k] Phi((mu + k sigma^2 - ln y) / sigma).
  const s2 = Math.log1p(cv2),
    s = Math.sqrt(s2),
    mu = Math.log(mean) - s2 / 2,
    ly = Math.log(y);
  const m2 = mean * mean * (1 + cv2);
  const tail2 = m2 * normalCdf((mu + 2 * s2 - ly) / s),
    tail1 = mean * normalCdf((mu + s2 - ly) / s),
    tail0 = normalCdf((mu - ly) / s);
  return Math.max(0, (tail2 - 2 * y * tail1 + y * y * tail0) / m2);
}
