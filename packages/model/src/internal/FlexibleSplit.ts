import { distributionMean } from "@ccsim/engine";
import type { ChannelParams } from "../CentreParams.js";
import { normalCdf } from "./normalCdf.js";

/** Bisection steps for the split: a 256th of the multi-skilled agents, finer than the whole agents it rounds to. */
const STEPS = 8;

/**
 * How interval fidelity shares the multi-skilled (voice and chat) agents between the two channels' queues, as
 * contact fidelity routes them: an agent wholly free takes a waiting call first, else a waiting chat, else it is
 * idle and goes to whichever contact reaches it first (that part in proportion to offered load, as longest-idle
 * routing takes no side); an agent still holding a chat session can take only chats.
 *
 * Followed from one freeing to the next, a multi-skilled agent switches between a voice mode and a chat mode (a
 * semi-Markov chain). From voice, at the end of a call: it stays if a call waits (p_v), else it switches if a chat
 * waits (p_c) or the idle agent is taken by a chat (1 - q). From chat, at the end of a session: it stays if another
 * session is open and a chat waits (o p_c), else it is wholly free and switches if a
 * call waits or the idle agent is taken by a call, and no chat waits. The share of its time in voice mode weighs
 * each mode's freeings by the time between them: a call's handle time, a session's over the concurrency. Each
 * channel's chance that a contact is waiting at a freeing is its probability of wait (flow balance: every contact
 * that waited and was answered was taken by a freed agent; abandonment is left out), from the Garnett, Mandelbaum
 * and Reiman (2002) closed form of Erlang A: cheap next to the exact evaluation the interval then makes. The
 * chances depend on the split (more agents for voice, fewer calls waiting, fewer agents drawn to it): the split
 * is the fixed point, found by bisection.
 */
export class FlexibleSplit {
  /** Per channel: servers per agent (chat sessions), agent-seconds per contact, and handle time over patience. */
  private readonly serversPerAgent: number[];
  private readonly agentSecPerContact: number[];
  private readonly patienceRatio: number[];

  constructor(channels: readonly ChannelParams[]) {
    this.serversPerAgent = channels.map((ch) => ch.concurrency);
    this.agentSecPerContact = channels.map((ch) => distributionMean(ch.handleTimeSec) / ch.concurrency);
    this.patienceRatio = channels.map(
      (ch) => distributionMean(ch.handleTimeSec) / Math.max(1, distributionMean(ch.patienceSec)),
    );
  }

  /**
   * The share of `flexible` multi-skilled agents (in whole agents) given to channel 0, where the channels have
   * `single0` and `single1` single-skilled agents and offered loads `load0` and `load1` (in agents), and channel
   * `voice` (0 or 1) is the one a wholly free agent serves first.
   */
  share(flexible: number, single0: number, single1: number, load0: number, load1: number, voice: number): number {
    if (flexible <= 0) return 1;
    const chat = 1 - voice;
    // Idle: agents per unit of offered load as equal as the single-skill groups allow.
    const total = single0 + single1 + flexible;
    const want0 = load0 + load1 > 0 ? (total * load0) / (load0 + load1) : total / 2;
    const idle0 = Math.min(flexible, Math.max(0, want0 - single0)) / flexible;
    const idleShare = voice === 0 ? idle0 : 1 - idle0;
    const loadV = voice === 0 ? load0 : load1,
      loadC = voice === 0 ? load1 : load0,
      singleV = voice === 0 ? single0 : single1,
      singleC = voice === 0 ? single1 : single0;
    const perC = this.serversPerAgent[chat] ?? 1;
    const secV = this.agentSecPerContact[voice] ?? 1,
      secC = this.agentSecPerContact[chat] ?? 1;
    // The idle agent's chance of being taken by a call, per freeing, such that with nobody waiting its time in
    // voice mode is the proportional share.
    const idleVoice = (idleShare * secC) / (idleShare * secC + (1 - idleShare) * secV);
    // k, the multi-skilled agents for voice, minus `flexible` times their time share in voice mode, rises with k
    // (more agents for voice: fewer calls waiting, more chats): bisect for its root.
    let low = 0,
      high = flexible;
    for (let step = 0; step < STEPS; step++) {
      const k = (low + high) / 2;
      const agentsC = singleC + flexible - k;
      const pv = this.pWait(voice, singleV + k, loadV),
        pc = this.pWait(chat, agentsC, loadC);
      // Another of the agent's sessions still open when one ends: each of the other concurrency - 1 is at the
      // sessions' occupancy.
      const open = 1 - (1 - (agentsC > 0 ? Math.min(1, loadC / agentsC) : 1)) ** (perC - 1);
      const toChat = (1 - pv) * (pc + (1 - pc) * (1 - idleVoice)),
        toVoice = (1 - open * pc) * (pv + (1 - pv) * (1 - pc) * idleVoice);
      const timeV = toVoice * secV,
        timeC = toChat * secC;
      const inVoice = timeV + timeC > 0 ? timeV / (timeV + timeC) : idleShare;
      if (k < flexible * inVoice) low = k;
      else high = k;
    }
    const forVoice = (low + high) / 2;
    // Whole agents, as many as there are (a fraction of an agent, on a break part of the interval, stays put).
    const first = Math.min(flexible, Math.round(voice === 0 ? forVoice : flexible - forVoice));
    return first / flexible;
  }

  /**
   * Probability of wait of channel `c` on `agents` agents at `load` agents' offered load: Garnett, Mandelbaum and
   * Reiman (2002), P(W > 0) ~ [1 + sqrt(r) h(beta / sqrt(r)) / h(-beta)]^-1 with beta = (n - a) / sqrt(a) in
   * servers, r = theta / mu (handle time over mean patience) and h the normal hazard rate phi / (1 - Phi); Halfin
   * and Whitt's Erlang C as r -> 0.
   */
  pWait(c: number, agents: number, load: number): number {
    const per = this.serversPerAgent[c] ?? 1,
      r = this.patienceRatio[c] ?? 1;
    const a = load * per,
      n = agents * per;
    if (a <= 0) return 0;
    if (n <= 0) return 1;
    // Beyond 30 standard deviations either way the hazards' tails underflow; the answer is 0 or 1 long before.
    const beta = Math.max(-30, Math.min(30, (n - a) / Math.sqrt(a)));
    const scaled = Math.max(-30, Math.min(30, beta / Math.sqrt(r)));
    const hScaled = density(scaled) / normalCdf(-scaled),
      hMinus = density(beta) / normalCdf(beta);
    return 1 / (1 + (Math.sqrt(r) * hScaled) / hMinus);
  }
}

/** Standard normal density. */
function density(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
