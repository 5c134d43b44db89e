import { IntFifo, makeSampler, QueueCalendar, QueueEvent, type Distribution, type RandomStreams } from "@ccsim/engine";
import { WaitingLine } from "./internal/WaitingLine.js";

/**
 * A stationary multi-server queue: Poisson arrivals, a handle-time distribution, a fixed number of identical
 * agents, optional impatience, first-come first-served, longest-idle agent first. With exponential handle and
 * patience times this is M/M/n (Erlang C) or M/M/n+M (Erlang A), so the closed forms of `@ccsim/erlang` check it.
 * Times are in seconds.
 */
export interface StationaryQueueParams {
  readonly arrivalRatePerSec: number;
  readonly agents: number;
  readonly handleTimeSec: Distribution;
  /** Absent: callers never abandon. */
  readonly patienceSec?: Distribution | undefined;
  readonly thresholdSec: number;
  /** Arrivals simulated before measurement starts, so the queue is not measured from empty. */
  readonly warmupContacts: number;
  /** Arrivals measured after the warm-up. Every measured contact is followed until answered or abandoned. */
  readonly measuredContacts: number;
  /** Stop as soon as the last arrival is in, leaving waiting contacts in the line (default false: drain). */
  readonly stopAtLastArrival?: boolean;
}

/** Counts and sums over the measured contacts of one replication. */
export interface StationaryQueueTally {
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  /** Contacts still waiting when the run stopped, warm-up ones included (0 unless `stopAtLastArrival`). */
  readonly waitingAtEnd: number;
  /** Measured contacts that found every agent busy on arrival. */
  readonly delayed: number;
  readonly answeredWithinThreshold: number;
  readonly abandonedWithinThreshold: number;
  readonly waitAnsweredSec: number;
  /** Time in queue summed over answered and abandoned contacts. */
  readonly waitAllSec: number;
  /** Busy agent-seconds between the first and the last measured arrival. */
  readonly busyAgentSec: number;
  readonly measuredSec: number;
  /** Arrivals, service completions and abandonments processed, warm-up included. */
  readonly modelEvents: number;
}

/** Random streams this model draws from; each decision has its own, so changing staffing leaves them unchanged. */
export const STATIONARY_QUEUE_STREAMS = {
  arrivals: "queue.arrivals",
  handleTime: "queue.handle-time",
  patience: "queue.patience",
} as const;

/** Runs one replication. Handle time and patience are drawn at arrival, in arrival order, for common random numbers. */
export function runStationaryQueue(params: StationaryQueueParams, streams: RandomStreams): StationaryQueueTally {
  validate(params);
  const { agents, thresholdSec, warmupContacts } = params;
  const totalArrivals = warmupContacts + params.measuredContacts;
  const interarrival = makeSampler(
    { kind: "exponential", mean: 1 / params.arrivalRatePerSec },
    streams.stream(STATIONARY_QUEUE_STREAMS.arrivals),
  );
  const handleTime = makeSampler(params.handleTimeSec, streams.stream(STATIONARY_QUEUE_STREAMS.handleTime));
  const patience =
    params.patienceSec === undefined
      ? undefined
      : makeSampler(params.patienceSec, streams.stream(STATIONARY_QUEUE_STREAMS.patience));

  const calendar = new QueueCalendar(agents);
  const line = new WaitingLine();
  const idle = new IntFifo(agents);
  for (let agent = 0; agent < agents; agent++) idle.push(agent);

  let arrivals = 0;
  let offered = 0,
    answered = 0,
    abandoned = 0,
    delayed = 0,
    answeredWithin = 0,
    abandonedWithin = 0;
  let waitAnswered = 0,
    waitAll = 0,
    modelEvents = 0;
  // Busy agent-seconds, integrated only inside the measurement window [measureStart, measureEnd].
  let busy = 0,
    busyIntegral = 0,
    lastChange = 0,
    measureStart = -1,
    measureEnd = -1;

  calendar.scheduleArrival(interarrival());
  while (calendar.pop()) {
    const kind = calendar.kind;
    // A patience timer of a contact already answered (timers are never cancelled): not an event of the model.
    if (kind === QueueEvent.TIMER && !line.isWaiting(calendar.payload)) continue;
    const now = calendar.now;
    modelEvents++;
    if (measureStart >= 0 && measureEnd < 0) busyIntegral += busy * (now - lastChange);
    lastChange = now;
    if (kind === QueueEvent.ARRIVAL) {
      const measured = arrivals >= warmupContacts;
      arrivals++;
      if (measured && measureStart < 0) measureStart = now;
      const service = handleTime();
      const patienceSec = patience === undefined ? Infinity : patience();
      if (measured) offered++;
      if (idle.size > 0) {
        busy++;
        calendar.scheduleCompletion(now + service, idle.shift());
        if (measured) {
          answered++;
          answeredWithin++;
        }
      } else {
        if (measured) delayed++;
        const ticket = line.join(now, service, measured);
        if (patienceSec !== Infinity) calendar.scheduleTimer(now + patienceSec, ticket);
      }
      if (arrivals < totalArrivals) calendar.scheduleArrival(now + interarrival());
      else {
        measureEnd = now;
        if (params.stopAtLastArrival === true || line.waiting === 0) break;
      }
    } else if (kind === QueueEvent.COMPLETION) {
      const ticket = line.next();
      if (ticket < 0) {
        busy--;
        idle.push(calendar.payload);
      } else {
        const wait = now - line.arrivalTimeOf(ticket);
        calendar.scheduleCompletion(now + line.handleTimeOf(ticket), calendar.payload);
        if (line.isMeasured(ticket)) {
          answered++;
          waitAnswered += wait;
          waitAll += wait;
          if (wait <= thresholdSec) answeredWithin++;
        }
      }
      if (measureEnd >= 0 && line.waiting === 0) break;
    } else {
      const ticket = calendar.payload;
      const wait = now - line.abandon(ticket);
      if (line.isMeasured(ticket)) {
        abandoned++;
        waitAll += wait;
        if (wait <= thresholdSec) abandonedWithin++;
      }
      if (measureEnd >= 0 && line.waiting === 0) break;
    }
  }
  return {
    offered,
    answered,
    abandoned,
    waitingAtEnd: line.waiting,
    delayed,
    answeredWithinThreshold: answeredWithin,
    abandonedWithinThreshold: abandonedWithin,
    waitAnsweredSec: waitAnswered,
    waitAllSec: waitAll,
    busyAgentSec: busyIntegral,
    measuredSec: measureEnd - measureStart,
    modelEvents,
  };
}

