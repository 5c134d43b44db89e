// The reference centre of the operations benchmark: 1,000 agents (60% voice, 20% chat, 20% both), voice and chat,
// open 08-22 every day, about 1 million contacts a month (12 million a year).
export function referenceCentre(months) {
  const profile = [3, 5, 7, 8, 8, 8, 7, 6, 6, 7, 8, 8, 7, 7, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 2, 1, 1];
  const demand = (monthlyVolume) => ({ monthlyVolume: new Array(months).fill(monthlyVolume), dayOfWeekWeights: [1.15, 1.1, 1.05, 1, 1, 0.85, 0.85], intradayWeights: profile });
  const common = { targetServiceLevel: 0.8, thresholdSec: 20, serviceLevelDefinition: "answered-within-threshold", maxAbandon: 0.05, maxOccupancy: 0.9, forecastErrorCv: 0.05 };
  return {
    calendar: { startYear: 2024, startMonth: 1, warmupMonths: 0, horizonMonths: months, intervalMinutes: 30, openHour: 8, closeHour: 22 },
    channels: [
      { name: "voice", demand: demand(800_000), handleTimeSec: { kind: "lognormal", mean: 300, cv: 0.8 }, patienceSec: { kind: "exponential", mean: 150 }, concurrency: 1, concurrencyHandleTimeFactor: 0, ...common },
      { name: "chat", demand: demand(200_000), handleTimeSec: { kind: "lognormal", mean: 480, cv: 0.9 }, patienceSec: { kind: "exponential", mean: 300 }, concurrency: 2, concurrencyHandleTimeFactor: 0.25, ...common, thresholdSec: 60 },
    ],
    operations: { shrinkage: 0.3, absenceShare: 0.3, shiftTemplates: [{ lengthIntervals: 16, earliestStart: 0, latestStart: 12 }], workDaysPerWeek: 5, rostering: "planner" },
    workforce: { initialAgents: 1000, skillShares: { voice: 0.6, chat: 0.2, both: 0.2 }, speedFactorSigma: 0.15 },
  };
}
