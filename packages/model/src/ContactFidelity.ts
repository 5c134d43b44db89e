import { EventCalendar, type RandomStreams } from "@ccsim/engine";
import { CHAT_SKILL, VOICE_SKILL, type AgentPool } from "./AgentPool.js";
import type { ChannelParams } from "./CentreParams.js";
import type { CentreTally } from "./CentreTally.js";
import type { DayHooks } from "./DayHooks.js";
import type { DayPlan } from "./DayPlan.js";
import type { IntervalLog } from "./IntervalLog.js";
import { drawHandleTime, makeLane, setLaneChannel, type Lane } from "./internal/ContactLane.js";
import { grown } from "./internal/grown.js";
import { dayOfTime, intervalStartSec, SECONDS_PER_DAY, type SimCalendar } from "./SimCalendar.js";

export type { DayHooks } from "./DayHooks.js";
export { contactStreams } from "./internal/ContactLane.js";

// Event kinds. Priorities at equal times: plan changes, then completions, abandonments, arrivals.
const DAY = 0,
  INTERVAL = 1,
  VOICE_DONE = 2,
  CHAT_DONE = 3,
  ABANDON = 4,
  ARRIVAL = 6,
  BREAK_END = 8;

/**
 * Contact fidelity: every contact is an entity. Arrivals are Poisson, piecewise constant per interval; routing
 * is FCFS per channel to the longest-idle agent with the skill, voice before chat for multi-skilled agents; chat
 * agents hold up to `concurrency` sessions. Agents log in and out at interval boundaries as the day plan says,
 * finishing the contact in hand first, and come back within an interval from a break shorter than it. At
 * closing time agents still logged in clear the queue.
 */
export class ContactFidelity {
  private readonly cal = new EventCalendar(4096);
  private readonly lanes: Lane[];
  private readonly voice: Lane | undefined;
  private readonly chat: Lane | undefined;
  private loggedIn = new Uint8Array(0);
  private wantOn = new Uint8Array(0);
  private voiceBusy = new Uint8Array(0);
  private sessions = new Uint8Array(0);
  private loginTime = new Float64Array(0);
  private closing = false;
  private interval = 0;
  private intervalEnd = 0;
  private day = 0;
  private month = 0;
  modelEvents = 0;

  constructor(
    private readonly calendar: SimCalendar,
    channels: readonly ChannelParams[],
    rates: readonly Float64Array[],
    private readonly plan: DayPlan,
    private readonly pool: AgentPool,
    private readonly tally: CentreTally,
    streams: RandomStreams,
    private readonly hooks: DayHooks,
  ) {
    this.lanes = channels.map((channel, index) => makeLane(channel, index, rates[index]!, streams));
    this.voice = this.lanes.find((lane) => lane.isVoice);
    this.chat = this.lanes.find((lane) => !lane.isVoice);
  }

  /** Interval records over a few days, when asked for (set by simulateCentre). */
  log: IntervalLog | undefined = undefined;

  /**
   * Channel parameters from now on (a dated intervention): same channels, in the same order. Samplers are rebuilt
   * on the same streams, so draws stay common across variants.
   */
  setChannels(channels: readonly ChannelParams[]): void {
    for (const lane of this.lanes) setLaneChannel(lane, channels[lane.index]!);
  }

  /** Simulates every day of the calendar. */
  run(): void {
    const cal = this.cal;
    cal.schedule(0, DAY, DAY, 0);
    while (cal.pop()) {
      this.modelEvents++;
      const kind = cal.kind;
      if (kind === ARRIVAL || kind === ARRIVAL + 1) this.arrive(this.lanes[kind - ARRIVAL]!);
      else if (kind === VOICE_DONE) this.finishVoice(cal.payload);
      else if (kind === CHAT_DONE) this.finishChat(cal.payload);
      else if (kind === ABANDON || kind === ABANDON + 1) this.abandon(this.lanes[kind - ABANDON]!, cal.payload);
      else if (kind === INTERVAL) this.startInterval(cal.payload);
      else if (kind === BREAK_END) this.comeOn(cal.payload);
      else this.startDay(cal.payload);
    }
    this.closeMonth();
  }

  private startDay(day: number): void {
    const month = this.calendar.monthOfDay[day]!;
    if (day > 0 && month !== this.month) this.closeMonth();
    this.day = day;
    this.month = month;
    this.hooks.beforeDay(day);
    this.ensureCapacity();
    this.plan.plan(day, this.pool);
    this.log?.recordPlan(day, this.plan, this.pool);
    this.tally.addPlan(this.day, this.plan.scheduled, this.plan.required, this.calendar.intervalSec);
    this.cal.schedule(intervalStartSec(this.calendar, day, 0), INTERVAL, INTERVAL, 0);
    if (day + 1 < this.calendar.days) this.cal.schedule((day + 1) * SECONDS_PER_DAY, DAY, DAY, day + 1);
  }

