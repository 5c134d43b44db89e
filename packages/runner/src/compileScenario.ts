import type { Distribution } from "@ccsim/engine";
import {
  daysFromCivil,
  requiredFteAtStart,
  startingPlannedMultiplier,
  steadyStateMix,
  type CentreParams,
  type ChannelParams,
  type ParamsChange,
  type ShiftTemplate,
} from "@ccsim/model";
import {
  applyOverrides,
  intervalsPerDay,
  intradayShares,
  intradaySharesByWeekday,
  WEEKDAYS,
  type Scenario,
  type ScenarioError,
} from "@ccsim/scenario";
import { Either } from "effect";
import { compileManagement } from "./compileManagement.js";
import { compilePeople } from "./compilePeople.js";
import { MAX_PEAK_AGENTS, startingAgents } from "./workloadEstimate.js";

type ChannelInput = NonNullable<Scenario["demand"]["voice"]> | NonNullable<Scenario["demand"]["chat"]>;

/**
 * Converts a decoded scenario (human units: hours, minutes, percent, per-month volumes) into the model's
 * parameters (seconds, shares, per-month arrays). The only place units are converted (design rule 4).
 *
 * The simulation runs from the first day of the start month; `calendar.horizonMonths` counts the warm-up.
 */
export function compileScenario(scenario: Scenario, options: CompileOptions = {}): CentreParams {
  const unsized = compileContactLayer(scenario);
  if (scenario.operations.initialHeadcount === "auto" && options.sizeStart !== false)
    return sizedAutomatically(scenario, unsized);
  // A change to an `auto` centre starts no workforce, but the piece rate's expected volume per agent is read from
  // the start's size: without it, one agent would be expected to handle the whole centre's volume.
  const contact =
    options.startAgents === undefined
      ? unsized
      : { ...unsized, workforce: { ...unsized.workforce, initialAgents: options.startAgents } };
  return scenario.simulatePeople
    ? { ...contact, people: { ...compilePeople(scenario, contact), management: compileManagement(scenario, contact) } }
    : contact;
}

export interface CompileOptions {
  /** Size an `auto` starting workforce (default true; a dated change does not start a workforce, so it skips the planner's solves). */
  readonly sizeStart?: boolean;
  /** Agents past training at the start of an `auto` centre, sized once for the run (used when sizeStart is false). */
  readonly startAgents?: number;
}

/**
 * The `auto` start: as many agents past training as the planner needs in the first month (grossed up for
 * shrinkage) times the headcount target factor, split into nesting and proficient, plus trainees and remote agents,
 * in their steady-state proportions (so the start has the mix the hiring would settle at). A planner that staffs for
 * the observed handle time needs more agents when the starting workforce is slower than proficient (ramp-up,
 * burnout): the start is sized again at the multiplier that workforce starts the planner at, so it begins at plan.
 */
function sizedAutomatically(scenario: Scenario, contact: CentreParams): CentreParams {
  const factor = scenario.recruiting.headcountTargetFactor;
  const proficient = sizedTo(scenario, contact, Math.round(requiredFteAtStart(contact) * factor));
  if (proficient.people === undefined) return proficient;
  // A start past the model's agent ceiling is refused by the workload check before anything runs. Seeding it here
  // to find its starting handle-time multiplier took minutes and gigabytes first, or ended in "Array buffer
  // allocation failed": a salary typed as 1,000 against a market wage of 55,000 makes nearly every hire quit in
  // training, and the steady-state start then holds millions of trainees.
  if (startingAgents(proficient) > MAX_PEAK_AGENTS) return proficient;
  const multiplier = startingPlannedMultiplier(proficient);
  return multiplier === 1
    ? proficient
    : sizedTo(scenario, contact, Math.round(requiredFteAtStart(contact, multiplier) * factor));
}

/** The `auto` start with `pastTraining` agents past training, split and completed as `sizedAutomatically` says. */
function sizedTo(scenario: Scenario, contact: CentreParams, pastTraining: number): CentreParams {
  const provisional = { ...contact, workforce: { ...contact.workforce, initialAgents: pastTraining } };
  if (!scenario.simulatePeople) return provisional;
  const people = compilePeople(scenario, provisional);
  const mix = steadyStateMix(people, people.recruiting.remoteShare);
  const nesting = Math.round((pastTraining * mix.nesting) / Math.max(1e-9, mix.nesting + mix.proficient));
  const training = Math.round((pastTraining * mix.training) / Math.max(1e-9, 1 - mix.training));
  return {
    ...contact,
    workforce: { ...contact.workforce, initialAgents: pastTraining - nesting },
    people: {
      ...people,
      initialTraining: training,
      initialNesting: nesting,
      initialRemoteShare: mix.remoteShare,
      // Management acts on an `auto` start as on any other (it was left out here, so such centres ran unmanaged).
      management: compileManagement(scenario, provisional),
    },
  };
}

