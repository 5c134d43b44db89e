import type { RandomStream } from "@ccsim/engine";
import { STAGE, type AgentPool } from "../AgentPool.js";
import type { OperationsParams } from "../CentreParams.js";
import type { PeopleParams } from "./PeopleParams.js";
import type { ActiveAgents } from "./ActiveAgents.js";
import { BernoulliRun } from "../internal/BernoulliRun.js";

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
  /** Trials at the day's bound on the absence chance (see startAbsences). */
  private readonly trials: BernoulliRun;

  constructor(
    private readonly state: AbsenceState,
    private readonly draw: RandomStream,
    operations: AbsenceOperations,
  ) {
    this.trials = new BernoulliRun(draw);
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

  /**
   * Draws today's absences for burnout while the increase is above 0, by thinning: burnout is at most 1, so agent a
   * is absent with probability x = scale x B_a = scale x (B_a / 1): a trial at the bound `scale` (drawn by its gaps,
   * BernoulliRun) that, on success, is kept with probability B_a. The same law as one uniform per rosterable agent
   * and day, with draws only for the few successes.
   */
  startAbsences(): void {
    const increase = this.state.params.burnout.absenceIncreaseAtFull;
    if (!this.applies || increase <= 0 || this.baseRate >= 1) return;
    const { pool, active } = this.state;
    const perBurnout = increase / (1 - this.baseRate);
    const scale = Math.min(1, perBurnout);
    // Kept with probability B_a x perBurnout / scale (B_a when perBurnout <= 1; above 1 the chance is capped at 1,
    // as it was with one uniform per agent).
    const keep = perBurnout / scale;
    const n = active.sync();
    const { rosterable, burnout } = pool;
    for (let i = 0; i < n; i++) {
      const a = active.indices[i]!;
      if (rosterable[a] === 0) continue;
      if (!this.trials.next(scale)) continue;
      if (this.draw.next() >= burnout[a]! * keep) continue;
      rosterable[a] = 0;
      this.absent.push(a);
    }
  }

  /** Agents absent for burnout today. */
  get absentToday(): number {
    return this.absent.length;
  }
}
