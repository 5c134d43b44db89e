import type { ActiveAgents } from "../people/ActiveAgents.js";
import type { PeopleParams } from "../people/PeopleParams.js";
import type { Vacancies } from "../people/Vacancies.js";

/**
 * What the management policies see of the people layer and change in it: the open vacancies (their number and
 * age), the offered pay, and the people parameters, which a pay review replaces with the pay scheme raised.
 * PeopleLayer satisfies it; Management depends on this, not on the layer's class (no import cycle).
 */
export interface ManagedPeople {
  readonly vacancies: Pick<Vacancies, "open" | "meanAgeDays">;
  params: PeopleParams;
  offeredPay(): number;
  /**
   * The employed agents, ascending, among whom every rosterable one is: for the daily loops over agents (the pool
   * also holds every agent who left, over three times as many as the employed after two years of MTS attrition).
   */
  readonly employed: Pick<ActiveAgents, "indices" | "sync">;
}
