import type { RandomStream } from "@ccsim/engine";
import { NOT_YET_EMPLOYED, STAGE, type AgentPool } from "../AgentPool.js";
import type { Hiring } from "./hiring.js";
import { offeredPay } from "./pay.js";
import type { PeopleParams } from "./PeopleParams.js";
import { referencePath, steadyStateTenure } from "./steadyState.js";

/** What seeding the starting workforce writes of the people layer. */
export interface StartingWorkforceState {
  readonly pool: AgentPool;
  readonly leftDay: Int32Array;
  readonly params: PeopleParams;
  ensureCapacity(): void;
}

/**
 * The starting workforce in its steady state (docs/model.md 4.4): the pool's agents are proficient, and
 * `initialNesting` and `initialTraining` hires join them. Each draws its work mode by the scenario's remote share
 * (stream `people.initial-tenure`, as all draws here), then its age from the stationary distribution of its mode's
 * hire path within its stage, and from the age its hire day, class and first day on the phones, hence its
 * experience on the learning curve. Engagement starts at its reference value. Returns the end days of the classes
 * the starting trainees are in (each once), which count against the trainers.
 */
export function seedStartingWorkforce(state: StartingWorkforceState, hiring: Hiring, draw: RandomStream): Set<number> {
  const pool = state.pool;
  const p = state.params;
  state.ensureCapacity();
  const tenure = [steadyStateTenure(referencePath(p, false)), steadyStateTenure(referencePath(p, true))] as const;
  const classEnds = new Set<number>();
  const place = (a: number, stage: number): void => {
    const remote = draw.next() < p.initialRemoteShare;
    const mode = tenure[remote ? 1 : 0];
    const at = mode.position(mode.sampleAge(stage, draw.next()));
    pool.remote[a] = remote ? 1 : 0;
    pool.hireDay[a] = at.hireDay;
    // Employed from the hire (the class, if one is running, started after it; before day 0 either way).
    pool.employedFromDay[a] = at.stage === STAGE.training && at.productionDay < 0 ? NOT_YET_EMPLOYED : at.hireDay;
    pool.productionDay[a] = at.productionDay;
    pool.stage[a] = at.stage;
    pool.rosterable[a] = at.stage === STAGE.training ? 0 : 1;
    pool.earnings[a] = offeredPay(p.pay);
    pool.engagement[a] = hiring.referenceEngagement(remote, 0);
    state.leftDay[a] = -1;
    if (at.stage === STAGE.training && at.productionDay >= 0) classEnds.add(at.productionDay);
  };
  for (let a = 0; a < pool.count; a++) place(a, STAGE.proficient);
  for (let i = 0; i < p.initialNesting; i++) place(hiring.hire(0, false, p.initialRemoteShare), STAGE.nesting);
  for (let i = 0; i < p.initialTraining; i++) place(hiring.hire(0, false, p.initialRemoteShare), STAGE.training);
  return classEnds;
}
