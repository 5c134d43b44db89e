import { quantileSorted } from "./internal/quantileSorted.js";

/**
 * Streaming daily sums of one replication: a few numbers per day and channel, so memory does not grow with the
 * number of contacts (and only by a few hundred bytes per simulated day). Contacts count on the day they arrived;
 * months are sums of their days.
 */
export class CentreTally {
  /** Per day x channel: index `day * channels + channel`. */
  readonly offered: Float64Array;
  readonly answered: Float64Array;
  readonly abandoned: Float64Array;
  readonly answeredWithinThreshold: Float64Array;
  readonly abandonedWithinThreshold: Float64Array;
  readonly waitAnsweredSec: Float64Array;
  readonly waitAllSec: Float64Array;
  /** Handle time of the contacts answered, for AHT. */
  readonly handleSec: Float64Array;
  /** Per day, agent-seconds: required on the phones (planner), rostered on shift, logged in, busy with contacts. */
  readonly requiredAgentSec: Float64Array;
  readonly scheduledAgentSec: Float64Array;
  readonly loggedInAgentSec: Float64Array;
  readonly busyAgentSec: Float64Array;
  /** Per month, contacts handled per agent who logged in that month: median, 95th percentile, maximum. */
  readonly contactsPerAgentP50: Float64Array;
  readonly contactsPerAgentP95: Float64Array;
  readonly contactsPerAgentMax: Float64Array;

  constructor(
    readonly days: number,
    readonly months: number,
    readonly channels: number,
  ) {
    const mc = (): Float64Array => new Float64Array(days * channels);
    this.offered = mc();
    this.answered = mc();
    this.abandoned = mc();
    this.answeredWithinThreshold = mc();
    this.abandonedWithinThreshold = mc();
    this.waitAnsweredSec = mc();
    this.waitAllSec = mc();
    this.handleSec = mc();
    this.requiredAgentSec = new Float64Array(days);
    this.scheduledAgentSec = new Float64Array(days);
    this.loggedInAgentSec = new Float64Array(days);
    this.busyAgentSec = new Float64Array(days);
    this.contactsPerAgentP50 = new Float64Array(months);
    this.contactsPerAgentP95 = new Float64Array(months);
    this.contactsPerAgentMax = new Float64Array(months);
  }

  /**
   * Adds a day's plan: agents rostered per interval (`scheduled`) and required per channel and interval
   * (`required[c * intervalsPerDay + i]`), as agent-seconds.
   */
  addPlan(day: number, scheduled: Float64Array, required: Float64Array, intervalSec: number): void {
    const perDay = scheduled.length;
    for (let i = 0; i < perDay; i++) {
      this.scheduledAgentSec[day]! += scheduled[i]! * intervalSec;
      for (let c = 0; c < this.channels; c++) this.requiredAgentSec[day]! += required[c * perDay + i]! * intervalSec;
    }
  }

  /** Records the distribution of per-agent monthly contact counts of the agents who worked that month. */
  closeMonth(month: number, contacts: Float64Array, loggedInSec: Float64Array, agents: number): void {
    const all = new Float64Array(agents);
    let count = 0;
    for (let a = 0; a < agents; a++) if (loggedInSec[a]! > 0) all[count++] = contacts[a]!;
    if (count === 0) return;
    // NOTE: a typed array sorts numerically in native code, without a comparator call per comparison.
    const worked = all.subarray(0, count).sort();
    this.contactsPerAgentP50[month] = quantileSorted(worked, 0.5);
    this.contactsPerAgentP95[month] = quantileSorted(worked, 0.95);
    this.contactsPerAgentMax[month] = worked[worked.length - 1]!;
  }
}