function compileContactLayer(scenario: Scenario): CentreParams {
  const cal = scenario.calendar;
  const [year, month] = cal.startDate.split("-").map(Number) as [number, number];
  const months = cal.horizonMonths;
  const channels: ChannelParams[] = [];
  if (scenario.demand.voice !== undefined)
    channels.push(compileChannel("voice", scenario.demand.voice, scenario, months));
  if (scenario.demand.chat !== undefined) {
    const chat = scenario.demand.chat;
    channels.push({
      ...compileChannel("chat", chat, scenario, months),
      concurrency: chat.concurrency,
      concurrencyHandleTimeFactor: chat.concurrencyHandleTimeFactor,
    });
  }
  const ops = scenario.operations;
  // `auto` is sized once the contact layer exists (sizedAutomatically); 0 until then.
  const head = ops.initialHeadcount === "auto" ? { training: 0, nesting: 0, proficient: 0 } : ops.initialHeadcount;
  return {
    calendar: {
      startYear: year,
      startMonth: month,
      warmupMonths: cal.warmupMonths,
      horizonMonths: cal.horizonMonths - cal.warmupMonths,
      intervalMinutes: cal.intervalMinutes,
      openHour: cal.openHour,
      closeHour: cal.closeHour,
    },
    channels,
    operations: {
      shrinkage: ops.rostering === "all-present" ? 0 : ops.shrinkage,
      absenceShare: ops.absenceShare,
      shiftTemplates: compileShifts(scenario),
      remoteSplitShifts: ops.remoteShortShifts,
      workDaysPerWeek: ops.workDaysPerWeek,
      rostering: ops.rostering,
      plannedHandleTime: ops.plannedHandleTime,
      plannedHandleTimeWindowDays: ops.plannedHandleTimeWindowDays,
    },
    workforce: {
      // With the people layer, trainees and nesting agents start in their stages; without it, trainees are left
      // out (they are not on the phones) and nesting agents count as proficient.
      initialAgents: scenario.simulatePeople ? head.proficient : head.proficient + head.nesting,
      skillShares: { voice: ops.skills.voiceOnly, chat: ops.skills.chatOnly, both: ops.skills.multiSkill },
      speedFactorSigma: ops.speedFactorSigma,
      remoteShare: ops.initialHeadcount === "auto" ? 0 : ops.initialHeadcount.remoteShare,
    },
  };
}

function compileChannel(name: "voice" | "chat", c: ChannelInput, scenario: Scenario, months: number): ChannelParams {
  const open = new Set(scenario.calendar.openDays);
  const handleTimeSec: Distribution =
    c.handleTimeDistribution === "exponential"
      ? { kind: "exponential", mean: c.handleTimeSec }
      : { kind: "lognormal", mean: c.handleTimeSec, cv: c.handleTimeCv };
  const patienceSec: Distribution =
    c.patience.distribution === "exponential"
      ? { kind: "exponential", mean: c.patience.meanSec }
      : { kind: "lognormal", mean: c.patience.meanSec, cv: c.patience.cv };
  return {
    name,
    demand: {
      monthlyVolume: monthlyVolumes(c, months),
      // The schema gives a share per weekday; a closed day gets none.
      dayOfWeekWeights: WEEKDAYS.map((day, i) => (open.has(day) ? (c.dayOfWeekShares[i] ?? 0) : 0)),
      intradayWeights: [...intradayShares(c, scenario.calendar)],
      // Only when given, so channels with one shared profile compute exactly as before.
      ...(c.intradaySharesByWeekday === undefined
        ? {}
        : { intradayWeightsByWeekday: intradaySharesByWeekday(c, scenario.calendar).map((day) => [...day]) }),
      ...datedDemand(c, scenario),
    },
    handleTimeSec,
    // Only when given, so channels without one compute exactly as before.
    ...(c.handleTimeFactorByInterval === undefined
      ? {}
      : { handleTimeFactorByInterval: [...c.handleTimeFactorByInterval] }),
    patienceSec,
    concurrency: 1,
    concurrencyHandleTimeFactor: 0,
    targetServiceLevel: c.serviceLevel.target,
    thresholdSec: c.serviceLevel.thresholdSec,
    serviceLevelDefinition: c.serviceLevel.definition,
    forecastErrorCv: c.forecastErrorCv,
    maxAbandon: scenario.operations.maxAbandonRate,
    maxOccupancy: scenario.operations.maxOccupancy,
  };
}

