/**
 * Agents free to take a contact of one channel, oldest first (longest-idle routing). An entry is an
 * (agent, epoch) pair; bumping an agent's epoch invalidates all its entries at once, which are then skipped when
 * they reach the head (mark and skip: O(1) per change, no search). A chat agent has one entry per free session.
 *
 * NOTE: a growable power-of-two ring of two Int32Arrays, no objects per entry.
 */
export class AgentSlots {
  private agent: Int32Array;
  private epoch: Int32Array;
  private mask: number;
  private head = 0;
  private tail = 0;

  constructor(initialCapacity = 256) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.mask = capacity - 1;
    this.agent = new Int32Array(capacity);
    this.epoch = new Int32Array(capacity);
  }

  push(agent: number, epoch: number): void {
    if (this.tail - this.head > this.mask) this.grow();
    const slot = this.tail++ & this.mask;
    this.agent[slot] = agent;
    this.epoch[slot] = epoch;
  }

  /** Oldest entry whose epoch still matches `currentEpoch[agent]`, removed; -1 if none. */
  take(currentEpoch: Int32Array): number {
    while (this.head < this.tail) {
      const slot = this.head++ & this.mask;
      const agent = this.agent[slot]!;
      if (this.epoch[slot] === currentEpoch[agent]) return agent;
    }
    return -1;
  }

  clear(): void {
    this.head = 0;
    this.tail = 0;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const agent = new Int32Array(capacity);
    const epoch = new Int32Array(capacity);
    let to = 0;
    for (let i = this.head; i < this.tail; i++, to++) {
      agent[to] = this.agent[i & this.mask]!;
      epoch[to] = this.epoch[i & this.mask]!;
    }
    this.agent = agent;
    this.epoch = epoch;
    this.mask = capacity - 1;
    this.head = 0;
    this.tail = to;
  }
}