  private startInterval(interval: number): void {
    const perDay = this.calendar.intervalsPerDay;
    const now = this.cal.now;
    this.closing = interval === perDay;
    for (let a = 0; a < this.pool.count; a++) {
      const on = this.closing ? 0 : this.plan.onPhone[a * perDay + interval]!;
      // A break shorter than the interval: off from its start, back after `returnSec`.
      const back = this.closing ? 0 : this.plan.returnSec[a * perDay + interval]!;
      if (back > 0) this.cal.schedule(now + back, INTERVAL, BREAK_END, a);
      if (on === this.wantOn[a]) continue;
      if (on === 1) this.comeOn(a);
      else {
        this.wantOn[a] = 0;
        this.withdraw(a);
        if (this.voiceBusy[a] === 0 && this.sessions[a] === 0) this.logout(a);
      }
    }
    if (this.closing) return;
    this.interval = interval;
    this.intervalEnd = now + this.calendar.intervalSec;
    for (const lane of this.lanes) {
      const rate = lane.rates[this.day * perDay + interval]!;
      if (rate > 0) this.scheduleArrival(lane, now + lane.interarrival() / rate);
    }
    this.cal.schedule(this.intervalEnd, INTERVAL, INTERVAL, interval + 1);
  }

  /** Agent `a` comes on the phones: logs in if it was out, and takes or advertises work. */
  private comeOn(a: number): void {
    this.wantOn[a] = 1;
    if (this.loggedIn[a] === 0) {
      this.loggedIn[a] = 1;
      this.loginTime[a] = this.cal.now;
    }
    this.offerWork(a);
  }

  private scheduleArrival(lane: Lane, time: number): void {
    // Poisson arrivals are memoryless: a gap that crosses the interval end is dropped and restarts next interval.
    if (time < this.intervalEnd) this.cal.schedule(time, ARRIVAL + lane.index, ARRIVAL + lane.index, 0);
  }

  private arrive(lane: Lane): void {
    const now = this.cal.now;
    const m = this.day * this.lanes.length + lane.index;
    this.tally.offered[m]! += 1;
    this.log?.offered(now, lane.index);
    // Handle time and patience are drawn for every contact at arrival, so staffing changes do not move them.
    const handle = drawHandleTime(lane, this.interval);
    const patience = lane.patience();
    const agent = lane.slots.take(lane.epoch);
    if (agent >= 0) {
      this.tally.answered[m]! += 1;
      this.tally.answeredWithinThreshold[m]! += 1;
      this.log?.answered(now, lane.index, 0, lane.channel.thresholdSec);
      this.startService(lane, agent, handle, m);
    } else {
      const ticket = lane.line.join(now, handle, true);
      lane.line.setAbandonHandle(
        ticket,
        this.cal.schedule(now + patience, ABANDON + lane.index, ABANDON + lane.index, ticket),
      );
    }
    const rate = lane.rates[this.day * this.calendar.intervalsPerDay + this.interval]!;
    this.scheduleArrival(lane, now + lane.interarrival() / rate);
  }

  private abandon(lane: Lane, ticket: number): void {
    const arrival = lane.line.abandon(ticket);
    const wait = this.cal.now - arrival;
    const m = dayOfTime(arrival) * this.lanes.length + lane.index;
    this.tally.abandoned[m]! += 1;
    this.tally.waitAllSec[m]! += wait;
    if (wait <= lane.channel.thresholdSec) this.tally.abandonedWithinThreshold[m]! += 1;
    this.log?.abandoned(arrival, lane.index, wait, lane.channel.thresholdSec);
  }

  /** Starts a contact (its base handle time drawn at arrival) with `agent`; `m` is its day-channel index. */
  private startService(lane: Lane, agent: number, baseHandleSec: number, m: number): void {
    const pool = this.pool;
    let handle = baseHandleSec * pool.speedFactor[agent]! * pool.handleTimeMultiplier[agent]!;
    if (lane.isVoice) {
      this.voiceBusy[agent] = 1;
      this.withdraw(agent);
      this.cal.schedule(this.cal.now + handle, VOICE_DONE, VOICE_DONE, agent);
      pool.busySecThisMonth[agent]! += handle;
      this.tally.busyAgentSec[this.day]! += handle;
      this.log?.busy(this.cal.now, handle, 1);
    } else {
      const open = ++this.sessions[agent]!;
      handle *= 1 + lane.channel.concurrencyHandleTimeFactor * (open - 1);
      // No longer wholly free: withdraw the voice offer; the remaining chat slots stay advertised.
      if (this.voice !== undefined) this.voice.epoch[agent]! += 1;
      this.cal.schedule(this.cal.now + handle, CHAT_DONE, CHAT_DONE, agent);
      // A session occupies 1/concurrency of the agent.
      const busy = handle / lane.channel.concurrency;
      pool.busySecThisMonth[agent]! += busy;
      this.tally.busyAgentSec[this.day]! += busy;
      this.log?.busy(this.cal.now, handle, 1 / lane.channel.concurrency);
    }
    this.tally.handleSec[m]! += handle;
  }

