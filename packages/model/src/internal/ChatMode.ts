import { noIdleOf, Queue } from "./HeavyTraffic.js";
import { timeToEmptyMixed } from "./SessionChain.js";

/** One interval's multi-skilled agents and the two channels they serve (rates per second, times in seconds). */
export interface ChatModeInput {
  /** Multi-skilled agents on the phones (fractional where a break takes part of the interval). */
  readonly flexible: number;
  /** Multi-skilled agents going off at the interval's start, of them on a break shorter than it, its mean length. */
  readonly leaving: number;
  readonly shortBreaks: number;
  readonly shortBreakSec: number;
  /** Agents coming on (idle) in the interval: multi-skilled, voice-only, chat-only. */
  readonly joining: number;
  readonly joiningV: number;
  readonly joiningC: number;
  /** Calls and chats waiting as the last interval ended (`CarriedBacklog`). */
  readonly waitingV: number;
  readonly waitingC: number;
  /** Voice-only and chat-only agents on the phones. */
  readonly singleV: number;
  readonly singleC: number;
  readonly rateV: number;
  readonly rateC: number;
  /** Mean handle time of a call and of a chat session; chat's concurrency; mean patience. */
  readonly ahtV: number;
  readonly ahtC: number;
  readonly concurrency: number;
  readonly patienceV: number;
  readonly patienceC: number;
}

/**
 * How many of the multi-skilled (voice and chat) agents hold chats, carried from interval to interval.
 *
 * In contact fidelity a multi-skilled agent holding a chat session takes only chats, and puts all its free
 * sessions back in the list of free chat sessions whenever one ends, so they are refilled before its last one
 * ends far more often than independent sessions would be (`SessionChain`): holding chats is a mode that lasts
 * (MTS file: 1,980 s on average, 44% of such spells ending only when the agent goes off), and who is in it
 * depends on the intervals before. Splitting the agents present in proportion to this interval's offered load
 * misses that (the split's count of voice's servers was 0.06 of the multi-skilled agents short on MTS;
 * docs/fidelity-research.md). Here the share c of them in the chat mode is a state, moved by these flows, each
 * from contact fidelity's routing (`ContactFidelity.offerWork`) and checked against its counts there:
 * - agents going off leave it (one on a break shorter than the interval keeps it when its sessions outlast the
 *   break: it never goes off);
 * - agents coming on at the interval's start take the calls, then the chats, the last interval left waiting,
 *   shared with the single-skilled agents coming on with them (`joinersToChat`);
 * - an idle agent (on both lists of free agents) is taken by a chat as often, relative to a call, as chat's
 *   arrivals over its concurrency relative to calls: per call answered at once, rate_C / k idle multi-skilled
 *   agents go to chat, and calls answered at once reach them in proportion to their share of voice's servers
 *   (contact fidelity's share of idle spells ending in a chat: 0.162, 0.133, 0.105 on the MTS, pay-schemes and
 *   small-centre files; this ratio: 0.164, 0.125, 0.102);
 * - an agent ending a call takes a waiting chat when no call waits (`fromCalls`);
 * - an agent in the chat mode leaves it when its last session ends before it is refilled, which can happen only
 *   while no chat waits (a waiting chat refills it at once), after the session chain's time to empty
 *   (`timeToEmptyMixed`).
 * The share moves continuously in between, its flows depending on it through the channels' probabilities of wait
 * (`HeavyTraffic`); it is integrated over the interval in steps of `STEP_SEC`.
 */
export class ChatMode {
  private count = 0;
  private agents = 0;
  // The flows at share x (`rates`): into the chat mode per agent outside it, out per agent in it.
  private into = 0;
  private out = 0;
  /** The two channels' queues this interval (set in place). */
  private readonly voice = new Queue();
  private readonly chat = new Queue();

  /** A fresh day: nobody on. */
  reset(): void {
    this.count = 0;
    this.agents = 0;
  }

