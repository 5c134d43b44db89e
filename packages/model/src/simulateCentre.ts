import { makeSampler, RandomStreams } from "@ccsim/engine";
import { AgentPool, skillGroupAt } from "./AgentPool.js";
import type { CentreParams, ChannelParams, OperationsParams } from "./CentreParams.js";
import type { PeopleParams } from "./people/PeopleParams.js";
import { centreDayKpis, centreMonthKpis, type DayKpis, type KpiSettings, type MonthKpis } from "./centreKpis.js";
import { CentreTally } from "./CentreTally.js";
import { ContactFidelity, type DayHooks } from "./ContactFidelity.js";
import { DayPlan } from "./DayPlan.js";
import { arrivalRates } from "./Demand.js";
import { IntervalFidelity } from "./IntervalFidelity.js";
import { IntervalLog, type IntervalRange, type IntervalRecords } from "./IntervalLog.js";
import { Management } from "./management/Management.js";
import { withPartner } from "./management/partnerKpis.js";
import { PeopleLayer } from "./people/PeopleLayer.js";
import { PlannedHandleTime } from "./PlannedHandleTime.js";
import { buildCalendar } from "./SimCalendar.js";

export type Fidelity = "contact" | "interval";

export interface CentreRun {
  readonly months: readonly MonthKpis[];
  /** Daily KPIs, when asked for with `recordDays`. */
  readonly days?: readonly DayKpis[];
  /** Events processed (contact fidelity) or intervals evaluated (interval fidelity). */
  readonly modelEvents: number;
  /** KPIs of the whole run, not of a month (with the people layer: hire survival at 90, 180 and 365 days). */
  readonly run?: Readonly<Record<string, number>>;
  /** Kaplan-Meier survival of the run's hires by day since hire (NaN beyond the follow-up), with the people layer. */
  readonly hireSurvival?: Float64Array;
  /** Interval records of the days asked for with `recordIntervals`. */
  readonly intervals?: IntervalRecords;
}

/** Random stream of the persistent personal speed factors. */
export const WORKFORCE_STREAMS = { speedFactor: "workforce.speed-factor" } as const;

/** Simulates one replication of the centre over its calendar at the chosen fidelity. */
/** A dated change of the contact layer's parameters (a scenario intervention), effective from the start of a day. */
export interface ParamsChange {
  /** Day index from the start of the simulation (0 = first day of the first simulated month). */
  readonly fromDay: number;
  /** The full channel list from that day on: the same channels in the same order, with new parameters. */
  readonly channels: readonly ChannelParams[];
  readonly operations: OperationsParams;
  /** People parameters from that day on (when the people layer is simulated). */
  readonly people?: PeopleParams | undefined;
}

export interface SimulateOptions {
  /** Also return KPIs per day. */
  readonly recordDays?: boolean;
  readonly hooks?: DayHooks;
  /** Dated changes of demand, handle times, patience, service-level targets and operations. */
  readonly changes?: readonly ParamsChange[];
  /** Record these days interval by interval (at most MAX_RECORDED_DAYS), for the interval and roster exports. */
  readonly recordIntervals?: IntervalRange;
  /** Called once at the end with the agents (and the people layer, when simulated): for inspection and tests. */
  readonly onFinish?: (pool: AgentPool, people: PeopleLayer | undefined) => void;
}