/** Expected volume of each simulated month: the base (or the series, its last value held) with compound trend. */
function monthlyVolumes(c: ChannelInput, months: number): number[] {
  const growth = 1 + c.monthlyTrendPct / 100;
  // A channel may leave its volumes to a demand file, which the caller applies first (applyDemandFiles).
  if (c.monthlyVolume === undefined && c.monthlyVolumeSeries === undefined)
    throw new Error(
      "a channel's demandFile was not applied: read it with applyDemandFiles (@ccsim/runner/demand) before compiling",
    );
  return Array.from({ length: months }, (_, m) => {
    const base =
      c.monthlyVolumeSeries === undefined
        ? c.monthlyVolume!
        : // The last point holds beyond the series (the schema requires at least one).
          (c.monthlyVolumeSeries[Math.min(m, c.monthlyVolumeSeries.length - 1)] ?? 0);
    return base * growth ** m;
  });
}

/**
 * One template per allowed start time, in intervals after opening. Remote-only templates go to remote agents
 * (with `remoteShortShifts`, as halves of split shifts too); on-site-only ones are treated like `any` (remote agents
 * may work full days).
 */
function compileShifts(scenario: Scenario): ShiftTemplate[] {
  const cal = scenario.calendar;
  const perDay = intervalsPerDay(cal);
  return scenario.operations.shifts.flatMap((s) =>
    s.startTimes.map((time) => {
      const [hours, minutes] = time.split(":").map(Number) as [number, number];
      const start = Math.round((hours * 60 + minutes - cal.openHour * 60) / cal.intervalMinutes);
      const length = Math.min(perDay, Math.round((s.lengthHours * 60) / cal.intervalMinutes));
      return { lengthIntervals: length, earliestStart: start, latestStart: start, remoteOnly: s.workMode === "remote" };
    }),
  );
}

/**
 * The scenario's dated interventions as model changes: applied cumulatively in date order (each sees the ones
 * before it), each effective from the start of its date. A bad path or value is reported at the intervention.
 */
export function compileChanges(
  scenario: Scenario,
  fileName = "<scenario>",
): Either.Either<ParamsChange[], ScenarioError> {
  const [startYear, startMonth] = scenario.calendar.startDate.split("-").map(Number) as [number, number];
  const firstDay = daysFromCivil(startYear, startMonth, 1);
  const ordered = [...scenario.interventions].sort((a, b) => a.from.localeCompare(b.from));
  const changes: ParamsChange[] = [];
  let current = scenario;
  const sized =
    ordered.length > 0 && scenario.operations.initialHeadcount === "auto" ? compileScenario(scenario) : undefined;
  const startAgents =
    sized === undefined ? undefined : sized.workforce.initialAgents + (sized.people?.initialNesting ?? 0);
  for (const intervention of ordered) {
    const applied = applyOverrides(current, intervention.set, { file: fileName, kind: "intervention" });
    if (Either.isLeft(applied)) return Either.left(applied.left);
    current = applied.right;
    const [year, month, day] = intervention.from.split("-").map(Number) as [number, number, number | undefined];
    const params = compileScenario(current, {
      sizeStart: false,
      ...(startAgents === undefined ? {} : { startAgents }),
    });
    changes.push({
      fromDay: Math.max(0, daysFromCivil(year, month, day ?? 1) - firstDay),
      channels: params.channels,
      operations: params.operations,
      people: params.people,
    });
  }
  return Either.right(changes);
}

/** Day index of a date YYYY-MM-DD from the first simulated day (the first of the start month). */
function dayIndex(scenario: Scenario, date: string): number {
  const [startYear, startMonth] = scenario.calendar.startDate.split("-").map(Number) as [number, number];
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return daysFromCivil(y, m, d) - daysFromCivil(startYear, startMonth, 1);
}

/** Special days of the calendar and a forecast interval by interval, as day indices (issue 15). */
function datedDemand(
  c: ChannelInput,
  scenario: Scenario,
): Pick<ChannelParams["demand"], "specialDays" | "intervalVolumes"> {
  const special = scenario.calendar.specialDays.map((s) => ({
    day: dayIndex(scenario, s.date),
    factor: s.volumeFactor,
  }));
  const forecast = c.forecastIntervals;
  return {
    ...(special.length === 0 ? {} : { specialDays: special }),
    ...(forecast === undefined
      ? {}
      : { intervalVolumes: { fromDay: dayIndex(scenario, forecast.firstDate), volumes: forecast.volumes } }),
  };
}
