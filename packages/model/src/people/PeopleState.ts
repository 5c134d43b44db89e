import { STAGE, type AgentPool } from "../AgentPool.js";
import { grown } from "../internal/grown.js";
import type { SimCalendar } from "../SimCalendar.js";
import { ActiveAgents, NEWCOMER_STAGES } from "./ActiveAgents.js";
import { emptyFlows, type MonthFlows } from "./MonthFlows.js";
import type { PeopleParams } from "./PeopleParams.js";
import type { PolicyEffects } from "./PolicyEffects.js";
import { Vacancies } from "./Vacancies.js";

/**
 * The state the people mechanisms share: the agents, the day each one left, the parameters in force, the month's
 * flow counters, the open vacancies and the management policies acting on them. Each mechanism module declares the narrow part it
 * reads (an interface of its own) and this class satisfies them all; only PeopleLayer holds it whole.
 */
export class PeopleState {
  flows: MonthFlows = emptyFlows();
  /** Day each agent left (or -1); grows with the pool. */
  leftDay = new Int32Array(0);
  /** Management policies acting on the people (docs/model.md section 5), set by simulateCentre when configured. */
  policies: PolicyEffects | undefined = undefined;
  readonly vacancies = new Vacancies();
  /** The employed agents, for the daily loops (attrition keeps it free of leavers). */
  readonly active: ActiveAgents;
  /** The agents not yet proficient (training moves them on), among whom are the hires waiting for a class. */
  readonly newcomers: ActiveAgents;

  constructor(
    readonly calendar: SimCalendar,
    readonly pool: AgentPool,
    public params: PeopleParams,
  ) {
    this.active = new ActiveAgents(pool);
    this.newcomers = new ActiveAgents(pool, NEWCOMER_STAGES);
  }

  /** Grows `leftDay` to the pool's capacity (new entries -1: not left). */
  ensureCapacity(): void {
    if (this.leftDay.length >= this.pool.capacity) return;
    this.leftDay = grown(this.leftDay, this.pool.capacity, -1);
  }

  /** Agents employed (in any stage but left). */
  activeCount(): number {
    return this.active.sync();
  }

  /**
   * Agents who can refer a friend: the employed less the hires waiting for a class, accepted offers who have not
   * started (the referral rate is per agent at work, Burks et al. 2015).
   */
  referrerCount(): number {
    const n = this.active.sync();
    // The waiting hires are in training, so among the newcomers (a tenth of the employed, against a second pass over
    // all of them each day); the list may still hold a few who left or became proficient, and counts none of them.
    const newcomers = this.newcomers.sync();
    const { indices } = this.newcomers,
      { stage, productionDay } = this.pool;
    let waiting = 0;
    for (let i = 0; i < newcomers; i++) {
      const a = indices[i]!;
      if (stage[a] === STAGE.training && productionDay[a]! < 0) waiting++;
    }
    return n - waiting;
  }
}
