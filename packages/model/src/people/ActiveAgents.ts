import { STAGE, type AgentPool } from "../AgentPool.js";

/** Bit of each stage in a set of stages (`1 << stage`). */
const bit = (stage: number): number => 1 << stage;

/** The employed agents: every stage but left. */
export const EMPLOYED_STAGES = bit(STAGE.training) | bit(STAGE.nesting) | bit(STAGE.proficient);
/** The agents not yet proficient: in (or waiting for) a class, or nesting. */
export const NEWCOMER_STAGES = bit(STAGE.training) | bit(STAGE.nesting);

/**
 * The indices of the agents in a set of stages (by default the employed: any stage but left), ascending. The pool
 * never reuses an index, so after two years of 10%-a-month attrition most of its indices belong to agents who left
 * (2,800 indices for 850 employed in the MTS case); the people layer's daily loops walk this list instead of the
 * whole pool. Ascending order keeps every loop's order, and so every random draw, what it was over the pool.
 * Stages only move forward (training, nesting, proficient, left), so an agent out of the set never comes back to it.
 */
export class ActiveAgents {
  /** The indices; entries at and past `count` are stale. Read it after sync(), which may replace it. */
  indices = new Int32Array(64);
  private count = 0;
  /** Pool agents [0, listed) have been considered; new hires get the next indices, so they append in order. */
  private listed = 0;

  /** `stages`: the set listed, a bit per stage (`1 << stage`, e.g. EMPLOYED_STAGES). */
  constructor(
    private readonly pool: AgentPool,
    private readonly stages = EMPLOYED_STAGES,
  ) {}

  /** Brings in the agents hired since the last call; returns how many agents the list holds. */
  sync(): number {
    const pool = this.pool;
    if (this.listed === pool.count) return this.count;
    if (this.indices.length < pool.capacity) {
      const next = new Int32Array(pool.capacity);
      next.set(this.indices.subarray(0, this.count));
      this.indices = next;
    }
    const stages = this.stages;
    for (let a = this.listed; a < pool.count; a++) if ((stages >> pool.stage[a]!) & 1) this.indices[this.count++] = a;
    this.listed = pool.count;
    return this.count;
  }

  /**
   * Keeps the first `count` indices: for a caller that compacted the list in place while walking it (Attrition,
   * moving each stayer down over the day's leavers), instead of calling dropLeavers after.
   */
  truncate(count: number): void {
    if (!(count >= 0 && count <= this.count)) throw new RangeError(`cannot keep ${count} of ${this.count} agents`);
    this.count = count;
  }

  /** Drops the agents who have left the set's stages (in place, keeping the order): for the employed, the leavers. */
  dropLeavers(): void {
    const { indices, pool, stages } = this;
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      const a = indices[i]!;
      if ((stages >> pool.stage[a]!) & 1) indices[kept++] = a;
    }
    this.count = kept;
  }
}
