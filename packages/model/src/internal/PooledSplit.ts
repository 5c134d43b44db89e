import { flexibleShare } from "./FlexibleSplit.js";

/**
 * How interval fidelity counts the multi-skilled (voice and chat) agents of an interval among each channel's
 * servers: split between the channels in proportion to offered load (`flexibleShare`), and, beyond its share,
 * each channel also counts the other share's multi-skilled agents that are idle.
 *
 * In contact fidelity an idle multi-skilled agent takes whichever contact comes first: it is there for both
 * channels' next contact. A split into two separate Erlang A queues loses that pooling, which left chat service
 * level 4-7 points low in the centres with 40% multi-skilled agents (docs/model.md, "Interval fidelity"). An
 * agent of voice's share is idle with the voice agents' busy share b_v; one of chat's share holds no session
 * with probability (1 - rho)^k at the chat slots' busy share rho and concurrency k (slots taken as independent:
 * exact for k = 1), and only then takes a call (an agent holding a chat session takes only chats). So chat
 * counts s F (1 - b_v) more agents and voice (1 - s) F (1 - rho)^k more, for share s of the F agents given to
 * voice. An idle agent counted in both queues is an agent either channel's next contact finds free; busy time
 * still adds up (each channel's carried load is spread over its servers, see `AgentCredit`).
 *
 * Tried and not kept (2026-11-30): one pool with voice priority solved as a fixed point (voice on every
 * multi-skilled agent not holding a chat session, chat on every one not on a call): without the people layer it
 * made the MTS case's voice service level 3.7 points optimistic (from 1.8 pessimistic) and chat 11 points
 * pessimistic, as it lets calls take multi-skilled agents that in contact fidelity stay in chat while chats wait.
 */
/**
 * Writes into `weight` the share of `flexible` multi-skilled agents counted among each channel's servers (indexed
 * by channel; the two may sum to more than 1), beside `single0` and `single1` single-skilled ones, for offered
 * loads in agents (Erlangs over concurrency) `load0` and `load1`; `voice` is the index of the voice channel and `k`
 * the chat channel's concurrency. Returns the proportional split's share of channel 0.
 */
export function pooledWeights(
  flexible: number,
  single0: number,
  single1: number,
  load0: number,
  load1: number,
  voice: number,
  k: number,
  weight: Float64Array,
): number {
  // The proportional split's share of channel 0.
  const share = flexibleShare(flexible, single0, single1, load0, load1);
  const servers0 = single0 + share * flexible,
    servers1 = single1 + (1 - share) * flexible;
  // Busy shares at offered load (Erlang A's carried load is a little less: a conservative count of idle agents).
  const busy0 = servers0 > 0 ? Math.min(1, load0 / servers0) : 1,
    busy1 = servers1 > 0 ? Math.min(1, load1 / servers1) : 1;
  // Idle: a voice agent not busy; a chat agent with none of its k session slots taken.
  const idle0 = voice === 0 ? 1 - busy0 : (1 - busy0) ** k,
    idle1 = voice === 1 ? 1 - busy1 : (1 - busy1) ** k;
  weight[0] = share + (1 - share) * idle1;
  weight[1] = 1 - share + share * idle0;
  return share;
}