  /** Returns the mean share of the interval's multi-skilled agents in the chat mode, and moves on to its end. */
  step(input: ChatModeInput, intervalSec: number): number {
    const { flexible, rateC, ahtC } = input;
    const k = input.concurrency;
    // Sessions outlasting a break of x: the longest of k exponential residuals of mean ahtC.
    const keep = input.shortBreaks > 0 ? 1 - (1 - Math.exp(-input.shortBreakSec / Math.max(1, ahtC))) ** k : 0;
    const gone = Math.max(0, input.leaving - input.shortBreaks * keep);
    if (this.agents > 0) this.count *= Math.max(0, Math.min(1, (this.agents - gone) / this.agents));
    this.agents = flexible;
    if (!(flexible > 0) || !(rateC > 0)) {
      this.count = 0;
      return 0;
    }
    this.voice.set(input.rateV * input.ahtV, input.patienceV / input.ahtV);
    this.chat.set(rateC * ahtC, input.patienceC / ahtC);
    let c = Math.min(1, this.count / flexible);
    if (input.joining > 0 && input.waitingC > 0) c = Math.min(1, c + joinersToChat(input) / flexible);
    const steps = Math.max(1, Math.ceil(intervalSec / STEP_SEC)),
      dt = intervalSec / steps;
    let sum = 0;
    for (let step = 0; step < steps; step++) {
      // Midpoint rule: the flows at the share half a step on, predicted with the flows at the last midpoint (at the
      // step's start in an interval's first step, where the inputs change).
      if (step === 0) this.rates(c, input);
      this.rates(relax(c, this.into, this.out, dt / 2), input);
      const total = this.into + this.out;
      if (!(total > 0)) {
        // Chat saturated and no call answered at once: nobody moves.
        sum += c;
        continue;
      }
      const target = this.into / total,
        decay = Math.exp(-total * dt);
      sum += target + ((c - target) * (1 - decay)) / (total * dt);
      c = target + (c - target) * decay;
    }
    this.count = c * flexible;
    return sum / steps;
  }

  /** The flows at share x of the multi-skilled agents in the chat mode. */
  private rates(x: number, input: ChatModeInput): void {
    const { flexible, singleV, singleC, rateC, ahtV, ahtC } = input;
    const { voice, chat } = this;
    const k = input.concurrency;
    const onVoice = (1 - x) * flexible,
      serversV = singleV + onVoice,
      holders = singleC + x * flexible;
    voice.at(serversV);
    const waitV = voice.wait;
    // Voice's servers are busy with the calls answered, not offered: idle ones are there for chat too.
    const busyV = serversV > 0 ? Math.min(1, (voice.erlangs * (1 - voice.abandon)) / serversV) : 1;
    // Chat's servers include voice's idle multi-skilled agents: they are on both lists of free agents.
    const slotsC = k * (holders + onVoice * (1 - busyV));
    chat.at(slotsC);
    const waitC = chat.wait;
    this.into = serversV > 0 ? ((rateC / k) * (1 - waitV)) / serversV : 0;
    // (With no chat waiting there is no such flow: skipped, as its law sums a series per call.)
    if (onVoice > 0 && waitC > NO_WAIT)
      this.into += fromCalls(waitV, waitC, voice.erlangs, serversV, onVoice, ahtV, rateC) / onVoice;
    // Every chat answered is held by an agent in the mode: its sessions are as busy as the chats carried over the
    // holders' slots, and the chain's refill delay follows from that (chat-only and multi-skilled holders alike).
    const carriedC = chat.erlangs * (1 - chat.abandon);
    const rho = holders > 0 ? Math.min(RHO_MAX, carriedC / (k * holders)) : RHO_MAX;
    const empty = timeToEmptyMixed(rho, k, holders > 0 ? singleC / holders : 0) * ahtC;
    this.out = (1 - waitC) / empty;
  }
}