  private finishVoice(agent: number): void {
    this.voiceBusy[agent] = 0;
    this.pool.contactsThisMonth[agent]! += 1;
    this.offerWork(agent);
  }

  private finishChat(agent: number): void {
    this.sessions[agent]! -= 1;
    this.pool.contactsThisMonth[agent]! += 1;
    this.offerWork(agent);
  }

  /**
   * Gives a free (or partly free) agent work from the lines, then advertises what capacity is left. An agent
   * who should be off logs out once empty-handed, except at closing, when agents clear the queue first.
   */
  private offerWork(agent: number): void {
    if (this.voiceBusy[agent] === 1) return;
    const skills = this.pool.skills[agent]!;
    const working = this.wantOn[agent] === 1 || this.closing;
    const { voice, chat } = this;
    if (
      working &&
      voice !== undefined &&
      (skills & VOICE_SKILL) !== 0 &&
      this.sessions[agent] === 0 &&
      this.takeFromLine(voice, agent)
    )
      return;
    if (working && chat !== undefined && (skills & CHAT_SKILL) !== 0) {
      while (this.sessions[agent]! < chat.channel.concurrency && this.takeFromLine(chat, agent));
    }
    if (this.wantOn[agent] === 0) {
      if (this.sessions[agent] === 0) this.logout(agent);
      return;
    }
    this.advertise(agent, voice, chat);
  }

  /** Serves the oldest waiting contact of `lane` with `agent`; false if nobody waits. */
  private takeFromLine(lane: Lane, agent: number): boolean {
    const ticket = lane.line.next();
    if (ticket < 0) return false;
    const arrival = lane.line.arrivalTimeOf(ticket);
    const wait = this.cal.now - arrival;
    this.cal.cancel(lane.line.abandonHandleOf(ticket));
    const m = dayOfTime(arrival) * this.lanes.length + lane.index;
    this.tally.answered[m]! += 1;
    this.tally.waitAnsweredSec[m]! += wait;
    this.tally.waitAllSec[m]! += wait;
    if (wait <= lane.channel.thresholdSec) this.tally.answeredWithinThreshold[m]! += 1;
    this.log?.answered(arrival, lane.index, wait, lane.channel.thresholdSec);
    this.startService(lane, agent, lane.line.handleTimeOf(ticket), m);
    return true;
  }

  private advertise(agent: number, voice: Lane | undefined, chat: Lane | undefined): void {
    const skills = this.pool.skills[agent]!;
    this.withdraw(agent);
    if (voice !== undefined && (skills & VOICE_SKILL) !== 0 && this.sessions[agent] === 0)
      voice.slots.push(agent, voice.epoch[agent]!);
    if (chat !== undefined && (skills & CHAT_SKILL) !== 0) {
      for (let s = this.sessions[agent]!; s < chat.channel.concurrency; s++) chat.slots.push(agent, chat.epoch[agent]!);
    }
  }

  /** Withdraws every advertised slot of the agent (O(1): epochs move on, stale entries are skipped later). */
  private withdraw(agent: number): void {
    for (const lane of this.lanes) lane.epoch[agent]! += 1;
  }

  private logout(agent: number): void {
    if (this.loggedIn[agent] === 0) return;
    this.loggedIn[agent] = 0;
    this.withdraw(agent);
    const seconds = this.cal.now - this.loginTime[agent]!;
    this.pool.loggedInSecThisMonth[agent]! += seconds;
    this.tally.loggedInAgentSec[this.day]! += seconds;
  }

  private closeMonth(): void {
    this.tally.closeMonth(this.month, this.pool.contactsThisMonth, this.pool.loggedInSecThisMonth, this.pool.count);
    this.hooks.closeMonth?.(this.month);
    this.pool.resetMonth();
  }

  private ensureCapacity(): void {
    const n = this.pool.capacity;
    if (this.loggedIn.length >= n) return;
    this.loggedIn = grown(this.loggedIn, n);
    this.wantOn = grown(this.wantOn, n);
    this.voiceBusy = grown(this.voiceBusy, n);
    this.sessions = grown(this.sessions, n);
    this.loginTime = grown(this.loginTime, n);
    for (const lane of this.lanes) lane.epoch = grown(lane.epoch, n);
  }
}
