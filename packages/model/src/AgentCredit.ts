import type { RandomStream } from "@ccsim/engine";
import { CHAT_SKILL, VOICE_SKILL, type AgentPool } from "./AgentPool.js";
import type { ChannelParams } from "./CentreParams.js";
import type { DayPlan } from "./DayPlan.js";
import type { SimCalendar } from "./SimCalendar.js";

const SQRT6 = Math.sqrt(6);

/**
 * The interval fidelity's share-out of a day's results to the agents who worked it: each agent's contacts,
 * logged-in time and busy time, from the day's per-skill-group results per interval (which the interval fidelity
 * fills in `perRateToday` and `occupancyToday`) and the agent's shift blocks and breaks in the day plan.
 */
export class AgentCredit {
  /** Today's handled contacts per unit of service rate, per skill group (bits) and interval: `[g * intervalsPerDay + i]`. */
  readonly perRateToday: Float64Array;
  /** Today's occupancy of an agent of each skill group (bits) per interval (as above). */
  readonly occupancyToday: Float64Array;
  /** cv_S^2 + cv_I^2 of an agent's contact-and-wait cycle, per skill group (see `creditDay`). */
  readonly cycleCv2 = new Float64Array(4);
  /** Index of the voice and the chat channel, or -1. */
  private voice = -1;
  private chat = -1;
  /** Running sums of `perRateToday` per skill group: `[g * (intervalsPerDay + 1) + i]` sums intervals before i. */
  private readonly perRateBefore: Float64Array;
  /** Running sums of `occupancyToday` (as above). */
  private readonly occupancyBefore: Float64Array;
  /** Per block class, today's contacts per unit of service rate, intervals on the phones and busy intervals. */
  private classContacts = new Float64Array(0);
  private classIntervals = new Float64Array(0);
  private classBusy = new Float64Array(0);

  constructor(
    private readonly calendar: SimCalendar,
    private readonly plan: DayPlan,
    private readonly pool: AgentPool,
    private readonly busyNoise: RandomStream,
    /** Whether each agent's busy time is needed (by the people layer's burnout); without it, it is not worked out. */
    private readonly creditBusy: boolean,
  ) {
    const perDay = calendar.intervalsPerDay;
    this.perRateToday = new Float64Array(4 * perDay);
    this.occupancyToday = new Float64Array(4 * perDay);
    this.perRateBefore = new Float64Array(4 * (perDay + 1));
    this.occupancyBefore = new Float64Array(4 * (perDay + 1));
  }

  /**
   * Records one interval's results per skill group from its channels': handled contacts per unit of service
   * rate, `perRate`, and occupancy, `occupancy`, per channel; `weight` is the share of the multi-skilled agents
   * counted among each channel's servers (pooled, an idle one counts in both: the two may sum to more than 1).
   */
  recordInterval(interval: number, weight: Float64Array, perRate: Float64Array, occupancy: Float64Array): void {
    const perDay = this.calendar.intervalsPerDay;
    const { voice, chat } = this;
    // Contacts per unit of service rate for each skill group: an agent of rate r in group g is credited r times
    // this (its channels' handled contacts shared in proportion to rate, a flexible agent by its `weight` in each).
    const onVoice = voice < 0 ? 0 : perRate[voice]!,
      onChat = chat < 0 ? 0 : perRate[chat]!;
    const { perRateToday, occupancyToday } = this;
    perRateToday[VOICE_SKILL * perDay + interval] = onVoice;
    perRateToday[CHAT_SKILL * perDay + interval] = onChat;
    const onVoiceWeight = voice < 0 ? 0 : weight[voice]!,
      onChatWeight = chat < 0 ? 0 : weight[chat]!;
    perRateToday[(VOICE_SKILL | CHAT_SKILL) * perDay + interval] = onVoiceWeight * onVoice + onChatWeight * onChat;
    // Every agent on a channel is busy its occupancy of the interval (the Erlang model's agents are alike in this);
    // a flexible agent is busy on each channel as often as it is among that channel's servers, so the groups' busy
    // time adds up to the channels'. This drives each agent's burnout.
    const busyVoice = voice < 0 ? 0 : occupancy[voice]!,
      busyChat = chat < 0 ? 0 : occupancy[chat]!;
    occupancyToday[VOICE_SKILL * perDay + interval] = busyVoice;
    occupancyToday[CHAT_SKILL * perDay + interval] = busyChat;
    occupancyToday[(VOICE_SKILL | CHAT_SKILL) * perDay + interval] =
      onVoiceWeight * busyVoice + onChatWeight * busyChat;
  }

