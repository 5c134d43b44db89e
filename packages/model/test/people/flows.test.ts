// People flows balance month by month (property): head count at a month's end = at the previous month's end +
// hires - leavers - training dropouts, whatever the hazards, hiring rate, training and seed.
import fc from "fast-check";
import { expect, it } from "vitest";
import { simulateCentre } from "../../src/index.js";
import { centreWithPeople, neutralPeople } from "./peopleFixture.js";

// The stock is the head count plus the hires waiting for a class (accepted offers, not yet employed).
it("start + hires - leavers - dropouts = end, every month (property)", () => {
  fc.assert(
    fc.property(
      fc.record({
        seed: fc.integer({ min: 1, max: 1_000_000 }),
        agents: fc.integer({ min: 5, max: 40 }),
        trainees: fc.integer({ min: 0, max: 6 }),
        nesting: fc.integer({ min: 0, max: 6 }),
        hazardPerDay: fc.double({ min: 0, max: 0.01, noNaN: true }),
        hiresPerDay: fc.double({ min: 0, max: 1.5, noNaN: true }),
        trainingDays: fc.constantFrom(0, 14, 21),
      }),
      (c) => {
        const params = centreWithPeople(c.agents, 3, 0, (p) => ({
          ...neutralPeople(p, c.hazardPerDay, {
            recruiting: { policy: { kind: "fixed-rate", hiresPerDay: c.hiresPerDay } },
            training: { trainingDays: c.trainingDays, classCadenceDays: 7 },
          }),
          initialTraining: c.trainees,
          initialNesting: c.nesting,
        }));
        let previous = c.agents + c.trainees + c.nesting;
        for (const { values: m } of simulateCentre(params, "interval", c.seed, 0).months) {
          const flow = (m["hiresPerMonth"] ?? NaN) - (m["leavers"] ?? NaN) - (m["trainingDropouts"] ?? NaN);
          const stock = (m["headcount"] ?? NaN) + (m["hiresAwaitingClass"] ?? NaN);
          expect(stock).toBe(previous + flow);
          previous = stock;
        }
      },
    ),
    { numRuns: 12 },
  );
});
