import { describe, expect, it } from "vitest";
import { Outsourcing, simulateCentre, type CentreParams } from "../../src/index.js";
import { centreWithPeople, neutralPeople } from "../people/peopleFixture.js";
import { managementOff } from "./managementFixture.js";

describe("outsourcing", () => {
  it("routes out the share that brings capacity back to the threshold, capped, and counts and prices it", () => {
    const o = new Outsourcing(
      managementOff({ outsourcing: { enabled: true, capacityThreshold: 0.9, maxShare: 0.3, pricePerContact: 200 } })
        .outsourcing,
      1,
    );
    o.decide(0.95);
    expect(o.share).toBe(0);
    o.decide(0.72);
    expect(o.share).toBeCloseTo(0.2, 12);
    const trueRates = [new Float64Array([0.1, 0.2])];
    const inHouse = [new Float64Array(2)];
    o.route(0, trueRates, inHouse, 2, 1800);
    expect([...inHouse[0]!].map((x) => x / 0.8)).toEqual([0.1, 0.2].map((x) => expect.closeTo(x, 12)));
    expect(o.outsourcedThisMonth[0]).toBeCloseTo(0.2 * (0.1 + 0.2) * 1800, 9);
    expect(o.costThisMonth).toBeCloseTo(0.2 * (0.1 + 0.2) * 1800 * 200, 6);
    o.decide(0.1);
    expect(o.share).toBe(0.3);
  });

  it("in a short-staffed centre: routed plus in-house contacts make the demand, service recovers, and the cost adds to the total", () => {
    const centre = (enabled: boolean): CentreParams =>
      centreWithPeople(38, 2, 0, (p) => ({
        ...neutralPeople(p, 0),
        management: managementOff({ outsourcing: { enabled } }),
      }));
    const on = simulateCentre(centre(true), "interval", 9, 0).months[1]!.values;
    const off = simulateCentre(centre(false), "interval", 9, 0).months[1]!.values;
    expect(on.outsourcedContacts).toBeGreaterThan(0);
    expect(off.outsourcedContacts).toBe(0);
    // Poisson noise on ~60,000 offered contacts: within 5 standard deviations.
    expect(Math.abs(on["voice.offered"]! + on.outsourcedContacts! - off["voice.offered"]!)).toBeLessThan(
      5 * Math.sqrt(2 * off["voice.offered"]!),
    );
    expect(on["voice.serviceLevel"]).toBeGreaterThan(off["voice.serviceLevel"]! + 0.1);
    expect(on.outsourcingCost).toBeCloseTo(on.outsourcedContacts! * 200, 6);
    // Costs add up: payroll with overhead + 38 on-site seats at 15,000 + the partner's price (no hires, no training).
    expect(on.totalCost).toBeCloseTo(on.payroll! + 38 * 15_000 + on.outsourcingCost!, 3);
    expect(off.totalCost).toBeCloseTo(off.payroll! + 38 * 15_000, 3);
    expect(on["voice.serviceLevelWithPartner"]).toBeCloseTo(
      (on["voice.serviceLevel"]! * on["voice.offered"]! + 0.8 * on.outsourcedContacts!) /
        (on["voice.offered"]! + on.outsourcedContacts!),
      9,
    );
  });
});