  /**
   * cv_S^2 + 1 per skill group from the channels' residual factors (1 + cv_S^2) / 2 (see `residualFactor`): twice
   * its channel's, the mean of both channels' for multi-skilled agents.
   */
  setChannels(channels: readonly ChannelParams[], residual: readonly number[]): void {
    this.voice = channels.findIndex((ch) => ch.name === "voice");
    this.chat = channels.findIndex((ch) => ch.name !== "voice");
    for (let g = 1; g < 4; g++) {
      let sum = 0,
        n = 0;
      channels.forEach((ch, c) => {
        if ((g & (ch.name === "voice" ? VOICE_SKILL : CHAT_SKILL)) !== 0) {
          sum += 2 * residual[c]!;
          n++;
        }
      });
      this.cycleCv2[g] = n > 0 ? sum / n : 2;
    }
  }

  /**
   * Credits each agent who worked today with its share of its channels' handled contacts, in proportion to its
   * service rate (faster agents complete more), and with its logged-in and busy time.
   * NOTE: from running sums over each shift block less its breaks, rather than a pass over the agent's day.
   * @param plannedSec today's logged-in agent-seconds as planned; `overrunSec` what agents going off added.
   */
  creditDay(plannedSec: number, overrunSec: number): void {
    const perDay = this.calendar.intervalsPerDay;
    const before = this.perRateBefore,
      perRate = this.perRateToday;
    const busyBefore = this.occupancyBefore,
      busyShare = this.occupancyToday;
    for (let g = 0; g < 4; g++) {
      for (let i = 0; i < perDay; i++) {
        before[g * (perDay + 1) + i + 1] = before[g * (perDay + 1) + i]! + perRate[g * perDay + i]!;
        if (this.creditBusy)
          busyBefore[g * (perDay + 1) + i + 1] = busyBefore[g * (perDay + 1) + i]! + busyShare[g * perDay + i]!;
      }
    }
    // Each class of block (see `BlockClasses`): contacts per unit of service rate, intervals on the phones and busy
    // time of one of its agents, from the running sums over the block less its breaks; then each agent adds up its
    // blocks' (NOTE: once per class rather than per agent: a class holds a few agents to hundreds).
    const classes = this.plan.classes;
    this.ensureClassCapacity(classes.count);
    const { classContacts, classIntervals, classBusy } = this;
    const { group: groupOf, start: startOf, length: lengthOf, breaks: breaksOf, breaksFrom, breakAt, part } = classes;
    const used = this.plan.usedClasses;
    for (let k = 0; k < this.plan.classesToday; k++) {
      const c = used[k]!;
      const group = groupOf[c]!,
        start = startOf[c]!,
        length = lengthOf[c]!,
        from = breaksFrom[c]!,
        to = from + breaksOf[c]!;
      let intervals = length - breaksOf[c]!;
      let contacts = before[group * (perDay + 1) + start + length]! - before[group * (perDay + 1) + start]!;
      for (let j = from; j < to; j++) contacts -= perRate[group * perDay + breakAt[j]!]!;
      // The last break may take only part of its interval: give back the rest.
      const back = 1 - part[c]!;
      if (back > 0) {
        intervals += back;
        contacts += perRate[group * perDay + breakAt[to - 1]!]! * back;
      }
      classContacts[c] = contacts;
      classIntervals[c] = intervals;
      // (Busy time only where it is needed: without the people layer it was a third of this loop.)
      if (!this.creditBusy) continue;
      let busy = busyBefore[group * (perDay + 1) + start + length]! - busyBefore[group * (perDay + 1) + start]!;
      for (let j = from; j < to; j++) busy -= busyShare[group * perDay + breakAt[j]!]!;
      if (back > 0) busy += busyShare[group * perDay + breakAt[to - 1]!]! * back;
      classBusy[c] = busy;
    }
    // NOTE: arrays in locals, so that the loop does not reload them from their objects at every step.
    const { skills, contactsThisMonth, loggedInSecThisMonth, busySecThisMonth } = this.pool;
    const { present, presentRate, blockClass } = this.plan;
    // Each agent's logged-in time carries the day's share of time spent finishing contacts after going off.
    const stretch = plannedSec > 0 ? 1 + overrunSec / plannedSec : 1;
    const sec = this.calendar.intervalSec * stretch;
    // Mean handle-time multiplier of each skill group's agents today (see the busy share below).
    const slowness = this.plan.presentSlowness,
      count = this.plan.presentInGroup;
    const { creditBusy, cycleCv2, busyNoise } = this;
    const intervalSec = this.calendar.intervalSec;
    const presentCount = this.plan.presentCount;
    for (let p = 0; p < presentCount; p++) {
      const a = present[p]!;
      const group = skills[a]!;
      const first = blockClass[2 * p]!,
        second = blockClass[2 * p + 1]!;
      let contacts = 0,
        intervals = 0,
        busy = 0;
      if (first >= 0) {
        contacts = classContacts[first]!;
        intervals = classIntervals[first]!;
        busy = classBusy[first]!;
      }
      if (second >= 0) {
        contacts += classContacts[second]!;
        intervals += classIntervals[second]!;
        busy += classBusy[second]!;
      }
      // Rounding of the differences may leave -1e-16 where nothing was handled.
      contactsThisMonth[a]! += Math.max(0, contacts) * presentRate[p]!;
      loggedInSecThisMonth[a]! += intervals * sec;
      if (!creditBusy) continue;
      // Agents are alike in the Erlang model, but under longest-idle routing a slower agent is busy longer per
      // contact for the same idle wait between contacts: busy share b = x / (x + idle) for handle time x, whose
      // elasticity to x is 1 - b. So an agent's busy share is the group's times (own / mean multiplier)^(1 - b).
      const share = intervals > 0 ? Math.max(0, busy) / intervals : 0;
      // (To first order in the relative multiplier, which a lognormal speed spread of 0.15 keeps near 1.)
      const relative = count[group]! > 0 ? count[group]! / (presentRate[p]! * slowness[group]!) : 1;
      const expected = Math.max(0, busy) * (1 + (1 - Math.min(1, share)) * (relative - 1));
      // And an agent's day is a run of N contact-and-wait cycles, so its busy share b varies from day to day:
      // sd = b (1 - b) sqrt((cv_S^2 + cv_I^2) / N) (delta method for sum S / (sum S + sum I)), with exponential
      // waits (cv_I = 1). Month-to-date occupancy drives burnout, which is convex in it, so this spread matters.
      const handled = Math.max(0, contacts) * presentRate[p]!;
      const loggedIn = intervals * stretch;
      const b = loggedIn > 0 ? Math.min(1, expected / loggedIn) : 0;
      const sd = handled > 0 ? b * (1 - b) * Math.sqrt(cycleCv2[group]! / handled) : 0;
      // Zero-mean noise of unit variance from two uniforms (a triangular variate; the shape hardly matters here).
      const z = sd > 0 ? (busyNoise.next() + busyNoise.next() - 1) * SQRT6 : 0;
      busySecThisMonth[a]! += Math.min(loggedIn, Math.max(0, expected + sd * z * loggedIn)) * intervalSec;
    }
  }

  private ensureClassCapacity(classes: number): void {
    if (this.classContacts.length >= classes) return;
    const n = Math.max(64, 2 * classes);
    this.classContacts = new Float64Array(n);
    this.classIntervals = new Float64Array(n);
    this.classBusy = new Float64Array(n);
  }
}