export function simulateCentre(
  params: CentreParams,
  mode: Fidelity,
  seed: number,
  replication: number,
  options: SimulateOptions = {},
): CentreRun {
  const streams = new RandomStreams(seed, replication);
  const calendar = buildCalendar(params.calendar);
  const rates = params.channels.map((channel) => arrivalRates(channel.demand, calendar));
  const pool = initialAgents(params, streams);
  // With management, the queue sees the in-house rates (the true ones less what is routed to a partner); the
  // hiring and outsourcing decisions look at the true ones.
  const managed = params.people?.management !== undefined;
  const inHouse = managed ? rates.map((r) => r.slice()) : rates;
  const plan = new DayPlan(calendar, params.channels, inHouse, params.operations, streams, mode === "contact");
  const tally = new CentreTally(calendar.days, calendar.months, params.channels.length);
  const changes = [...(options.changes ?? [])].sort((a, b) => a.fromDay - b.fromDay);
  changes.forEach((change) => checkChange(change, params));
  let nextChange = 0;
  const ops = params.operations;
  // The planner's handle time follows the workforce only when there is one that learns, tires and leaves. It is
  // kept in both modes (a proficient planner's stays at 1), so a dated change may switch it or its window.
  const handleTime = params.people === undefined ? undefined : new PlannedHandleTime(...planning(ops));
  plan.handleTime = handleTime;
  const people =
    params.people === undefined
      ? undefined
      : new PeopleLayer(
          calendar,
          params.channels,
          rates,
          params.operations,
          params.workforce,
          pool,
          tally,
          streams,
          params.people,
          handleTime,
        );
  const management =
    people === undefined || params.people?.management === undefined
      ? undefined
      : new Management(
          calendar,
          params.channels,
          rates,
          inHouse,
          params.operations,
          pool,
          people,
          params.people.management,
        );
  if (people !== undefined && management !== undefined) {
    people.policies = management;
    plan.overtime = management.overtime;
  }
  const dayHooks: DayHooks = {
    closeMonth(month) {
      people?.closeMonth(month);
      management?.closeMonth(month);
      options.hooks?.closeMonth?.(month);
    },
    beforeDay(day) {
      while (nextChange < changes.length && changes[nextChange]!.fromDay <= day) {
        const change = changes[nextChange++]!;
        // Arrival rates are shared by the plan and the fidelity: overwrite them in place from this day on.
        change.channels.forEach((channel, c) => {
          const next = arrivalRates(channel.demand, calendar).subarray(day * calendar.intervalsPerDay);
          rates[c]!.set(next, day * calendar.intervalsPerDay);
          if (inHouse !== rates) inHouse[c]!.set(next, day * calendar.intervalsPerDay);
        });
        plan.configure(change.channels, change.operations);
        handleTime?.configure(...planning(change.operations));
        fidelity.setChannels(change.channels);
        if (people !== undefined && change.people !== undefined)
          people.configure(change.channels, change.operations, change.people);
      }
      management?.beforeDay(day);
      people?.beforeDay(day);
      options.hooks?.beforeDay(day);
    },
  };
  const fidelity =
    mode === "contact"
      ? new ContactFidelity(calendar, params.channels, inHouse, plan, pool, tally, streams, dayHooks)
      : new IntervalFidelity(
          calendar,
          params.channels,
          inHouse,
          plan,
          pool,
          tally,
          streams,
          dayHooks,
          people !== undefined,
        );
  const log =
    options.recordIntervals === undefined
      ? undefined
      : new IntervalLog(calendar, params.channels.length, options.recordIntervals);
  fidelity.log = log;
  fidelity.run();
  const finished = people?.finish();
  options.onFinish?.(pool, people);
  const modelEvents =
    fidelity instanceof ContactFidelity
      ? fidelity.modelEvents
      : calendar.days * calendar.intervalsPerDay * params.channels.length;
  const shrinkage = params.operations.shrinkage;
  // Each day's KPIs under the settings in force that day (a dated change of the service-level definition, target
  // or shrinkage applies from its day, in the figures as in the plan).
  const inForce: KpiSettings[] = changes.map((c) => ({
    fromDay: c.fromDay,
    channels: c.channels,
    shrinkage: c.operations.shrinkage,
  }));
  const months = centreMonthKpis(tally, calendar, params.channels, shrinkage, inForce).map((m, i) =>
    people === undefined
      ? m
      : {
          month: m.month,
          values: withPartner(
            { ...m.values, ...people.months[calendar.spec.warmupMonths + i] },
            params.channels,
            management?.months[calendar.spec.warmupMonths + i],
            management?.partnerMonths[calendar.spec.warmupMonths + i],
          ),
        },
  );
  const runLevel = {
    ...(finished === undefined ? {} : { run: finished.run, hireSurvival: finished.hireSurvival }),
    ...(log === undefined ? {} : { intervals: log.finish() }),
  };
  return options.recordDays === true
    ? { months, days: centreDayKpis(tally, params.channels, shrinkage, inForce), modelEvents, ...runLevel }
    : { months, modelEvents, ...runLevel };
}

/**
 * The starting roster: skills by the configured shares (whole numbers, largest remainders), persistent speed
 * factors from a lognormal with mean 1, days off spread evenly over the week, and the remote share spread evenly
 * over the roster (agent a is remote when floor((a + 1) share) passes floor(a share)).
 */
function initialAgents(params: CentreParams, streams: RandomStreams): AgentPool {
  const { initialAgents: n, skillShares, speedFactorSigma, remoteShare = 0 } = params.workforce;
  const pool = new AgentPool(n);
  const cv = Math.sqrt(Math.expm1(speedFactorSigma * speedFactorSigma));
  const speed =
    cv > 0 ? makeSampler({ kind: "lognormal", mean: 1, cv }, streams.stream(WORKFORCE_STREAMS.speedFactor)) : () => 1;
  const voiceOnly = Math.round(n * skillShares.voice);
  const chatOnly = Math.round(n * skillShares.chat);
  for (let a = 0; a < n; a++) {
    const agent = pool.add(skillGroupAt(a, voiceOnly, chatOnly), speed(), a % 7);
    if (Math.floor((a + 1) * remoteShare) > Math.floor(a * remoteShare)) pool.remote[agent] = 1;
  }
  return pool;
}

/**
 * The multiplier an observed planner starts at (PlannedHandleTime; 1 without the people layer or when it plans for
 * proficient agents): that of the starting workforce as replication 0 of seed 1 seeds it, for sizing an `auto`
 * start (a sample of hundreds of agents; replications differ from it by less than the 0.5% quantisation step).
 */
export function startingPlannedMultiplier(params: CentreParams): number {
  if (params.people === undefined || params.operations.plannedHandleTime !== "observed") return 1;
  const streams = new RandomStreams(1, 0);
  const calendar = buildCalendar(params.calendar);
  const rates = params.channels.map((channel) => arrivalRates(channel.demand, calendar));
  const pool = initialAgents(params, streams);
  const tally = new CentreTally(calendar.days, calendar.months, params.channels.length);
  const handleTime = new PlannedHandleTime("observed", 1);
  const { channels, operations, workforce, people } = params;
  new PeopleLayer(calendar, channels, rates, operations, workforce, pool, tally, streams, people, handleTime);
  return handleTime.multiplier;
}

/** What the planner staffs for (absent: proficient agents) and over how many trailing days (absent: 28). */
function planning(ops: OperationsParams): ["observed" | "proficient", number] {
  return [ops.plannedHandleTime ?? "proficient", ops.plannedHandleTimeWindowDays ?? 28];
}

/** A change must keep the channels (their state, queues and streams carry over); anything else is a defect upstream. */
function checkChange(change: ParamsChange, params: CentreParams): void {
  const names = (channels: readonly ChannelParams[]): string => channels.map((c) => c.name).join(",");
  if (names(change.channels) !== names(params.channels)) {
    throw new RangeError(
      `a dated change must keep the channels (${names(params.channels)}), got ${names(change.channels)}`,
    );
  }
  if (!Number.isInteger(change.fromDay) || change.fromDay < 0)
    throw new RangeError(`change fromDay must be a whole day >= 0, got ${change.fromDay}`);
}
