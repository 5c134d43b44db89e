import type { RandomStream } from "@ccsim/engine";
import { STAGE, type AgentPool } from "../AgentPool.js";
import type { OperationsParams } from "../CentreParams.js";
import type { PeopleParams } from "./PeopleParams.js";
import type { ActiveAgents } from "./ActiveAgents.js";

/** The operations settings the base absence comes from. */
export type AbsenceOperations = Pick<OperationsParams, "shrinkage" | "absenceShare" | "rostering">;

/** What burnout absence reads and writes of the people layer. */
export interface AbsenceState {
  readonly pool: AgentPool;
  readonly params: PeopleParams;
  readonly active: ActiveAgents;
}

/**
 * Absence rising with burnout (docs/model.md 4.3): on top of the base whole-day absence a = shrinkage x
 * absenceShare, which the day plan draws for every rostered agent, an agent with burnout B is absent with
 * probability a + absenceIncreaseAtFull x B. The extra part is drawn here before the day's roster (stream
 * `people.absence`), as x = increase x B / (1 - a), so that with the plan's independent draw
 * 1 - (1 - x)(1 - a) = a + increase x B; an absent agent is not rosterable that day and comes back the next.
 * Sickness is reported before the day's roster is built, so the roster is built from the agents present.
 */
export class BurnoutAbsence {
  /** Agents kept off today's roster. */
  private readonly absent: number[] = [];
  private baseRate = 0;
  private applies = true;

  constructor(
    private readonly state: AbsenceState,
    private readonly draw: RandomStream,
    operations: AbsenceOperations,
  ) {
    this.configure(operations);
  }

  /** Operations from now on (a dated intervention may change shrinkage or rostering). */
  configure(operations: AbsenceOperations): void {
    this.baseRate = operations.shrinkage * operations.absenceShare;
    // `all-present` rostering has no absence at all (docs/model.md 3).
    this.applies = operations.rostering !== "all-present";
  }

  /** Yesterday's absent agents are back, if they are still on the phones' stages. */
  endAbsences(): void {
    const pool = this.state.pool;
    for (const a of this.absent)
      if (pool.stage[a] === STAGE.nesting || pool.stage[a] === STAGE.proficient) pool.rosterable[a] = 1;
    this.absent.length = 0;
  }

  /** Draws today's absences for burnout: one uniform per rosterable agent while the increase is above 0. */
  startAbsences(): void {
    const increase = this.state.params.burnout.absenceIncreaseAtFull;
    if (!this.applies || increase <= 0 || this.baseRate >= 1) return;
    const { pool, active } = this.state;
    const scale = increase / (1 - this.baseRate);
    // Agents who left are never rosterable: the employed ones, in the same order, draw the same uniforms.
    const n = active.sync();
    for (let i = 0; i < n; i++) {
      const a = active.indices[i]!;
      if (pool.rosterable[a] === 0) continue;
      if (this.draw.next() >= scale * pool.burnout[a]!) continue;
      pool.rosterable[a] = 0;
      this.absent.push(a);
    }
  }

  /** Agents absent for burnout today. */
  get absentToday(): number {
    return this.absent.length;
  }
}
