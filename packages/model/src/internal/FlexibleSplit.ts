/**
 * How interval fidelity shares the multi-skilled (voice and chat) agents of an interval between the two
 * channels' queues: in whole agents, so that agents per unit of offered load are as equal as the single-skill
 * groups allow (in proportion to offered load).
 *
 * Contact fidelity routes them otherwise: an agent wholly free takes a waiting call before a waiting chat, and an
 * agent holding a chat session takes only chats. A split that follows that routing (a semi-Markov chain of an
 * agent's voice and chat modes, its switching chances from each channel's probability of wait, solved for its
 * fixed point) was tried and measured against contact fidelity (docs/model.md, "Interval fidelity"): on the MTS
 * case it moved voice service level by +0.15 points, on the teaching centres with 40% multi-skilled agents by -0.5
 * to -1.0 (away from contact fidelity), so the proportional split stays; `pooledWeights` (PooledSplit.ts) adds to
 * each channel the other share's idle multi-skilled agents.
 */
export function flexibleShare(
  flexible: number,
  single0: number,
  single1: number,
  load0: number,
  load1: number,
): number {
  if (flexible <= 0) return 1;
  const total = single0 + single1 + flexible;
  const want0 = load0 + load1 > 0 ? (total * load0) / (load0 + load1) : total / 2;
  return Math.min(flexible, Math.max(0, Math.round(want0 - single0))) / flexible;
}