function validate(params: StationaryQueueParams): void {
  const positive = (value: number, name: string): void => {
    if (!(value > 0) || !Number.isFinite(value))
      throw new RangeError(`${name} must be a positive finite number, got ${value}`);
  };
  positive(params.arrivalRatePerSec, "arrivalRatePerSec");
  if (!Number.isInteger(params.agents) || params.agents < 1)
    throw new RangeError(`agents must be an integer >= 1, got ${params.agents}`);
  if (!(params.thresholdSec >= 0)) throw new RangeError(`thresholdSec must be >= 0, got ${params.thresholdSec}`);
  if (!Number.isInteger(params.warmupContacts) || params.warmupContacts < 0)
    throw new RangeError(`warmupContacts must be an integer >= 0`);
  if (!Number.isInteger(params.measuredContacts) || params.measuredContacts < 1)
    throw new RangeError(`measuredContacts must be an integer >= 1`);
}

/** Service-level definitions, named as in `@ccsim/erlang` so simulated and exact values line up. */
export interface QueueKpis {
  readonly pWait: number;
  readonly pAbandon: number;
  readonly serviceLevel: {
    /** Answered within the threshold / offered (the default definition). */
    readonly "answered-within-threshold": number;
    /** Time in queue (answered or abandoned) within the threshold / offered. */
    readonly "waited-within-threshold": number;
    /** Answered within the threshold / (offered - abandoned within the threshold). */
    readonly "excluding-short-abandons": number;
  };
  readonly asaAnsweredSec: number;
  readonly meanWaitAllSec: number;
  readonly occupancy: number;
}

/** KPIs of one replication from its tally. */
export function stationaryQueueKpis(tally: StationaryQueueTally, agents: number): QueueKpis {
  const resolved = tally.answered + tally.abandoned;
  return {
    pWait: tally.delayed / tally.offered,
    pAbandon: tally.abandoned / tally.offered,
    serviceLevel: {
      "answered-within-threshold": tally.answeredWithinThreshold / tally.offered,
      "waited-within-threshold": (tally.answeredWithinThreshold + tally.abandonedWithinThreshold) / tally.offered,
      "excluding-short-abandons": tally.answeredWithinThreshold / (tally.offered - tally.abandonedWithinThreshold),
    },
    asaAnsweredSec: tally.answered === 0 ? 0 : tally.waitAnsweredSec / tally.answered,
    meanWaitAllSec: resolved === 0 ? 0 : tally.waitAllSec / resolved,
    occupancy: tally.measuredSec > 0 ? tally.busyAgentSec / (agents * tally.measuredSec) : 0,
  };
}
