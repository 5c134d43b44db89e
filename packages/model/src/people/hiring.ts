import { makeSampler, type RandomStream } from "@ccsim/engine";
import { NOT_YET_EMPLOYED, skillGroupAt, STAGE, type AgentPool } from "../AgentPool.js";
import type { WorkforceParams } from "../CentreParams.js";
import { marketWageOn } from "./labourMarket.js";
import { offeredPay } from "./pay.js";
import type { PeopleParams } from "./PeopleParams.js";
import { engagementLogit, engagementOf } from "./steadyState.js";

/** What hiring reads and writes of the people layer. */
export interface HiringState {
  readonly pool: AgentPool;
  readonly leftDay: Int32Array;
  readonly params: PeopleParams;
  /** Grows the per-agent arrays the layer keeps beside the pool after the pool grew. */
  ensureCapacity(): void;
}

/**
 * Adds people to the pool: a hire's skills, personal speed, days off and work mode (stream
 * `people.hire-attributes`), at the offered pay and the engagement that pay gives before any survey.
 */
export class Hiring {
  private readonly speed: () => number;

  constructor(
    private readonly state: HiringState,
    private readonly attributes: RandomStream,
    private readonly workforce: WorkforceParams,
  ) {
    const cv = Math.sqrt(Math.expm1(workforce.speedFactorSigma ** 2));
    this.speed = cv > 0 ? makeSampler({ kind: "lognormal", mean: 1, cv }, attributes) : () => 1;
  }

  /** Adds a hire in classroom training (not rosterable until it graduates); returns its index. */
  hire(day: number, referral: boolean, remoteShare: number): number {
    const shares = this.workforce.skillShares;
    const pool = this.state.pool;
    const skills = skillGroupAt(this.attributes.next(), shares.voice, shares.chat);
    const a = pool.add(skills, this.speed(), Math.floor(this.attributes.next() * 7));
    this.state.ensureCapacity();
    pool.rosterable[a] = 0;
    pool.stage[a] = STAGE.training;
    pool.hireDay[a] = day;
    pool.employedFromDay[a] = NOT_YET_EMPLOYED;
    pool.productionDay[a] = -1;
    pool.remote[a] = this.attributes.next() < remoteShare ? 1 : 0;
    pool.referral[a] = referral ? 1 : 0;
    pool.earnings[a] = offeredPay(this.state.params.pay);
    pool.engagement[a] = this.referenceEngagement(pool.remote[a] === 1, day);
    this.state.leftDay[a] = -1;
    return a;
  }

  /** Engagement of an agent paid the offered pay with no burnout, before its first survey. */
  referenceEngagement(remote: boolean, day: number): number {
    const p = this.state.params;
    return engagementOf(engagementLogit(p.motivation, offeredPay(p.pay), marketWageOn(p.labourMarket, day), remote, 0));
  }
}
