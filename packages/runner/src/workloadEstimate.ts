/**
 * How much work a run is, estimated from the compiled parameters before anything is simulated, so that a file
 * or a command line asking for days of computing or more memory than the machine has is refused at once with
 * the estimate, instead of running in silence until the process dies ("Invalid typed array length" after two
 * minutes and 4.8 GB).
 *
 * The estimate is deliberately simple and errs high: the agents a centre needs follow from the offered load at
 * the busiest interval of the busiest month, the planner's occupancy cap and shrinkage, and how many shifts
 * cover an open day; the cost of a replication is then proportional to agent-days (the people layer and the
 * roster walk every agent every day), to simulated intervals, and at contact fidelity to contacts.
 */
import { distributionMean } from "@ccsim/engine";
import type { CentreParams } from "@ccsim/model";

/** What one run (every variant, every replication) will take. */
export interface WorkloadEstimate {
  /** Contacts simulated one by one (contact fidelity only), summed over variants and replications. */
  readonly contacts: number;
  /** Agents the busiest variant needs at its busiest month (or starts with, if more). */
  readonly peakAgents: number;
  /** Of the largest start, the share in training (near 1 where almost no hire stays to finish training). */
  readonly startInTraining: number;
  /** Agent-days simulated, summed over variants and replications. */
  readonly agentDays: number;
  /** Planning intervals simulated (per channel), summed over variants and replications. */
  readonly intervals: number;
  /** Memory one replication holds at its peak, in bytes; threads hold one replication each. */
  readonly bytesPerReplication: number;
}

/**
 * Limits of one run, documented in docs/cli.md. They are far above every shipped scenario (the largest, the MTS
 * case at 10 replications, is about 40 million agent-days... see the doc for the figures) and below what makes a
 * 2-core laptop unusable for an hour.
 */
export interface WorkloadLimits {
  readonly maxAgents: number;
  readonly maxAgentDays: number;
  readonly maxContacts: number;
  readonly maxIntervals: number;
  /** Memory all threads together may hold. */
  readonly maxBytes: number;
}

/** Most agents a run may need: the same ceiling as a file's starting headcount (operations.MAX_AGENTS). */
export const MAX_PEAK_AGENTS = 100_000;

export const DEFAULT_WORKLOAD_LIMITS: WorkloadLimits = {
  maxAgents: MAX_PEAK_AGENTS,
  maxAgentDays: 500_000_000,
  maxContacts: 2_000_000_000,
  maxIntervals: 2_000_000_000,
  maxBytes: 4 * 1024 ** 3,
};

const DAYS_PER_MONTH = 365.25 / 12;
/** Bytes a replication holds per agent (the pool's typed arrays, its roster and survey slots): measured, with margin. */
const BYTES_PER_AGENT = 4096;
/** Bytes per simulated interval and channel (rates, KPI buckets and the planner's requirement curves): measured, with margin. */
const BYTES_PER_INTERVAL = 256;
/** The heap of an idle replication. */
const BASE_BYTES = 32 * 1024 ** 2;

/** One replication to estimate: its compiled parameters and fidelity (a `ReplicationJob` has both). */
export interface WorkloadJob {
  readonly params: CentreParams;
  readonly fidelity: "contact" | "interval";
}

/** The estimate of running `jobs` (one replication each). */
export function estimateWorkload(jobs: readonly WorkloadJob[]): WorkloadEstimate {
  let contacts = 0;
  let peakAgents = 0;
  let largestStart = 0,
    startInTraining = 0;
  let agentDays = 0;
  let intervals = 0;
  let bytes = 0;
  // Jobs of one variant share their parameters object: estimate each once.
  const cache = new Map<CentreParams, ReturnType<typeof oneReplication>>();
  for (const job of jobs) {
    const one = cache.get(job.params) ?? oneReplication(job.params);
    cache.set(job.params, one);
    // Only contact fidelity simulates contacts one by one; interval fidelity's cost does not grow with them.
    if (job.fidelity === "contact") contacts += one.contacts;
    peakAgents = Math.max(peakAgents, one.agents);
    const start = startingAgents(job.params);
    if (start > largestStart) {
      largestStart = start;
      startInTraining = (job.params.people?.initialTraining ?? 0) / start;
    }
    agentDays += one.agents * one.days;
    intervals += one.intervals;
    const inFlight = job.fidelity === "contact" ? one.contacts / Math.max(1, one.days) : 0;
    bytes = Math.max(
      bytes,
      BASE_BYTES + one.agents * BYTES_PER_AGENT + one.intervals * BYTES_PER_INTERVAL + inFlight * 64,
    );
  }
  return {
    contacts,
    peakAgents: Math.ceil(peakAgents),
    startInTraining,
    agentDays,
    intervals,
    bytesPerReplication: bytes,
  };
}

