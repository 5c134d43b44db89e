// A dated change of the service-level definition or target, or of the shrinkage, once reached the planner but not
// the month's figures, which were computed with the run's first settings (scripts/audit-inert-parameters.mjs found
// the definition inert after an intervention). A month that a change splits counts each day by its own settings.
import { describe, expect, it } from "vitest";
import { simulateCentre, type CentreParams, type ParamsChange } from "../src/index.js";
import { smallCentre } from "./fixtures.js";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe("month figures under a change made mid-month", () => {
  it("count each day's contacts by the definition in force, and gross each day up by its shrinkage", () => {
    const centre: CentreParams = smallCentre(70);
    const voice = centre.channels[0]!;
    const change: ParamsChange = {
      fromDay: 10,
      channels: [{ ...voice, serviceLevelDefinition: "waited-within-threshold", targetServiceLevel: 0.99 }],
      operations: { ...centre.operations, shrinkage: 0.4 },
    };
    const run = simulateCentre(centre, "interval", 3, 0, { changes: [change], recordDays: true });
    const days = run.days!;
    const month = run.months[0]!.values;
    const v = (d: number, kpi: string): number => days[d]!.values[kpi]!;
    // Day figures follow the settings of their day: serviceLevel x offered is that day's count of met contacts.
    const met = sum(days.map((_, d) => v(d, "voice.serviceLevel") * v(d, "voice.offered")));
    expect(month["voice.serviceLevel"]).toBeCloseTo(met / sum(days.map((_, d) => v(d, "voice.offered"))), 12);
    const onPhones = sum(days.map((_, d) => v(d, "scheduledAgentHours") * (d < 10 ? 0.7 : 0.6)));
    expect(month.staffingSufficiency).toBeCloseTo(onPhones / sum(days.map((_, d) => v(d, "requiredAgentHours"))), 12);
    // The month is judged against the target in force on its last day.
    expect(month.onServiceLevelTarget).toBe(month["voice.serviceLevel"]! >= 0.99 ? 1 : 0);
    // The days before the change are those of the run without it, settings included.
    const without = simulateCentre(centre, "interval", 3, 0, { recordDays: true }).days!;
    for (let d = 0; d < 10; d++) expect(days[d]!.values).toEqual(without[d]!.values);
  });

  it("leave a run without changes as it was (one piece: the same sums in the same order)", () => {
    const centre = smallCentre(70);
    const plain = simulateCentre(centre, "interval", 3, 0).months;
    const unchanged = simulateCentre(centre, "interval", 3, 0, {
      changes: [{ fromDay: 10, channels: centre.channels, operations: centre.operations }],
    }).months;
    expect(unchanged).toEqual(plain);
  });
});
