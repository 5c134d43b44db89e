import type { CentreParams, ChannelParams } from "../src/index.js";

/** A voice channel with flat demand: `callsPerHour` in every open interval of every day. */
export function flatVoice(
  callsPerHour: number,
  days: number,
  intervalsPerDay: number,
  overrides: Partial<ChannelParams> = {},
): ChannelParams {
  return {
    name: "voice",
    demand: {
      monthlyVolume: [callsPerHour * (intervalsPerDay / 2) * days],
      dayOfWeekWeights: [1, 1, 1, 1, 1, 1, 1],
      intradayWeights: new Array(intervalsPerDay).fill(1),
    },
    handleTimeSec: { kind: "exponential", mean: 270 },
    patienceSec: { kind: "exponential", mean: 180 },
    concurrency: 1,
    concurrencyHandleTimeFactor: 0,
    targetServiceLevel: 0.8,
    thresholdSec: 20,
    serviceLevelDefinition: "answered-within-threshold",
    forecastErrorCv: 0,
    ...overrides,
  };
}

/**
 * A stationary centre: one month (January 2024, 31 days), open 24 h in half-hours, one 24-hour shift, no
 * shrinkage, identical agents: every agent is on the phones all day, so each day is an M/M/n+M queue.
 */
export function stationaryCentre(agents: number, channel: ChannelParams): CentreParams {
  return {
    calendar: {
      startYear: 2024,
      startMonth: 1,
      warmupMonths: 0,
      horizonMonths: 1,
      intervalMinutes: 30,
      openHour: 0,
      closeHour: 24,
    },
    channels: [channel],
    operations: {
      shrinkage: 0,
      absenceShare: 0,
      shiftTemplates: [{ lengthIntervals: 48, earliestStart: 0, latestStart: 0 }],
      workDaysPerWeek: 7,
      rostering: "planner",
      remoteSplitShifts: false,
    },
    workforce: {
      initialAgents: agents,
      skillShares: channel.name === "voice" ? { voice: 1, chat: 0, both: 0 } : { voice: 0, chat: 1, both: 0 },
      speedFactorSigma: 0,
    },
  };
}

/** A realistic small centre: 08-22 with a morning and an afternoon peak, weekday pattern, 30% shrinkage, 8 h shifts. */
export function smallCentre(agents: number, months = 1): CentreParams {
  const profile = [3, 5, 7, 8, 8, 8, 7, 6, 6, 7, 8, 8, 7, 7, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 2, 1, 1];
  return {
    calendar: {
      startYear: 2024,
      startMonth: 1,
      warmupMonths: 0,
      horizonMonths: months,
      intervalMinutes: 30,
      openHour: 8,
      closeHour: 22,
    },
    channels: [
      {
        name: "voice",
        demand: {
          monthlyVolume: new Array(months).fill(60_000),
          dayOfWeekWeights: [1.2, 1.1, 1.05, 1, 1, 0.8, 0.7],
          intradayWeights: profile,
        },
        handleTimeSec: { kind: "lognormal", mean: 300, cv: 0.8 },
        patienceSec: { kind: "exponential", mean: 150 },
        concurrency: 1,
        concurrencyHandleTimeFactor: 0,
        targetServiceLevel: 0.8,
        thresholdSec: 20,
        serviceLevelDefinition: "answered-within-threshold",
        maxAbandon: 0.05,
        maxOccupancy: 0.9,
        forecastErrorCv: 0,
      },
    ],
    operations: {
      shrinkage: 0.3,
      absenceShare: 0.3,
      shiftTemplates: [{ lengthIntervals: 16, earliestStart: 0, latestStart: 12 }],
      workDaysPerWeek: 5,
      remoteSplitShifts: false,
      rostering: "planner",
    },
    workforce: { initialAgents: agents, skillShares: { voice: 1, chat: 0, both: 0 }, speedFactorSigma: 0.15 },
  };
}