function oneReplication(p: CentreParams): { contacts: number; agents: number; days: number; intervals: number } {
  const cal = p.calendar;
  const months = cal.warmupMonths + cal.horizonMonths;
  const days = months * DAYS_PER_MONTH;
  const openHours = cal.closeHour - cal.openHour;
  const perDay = (openHours * 60) / cal.intervalMinutes;
  const ops = p.operations;
  const longestShiftHours = Math.max(
    1e-9,
    ...ops.shiftTemplates.map((t) => (t.lengthIntervals * cal.intervalMinutes) / 60),
  );
  // Shifts needed to cover an open day, and days off: heads per seat on the phones.
  const headsPerSeat =
    (Math.max(1, openHours / longestShiftHours) * (7 / Math.max(1, ops.workDaysPerWeek))) /
    (1 - Math.min(0.95, ops.shrinkage));
  let contacts = 0;
  let agents = 0;
  for (let m = 0; m < months; m++) {
    let seats = 0;
    for (const c of p.channels) {
      const volume = c.demand.monthlyVolume[m] ?? 0;
      contacts += volume;
      const openDays = Math.max(1, c.demand.dayOfWeekWeights.filter((w) => w > 0).length) * (DAYS_PER_MONTH / 7);
      const weights = c.demand.intradayWeights;
      const total = weights.reduce((a, b) => a + b, 0);
      const peak = total > 0 ? (Math.max(...weights) * weights.length) / total : 1;
      const erlangs =
        ((volume / (openDays * openHours * 3600)) * distributionMean(c.handleTimeSec) * peak) /
        Math.max(1, c.concurrency);
      seats += erlangs / Math.min(0.95, c.maxOccupancy ?? 0.95) + 1;
    }
    const policy = p.people?.recruiting.policy;
    agents = Math.max(agents, seats * headsPerSeat * (policy?.kind === "hire-up-to" ? policy.targetFactor : 1));
  }
  return { contacts, agents: Math.max(agents, startingAgents(p)), days, intervals: days * perDay * p.channels.length };
}

/** The agents a centre starts with: past training, in nesting and in training. */
export function startingAgents(p: CentreParams): number {
  return p.workforce.initialAgents + (p.people?.initialTraining ?? 0) + (p.people?.initialNesting ?? 0);
}

/**
 * Whether the largest start is mostly trainees: an `auto` start is sized for the steady state of its hire path, which
 * is mostly trainees where nearly every hire quits in training (a salary typed as 1,000 against a market wage of
 * 55,000). Then quits, not the volume, make the centre too large.
 */
export function startMostlyTrainees(e: WorkloadEstimate): boolean {
  return e.startInTraining > 0.5;
}

/** Each limit the run exceeds, as a sentence that gives the estimate and the limit. */
export function workloadProblems(
  e: WorkloadEstimate,
  threads: number,
  limits: WorkloadLimits = DEFAULT_WORKLOAD_LIMITS,
): string[] {
  const problems: string[] = [];
  const n = (x: number): string => Math.round(x).toLocaleString("en-US");
  if (e.peakAgents > limits.maxAgents) {
    problems.push(
      `the centre would need about ${n(e.peakAgents)} agents at its busiest; at most ${n(limits.maxAgents)} are supported (a limit of the model, which no option raises)`,
    );
    // The volume is not the cause, and the other estimates only repeat the same count of trainees.
    if (startMostlyTrainees(e)) {
      problems.push(
        `${Math.round(100 * e.startInTraining)}% of them would be in training at the start, as almost no hire stays to finish training`,
      );
      return problems;
    }
  }
  if (e.agentDays > limits.maxAgentDays)
    problems.push(`about ${n(e.agentDays)} agent-days to simulate; the limit is ${n(limits.maxAgentDays)}`);
  if (e.contacts > limits.maxContacts)
    problems.push(`about ${n(e.contacts)} contacts to simulate; the limit is ${n(limits.maxContacts)}`);
  if (e.intervals > limits.maxIntervals)
    problems.push(`about ${n(e.intervals)} intervals to simulate; the limit is ${n(limits.maxIntervals)}`);
  const bytes = e.bytesPerReplication * Math.max(1, threads);
  if (bytes > limits.maxBytes) {
    const gb = (x: number): string => (x / 1024 ** 3).toLocaleString("en-US", { maximumFractionDigits: 1 });
    problems.push(
      `about ${gb(bytes)} GB of memory (${n(e.bytesPerReplication / 1024 ** 2)} MB per replication x ${threads} threads); the limit is ${gb(limits.maxBytes)} GB`,
    );
  }
  return problems;
}

/** The limits scaled by `factor` (the CLI's --max-workload), except the agent ceiling, which is the model's. */
export function scaledLimits(factor: number, base: WorkloadLimits = DEFAULT_WORKLOAD_LIMITS): WorkloadLimits {
  return {
    maxAgents: base.maxAgents,
    maxAgentDays: base.maxAgentDays * factor,
    maxContacts: base.maxContacts * factor,
    maxIntervals: base.maxIntervals * factor,
    maxBytes: base.maxBytes * factor,
  };
}
