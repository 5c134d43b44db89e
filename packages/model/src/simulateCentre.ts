import { makeSampler, RandomStreams } from "@ccsim/engine";
import { AgentPool, CHAT_SKILL, VOICE_SKILL } from "./AgentPool.js";
import type { CentreParams } from "./CentreParams.js";
import { centreDayKpis, centreMonthKpis, type DayKpis, type MonthKpis } from "./centreKpis.js";
import { CentreTally } from "./CentreTally.js";
import { ContactFidelity, type DayHooks } from "./ContactFidelity.js";
import { DayPlan } from "./DayPlan.js";
import { arrivalRates } from "./Demand.js";
import { IntervalFidelity } from "./IntervalFidelity.js";
import { buildCalendar } from "./SimCalendar.js";

export type Fidelity = "contact" | "interval";

export interface CentreRun {
  readonly months: readonly MonthKpis[];
  /** Daily KPIs, when asked for with `recordDays`. */
  readonly days?: readonly DayKpis[];
  /** Events processed (contact fidelity) or intervals evaluated (interval fidelity). */
  readonly modelEvents: number;
}

/** Random stream of the persistent personal speed factors. */
export const WORKFORCE_STREAMS = { speedFactor: "workforce.speed-factor" } as const;

/** Simulates one replication of the centre over its calendar at the chosen fidelity. */
export interface SimulateOptions {
  /** Also return KPIs per day. */
  readonly recordDays?: boolean;
  readonly hooks?: DayHooks;
}

export function simulateCentre(params: CentreParams, fidelity: Fidelity, seed: number, replication: number, options: SimulateOptions = {}): CentreRun {
  const streams = new RandomStreams(seed, replication);
  const calendar = buildCalendar(params.calendar);
  const rates = params.channels.map((channel) => arrivalRates(channel.demand, calendar));
  const pool = initialAgents(params, streams);
  const plan = new DayPlan(calendar, params.channels, rates, params.operations, streams);
  const tally = new CentreTally(calendar.days, calendar.months, params.channels.length);
  const dayHooks = options.hooks ?? { beforeDay: () => undefined };
  let modelEvents: number;
  if (fidelity === "contact") {
    const sim = new ContactFidelity(calendar, params.channels, rates, plan, pool, tally, streams, dayHooks);
    sim.run();
    modelEvents = sim.modelEvents;
  } else {
    new IntervalFidelity(calendar, params.channels, rates, plan, pool, tally, streams, dayHooks).run();
    modelEvents = calendar.days * calendar.intervalsPerDay * params.channels.length;
  }
  const shrinkage = params.operations.shrinkage;
  const months = centreMonthKpis(tally, calendar, params.channels, shrinkage);
  return options.recordDays === true ? { months, days: centreDayKpis(tally, params.channels, shrinkage), modelEvents } : { months, modelEvents };
}

/**
 * The starting roster: skills by the configured shares (whole numbers, largest remainders), persistent speed
 * factors from a lognormal with mean 1, and days off spread evenly over the week.
 */
function initialAgents(params: CentreParams, streams: RandomStreams): AgentPool {
  const { initialAgents: n, skillShares, speedFactorSigma } = params.workforce;
  const pool = new AgentPool(n);
  const cv = Math.sqrt(Math.expm1(speedFactorSigma * speedFactorSigma));
  const speed = cv > 0 ? makeSampler({ kind: "lognormal", mean: 1, cv }, streams.stream(WORKFORCE_STREAMS.speedFactor)) : () => 1;
  const voiceOnly = Math.round(n * skillShares.voice);
  const chatOnly = Math.round(n * skillShares.chat);
  for (let a = 0; a < n; a++) {
    const skills = a < voiceOnly ? VOICE_SKILL : a < voiceOnly + chatOnly ? CHAT_SKILL : VOICE_SKILL | CHAT_SKILL;
    pool.add(skills, speed(), a % 7);
  }
  return pool;
}
