import { distributionMean } from "@ccsim/engine";
import { CHAT_SKILL, VOICE_SKILL } from "../AgentPool.js";
import type { ChannelParams } from "../CentreParams.js";
import type { DayPlan } from "../DayPlan.js";
import type { SimCalendar } from "../SimCalendar.js";
import type { CarriedBacklog } from "./CarriedBacklog.js";
import { ChatMode, type ChatModeInput } from "./ChatMode.js";
import { handleFactor, sessionAht } from "./sessionWork.js";
import type { ShortBreaks } from "./ShortBreaks.js";

/**
 * The agents the interval fidelity counts among each channel's servers in an interval, from the day plan's sums
 * per skill group: the single-skilled ones, and the multi-skilled ones by weight. Voice counts the multi-skilled
 * agents not in the chat mode (on a call or idle), chat those in it and voice's idle ones, there for either
 * channel's next contact (`ChatMode`, a state carried from interval to interval); so the weights may sum to more
 * than 1, while busy time still adds up (each channel's carried load is spread over its servers, `AgentCredit`).
 */
export class ChannelServers {
  /** Agents per channel, and their sum of service rates (1 / multiplier), to share work by. */
  readonly agents: Float64Array;
  readonly rateSum: Float64Array;
  /** Agents per channel without voice's idle multi-skilled agents counted by chat: those holding its sessions. */
  readonly holding: Float64Array;
  /** Agents coming on and going off at the interval's start, per channel (see `DayPlan.joins`). */
  readonly joins: Float64Array;
  readonly leaves: Float64Array;
  /** Share of the multi-skilled agents counted among each channel's servers. */
  readonly weight: Float64Array;
  private readonly skill: Int32Array;
  private readonly noJoins: Float64Array;
  private patienceSec: number[] = [];
  private readonly chatMode = new ChatMode();
  /** The chat mode's input, filled in place each interval rather than built anew (10,000 objects a year). */
  private readonly input: { -readonly [K in keyof ChatModeInput]: ChatModeInput[K] } = {
    flexible: 0,
    leaving: 0,
    shortBreaks: 0,
    shortBreakSec: 0,
    joining: 0,
    joiningV: 0,
    joiningC: 0,
    waitingV: 0,
    waitingC: 0,
    singleV: 0,
    singleC: 0,
    rateV: 0,
    rateC: 0,
    ahtV: 0,
    ahtC: 0,
    concurrency: 1,
    patienceV: 0,
    patienceC: 0,
  };

  constructor(
    private readonly calendar: SimCalendar,
    private channels: readonly ChannelParams[],
    private readonly rates: readonly Float64Array[],
    private readonly plan: DayPlan,
    private readonly shortBreaks: ShortBreaks,
  ) {
    const n = channels.length;
    [this.agents, this.rateSum, this.holding, this.joins, this.leaves, this.weight] = Array.from(
      { length: 6 },
      () => new Float64Array(n),
    ) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    this.skill = Int32Array.from(channels, (ch) => (ch.name === "voice" ? VOICE_SKILL : CHAT_SKILL));
    this.noJoins = new Float64Array(4 * (calendar.intervalsPerDay + 1));
    this.setChannels(channels);
  }

  /** Channel parameters from now on (a dated intervention); same channels, in the same order. */
  setChannels(channels: readonly ChannelParams[]): void {
    this.channels = channels;
    this.patienceSec = channels.map((ch) => distributionMean(ch.patienceSec));
  }

  /** A fresh day: nobody on (not for a centre open around the clock). */
  resetDay(): void {
    this.chatMode.reset();
  }

  /**
   * Counts the interval's agents; `lastAht` is the session handle time each channel was last evaluated at, `fresh`
   * false where the day carries over midnight (nobody counts as coming on at interval 0), `backlog` the contacts
   * waiting as the last interval ended.
   */
  count(day: number, interval: number, lastAht: Float64Array, fresh: boolean, backlog: CarriedBacklog): void {
    const perDay = this.calendar.intervalsPerDay,
      row = perDay + 1,
      both = VOICE_SKILL | CHAT_SKILL;
    const { groupAgents, groupRate, leaves } = this.plan;
    const joins = interval === 0 && !fresh ? this.noJoins : this.plan.joins;
    const flexible = groupAgents[both * perDay + interval]!,
      rateBoth = groupRate[both * perDay + interval]!;
    const w = this.weight;
    if (this.channels.length === 1) w[0] = 1;
    else {
      const v = this.channels[0]!.name === "voice" ? 0 : 1;
      const chV = this.channels[v]!,
        chC = this.channels[1 - v]!;
      const singleV = groupAgents[VOICE_SKILL * perDay + interval]!,
        singleC = groupAgents[CHAT_SKILL * perDay + interval]!;
      // Handle times as last evaluated (the agents' own speed, chat sessions opened beside others), until there is one.
      const lastVoice = lastAht[v]!,
        lastChat = lastAht[1 - v]!;
      const rateV = this.rates[v]![day * perDay + interval]!,
        ahtV = lastVoice > 0 ? lastVoice : sessionAht(chV, handleFactor(chV, interval), 0, 0);
      const input = this.input;
      input.flexible = flexible;
      input.leaving = leaves[both * row + interval]!;
      input.shortBreaks = this.shortBreaks.breaks(both, interval);
      input.shortBreakSec = this.shortBreaks.breakSec(both, interval);
      input.joining = joins[both * row + interval]!;
      input.waitingC = backlog.waitingAt(1 - v);
      input.waitingV = backlog.waitingAt(v);
      input.joiningV = joins[VOICE_SKILL * row + interval]!;
      input.joiningC = joins[CHAT_SKILL * row + interval]!;
      input.singleV = singleV;
      input.singleC = singleC;
      input.rateV = rateV;
      input.rateC = this.rates[1 - v]![day * perDay + interval]!;
      input.ahtV = ahtV;
      input.ahtC = lastChat > 0 ? lastChat : sessionAht(chC, handleFactor(chC, interval), 0, 0);
      input.concurrency = chC.concurrency;
      input.patienceV = this.patienceSec[v]!;
      input.patienceC = this.patienceSec[1 - v]!;
      const chat = this.chatMode.step(input, this.calendar.intervalSec);
      const serversV = singleV + (1 - chat) * flexible;
      const busyV = serversV > 0 ? Math.min(1, (rateV * ahtV) / serversV) : 1;
      w[v] = 1 - chat;
      w[1 - v] = chat + (1 - chat) * (1 - busyV);
      this.holding[v] = serversV;
      this.holding[1 - v] = singleC + chat * flexible;
    }
    for (let c = 0; c < this.channels.length; c++) {
      const g = this.skill[c]!;
      this.agents[c] = groupAgents[g * perDay + interval]! + flexible * w[c]!;
      this.rateSum[c] = groupRate[g * perDay + interval]! + rateBoth * w[c]!;
      this.joins[c] = joins[g * row + interval]! + joins[both * row + interval]! * w[c]!;
      this.leaves[c] = leaves[g * row + interval]! + leaves[both * row + interval]! * w[c]!;
    }
    if (this.channels.length === 1) this.holding[0] = this.agents[0]!;
  }
}
