import { STAGE, type AgentPool } from "../AgentPool.js";

/**
 * The indices of the employed agents (any stage but left), ascending. The pool never reuses an index, so after two
 * years of 10%-a-month attrition most of its indices belong to agents who left (2,800 indices for 850 employed in
 * the MTS case); the people layer's daily loops walk this list instead of the whole pool. Ascending order keeps
 * every loop's order, and so every random draw, what it was over the pool.
 */
export class ActiveAgents {
  /** The indices; entries at and past `count` are stale. Read it after sync(), which may replace it. */
  indices = new Int32Array(64);
  private count = 0;
  /** Pool agents [0, listed) have been considered; new hires get the next indices, so they append in order. */
  private listed = 0;

  constructor(private readonly pool: AgentPool) {}

  /** Brings in the agents hired since the last call; returns how many agents the list holds. */
  sync(): number {
    const pool = this.pool;
    if (this.listed === pool.count) return this.count;
    if (this.indices.length < pool.capacity) {
      const next = new Int32Array(pool.capacity);
      next.set(this.indices.subarray(0, this.count));
      this.indices = next;
    }
    for (let a = this.listed; a < pool.count; a++) if (pool.stage[a] !== STAGE.left) this.indices[this.count++] = a;
    this.listed = pool.count;
    return this.count;
  }

  /** Drops the agents who have left (in place, keeping the order). */
  dropLeavers(): void {
    const { indices, pool } = this;
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      const a = indices[i]!;
      if (pool.stage[a] !== STAGE.left) indices[kept++] = a;
    }
    this.count = kept;
  }
}
