import { STAGE, type AgentPool } from "../AgentPool.js";
import type { MonthFlows } from "./MonthFlows.js";
import type { PeopleParams } from "./PeopleParams.js";
import type { ActiveAgents } from "./ActiveAgents.js";

/** What training reads and writes of the people layer. */
export interface TrainingState {
  readonly pool: AgentPool;
  readonly params: PeopleParams;
  readonly flows: Pick<MonthFlows, "classDays">;
  /**
   * The agents not yet proficient, ascending (ActiveAgents over NEWCOMER_STAGES): the only ones whose stage this
   * class moves, and among whom the hires waiting for a class are (a tenth of the employed or less, against a pass
   * over all of them each day).
   */
  readonly newcomers: ActiveAgents;
}

/**
 * Training classes and the stages after them (docs/model.md 4.3): hires wait for a class start on the cadence (at
 * least `minClassSize`, at most `maxClassSize` per class, `trainerCapacity` classes at once), train, then nest for
 * `nestingDays` and are proficient.
 */
export class TrainingClasses {
  /** End days of the running classes, earliest first. */
  private readonly classEnds: number[] = [];

  constructor(private readonly state: TrainingState) {}

  /** Registers running classes of the starting workforce by their end days (sorted here). */
  registerRunning(ends: Iterable<number>): void {
    this.classEnds.push(...[...ends].sort((x, y) => x - y));
  }

  /** Trainees whose class ended graduate to nesting; nesting agents past `nestingDays` become proficient. */
  advanceStages(day: number): void {
    const { pool } = this.state;
    const newcomers = this.state.newcomers;
    newcomers.dropLeavers();
    const n = newcomers.sync();
    const { stage: stages, productionDay } = pool;
    const indices = newcomers.indices;
    const nestingDays = this.state.params.rampUp.nestingDays;
    for (let i = 0; i < n; i++) {
      const a = indices[i]!;
      const stage = stages[a]!;
      if (stage === STAGE.proficient) continue;
      const production = productionDay[a]!;
      if (stage === STAGE.training && production >= 0 && day >= production) graduate(pool, a, production);
      else if (stage === STAGE.nesting && day - production >= nestingDays) stages[a] = STAGE.proficient;
    }
  }

  /** Starts classes on the cadence when enough hires wait, within the trainers available. */
  startClasses(day: number): void {
    const t = this.state.params.training;
    const pool = this.state.pool;
    if (t.trainingDays <= 0) {
      for (const a of this.waiting()) {
        pool.employedFromDay[a] = day;
        graduate(pool, a, day);
      }
      return;
    }
    while ((this.classEnds[0] ?? Infinity) <= day) this.classEnds.shift();
    this.state.flows.classDays += this.classEnds.length;
    // Off the cadence no class starts: the hires waiting need not be looked for.
    if (day % Math.max(1, Math.round(t.classCadenceDays)) !== 0) return;
    const waiting = this.waiting();
    let next = 0;
    while (waiting.length - next >= t.minClassSize && this.classEnds.length < t.trainerCapacity) {
      const end = day + Math.round(t.trainingDays);
      for (const a of waiting.slice(next, next + t.maxClassSize)) {
        pool.employedFromDay[a] = day;
        pool.productionDay[a] = end;
      }
      next += t.maxClassSize;
      this.classEnds.push(end);
    }
  }

  /** Hires waiting for a class (in training, with no class yet), in index order. */
  private waiting(): number[] {
    const { pool } = this.state;
    const waiting: number[] = [];
    const newcomers = this.state.newcomers;
    newcomers.dropLeavers();
    const n = newcomers.sync();
    for (let i = 0; i < n; i++) {
      const a = newcomers.indices[i]!;
      if (pool.stage[a] === STAGE.training && pool.productionDay[a] === -1) waiting.push(a);
    }
    return waiting;
  }
}

/** Agent a leaves the classroom: on the phones (rosterable) from `productionDay`, nesting. */
function graduate(pool: AgentPool, a: number, productionDay: number): void {
  pool.stage[a] = STAGE.nesting;
  pool.productionDay[a] = productionDay;
  pool.rosterable[a] = 1;
}