/**
 * Integration step: each step relaxes the share towards its balance at the flows of the share half a step on
 * (midpoint rule). On MTS without the people layer (3 months, 2 replications) steps of 60, 300 and 600 s gave the
 * same voice service level (81.0), 900 s 80.7 and 1,800 s 80.0; with the flows of the step's start instead, steps
 * of 60 s were needed (one step per interval: 4 points lower).
 * The midpoint's share is predicted with the last midpoint's flows rather than evaluated at the step's start (two
 * evaluations fewer per 30-minute interval, four instead of six). Replaying the inputs of 2-3 months of the
 * reference centre, MTS and pay-schemes (without the people layer) against steps of 60 s, the mean share of the
 * multi-skilled agents off was 0.0025, 0.012 and 0.0060 this way against 0.0025, 0.014 and 0.0049 with the start's
 * flows (steps of 900 s this way: 0.0038, 0.023, 0.014).
 */
const STEP_SEC = 600;

/**
 * A chance of wait below which no chat waits, for the flows. Replaying 2-3 months of the reference centre, MTS and
 * pay-schemes, 1e-6 rather than 1e-12 moved the multi-skilled agents counted in the chat mode by 3e-5 agents at
 * most in any interval, and skipped a third of the series of `noIdleOf`.
 */
const NO_WAIT = 1e-6;

/** The holders' busy share is capped below 1, where the time to empty has no bound (the chat mode only grows). */
const RHO_MAX = 0.999;

/** Share x after time t relaxing towards into / (into + out) at rate into + out. */
function relax(x: number, into: number, out: number, t: number): number {
  const total = into + out;
  if (!(total > 0)) return x;
  const target = into / total;
  return target + (x - target) * Math.exp(-total * t);
}

/**
 * Agents ending a call who take a waiting chat, per second. Contact fidelity gives a freed agent a waiting call,
 * else waiting chats; and a chat waits only when no free session is left, so only when none of voice's idle
 * agents is multi-skilled (it would have taken the chat). So the chance that a chat waits while no call does,
 * given that chats wait, is P(no call waits | no idle multi-skilled agent) = (1 - P_V) N / (P_V + (1 - P_V) N),
 * N the chance that none of voice's idle servers is multi-skilled when no call waits (`noIdleOf`). Each waiting
 * chat then goes to whoever frees first: a session ending (chat's throughput, rate_C) or an agent ending a call
 * (all the multi-skilled agents outside the chat mode are on calls then, none idle: on_voice / aht_V).
 * Contact fidelity's count of P(no call waits | a chat waits) at multi-skilled call completions, per interval of
 * the day, is met within 0.05 on pay-schemes (0.32-0.68; docs/fidelity-research.md).
 */
function fromCalls(
  waitV: number,
  waitC: number,
  erlangsV: number,
  serversV: number,
  onVoice: number,
  ahtV: number,
  rateC: number,
): number {
  const none = noIdleOf(erlangsV, serversV, onVoice / serversV);
  const free = (1 - waitV) * none;
  const callsFree = free > 0 ? free / (waitV + free) : 0;
  const enders = onVoice / ahtV;
  return (rateC * waitC * callsFree * enders) / (rateC + enders);
}

/**
 * Multi-skilled agents coming on at the interval's start who take waiting chats. Contact fidelity brings them on
 * one after another, each taking a waiting call if there is one, else up to k waiting chats, else waiting idle;
 * the voice-only and chat-only agents coming on with them drain the same lines. In an order that mixes the skills,
 * the calls reach the voice-capable agents coming on alike (a multi-skilled one takes a call with chance
 * min(1, calls waiting / agents coming on who take calls)), and the chats then reach the chat-capable ones left
 * alike, k each.
 */
function joinersToChat(input: ChatModeInput): number {
  const k = input.concurrency;
  const voiceCapable = input.joiningV + input.joining;
  const free = input.joining * Math.max(0, 1 - input.waitingV / Math.max(Number.MIN_VALUE, voiceCapable));
  const chatCapable = input.joiningC + free;
  return chatCapable > 0 ? free * Math.min(1, input.waitingC / (k * chatCapable)) : 0;
}
