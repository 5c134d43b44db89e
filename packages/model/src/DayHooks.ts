/** Hooks the day loop of either fidelity calls between days (the people layer and management act here). */
export interface DayHooks {
  /** Before the plan of `day` is made. */
  beforeDay(day: number): void;
  /** At the end of a month, before the agents' monthly work counters are reset. */
  closeMonth?(month: number): void;
}
