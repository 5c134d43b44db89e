/** Monthly flow counters of the people layer, reset at each month close. */
export interface MonthFlows {
  hires: number;
  referralHires: number;
  leavers: number;
  trainingDropouts: number;
  /** Agent-days employed: hires waiting for a class are not yet employed (AgentPool.employedFromDay). */
  headcountDays: number;
  /** Agent-days in a running class. */
  traineeDays: number;
  /** Hire-days waiting for a class start. */
  waitingDays: number;
  classDays: number;
  productiveFteDays: number;
  /** Sum over days of agents on the phones (past training) and of their handle-time multipliers. */
  productionAgentDays: number;
  multiplierDays: number;
  days: number;
  /**
   * Leavers (past training) attributable to each hazard term that raised the hazard above its base (pay below the
   * market wage, burnout, engagement below neutral): each quit adds the share of its day's quit probability that
   * would go with that term alone neutral, so their expectation is the attributable risk summed over agent-days.
   * A quit can have several causes, so they do not add up to leavers.
   */
  leaversFromPay: number;
  leaversFromBurnout: number;
  leaversFromDisengagement: number;
}

export function emptyFlows(): MonthFlows {
  return {
    hires: 0,
    referralHires: 0,
    leavers: 0,
    trainingDropouts: 0,
    headcountDays: 0,
    traineeDays: 0,
    waitingDays: 0,
    classDays: 0,
    productiveFteDays: 0,
    productionAgentDays: 0,
    multiplierDays: 0,
    days: 0,
    leaversFromPay: 0,
    leaversFromBurnout: 0,
    leaversFromDisengagement: 0,
  };
}
