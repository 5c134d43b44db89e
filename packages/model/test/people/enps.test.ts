import { describe, expect, it } from "vitest";
import { expectedEnps, simulateCentre } from "../../src/index.js";
import { centreWithPeople, neutralPeople } from "./peopleFixture.js";

/** Mean and 99% Student-t half-width of 6 replication values. */
function ci99(values: readonly number[]): { mean: number; half: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
  return { mean, half: (4.0321 * sd) / Math.sqrt(values.length) };
}

describe("eNPS measured like a survey (ordered logit on the latent engagement)", () => {
  // 120 agents, nobody leaves or burns out, paid the market wage on site: every agent's latent engagement is g0.
  const withIntercept = (intercept: number) =>
    centreWithPeople(120, 6, 0, (p) =>
      neutralPeople(p, 0, {
        motivation: { intercept, burnoutWeight: 0 },
      }),
    );

  it("matches the closed form 100 (P(promoter) - P(detractor)) within the 99% interval, low, neutral and high", () => {
    for (const intercept of [-1.5, 0, 1.2]) {
      const params = withIntercept(intercept);
      const values = Array.from({ length: 6 }, (_, r) => {
        const months = simulateCentre(params, "interval", 23, r).months;
        return months.reduce((s, m) => s + m.values["enps"]!, 0) / months.length;
      });
      const { mean, half } = ci99(values);
      const expected = expectedEnps(params.people!.motivation, intercept);
      expect(Math.abs(mean - expected), `g0 ${intercept}: ${mean} +- ${half} vs ${expected}`).toBeLessThanOrEqual(half);
    }
  });

  it("puts a neutral centre inside the reported contact-centre band (-20..+30) and keeps -100..+100 reachable", () => {
    const m = withIntercept(0).people!.motivation;
    expect(expectedEnps(m, 0)).toBeGreaterThan(-20);
    expect(expectedEnps(m, 0)).toBeLessThan(30);
    expect(expectedEnps(m, -12)).toBeLessThan(-99.9);
    expect(expectedEnps(m, 12)).toBeGreaterThan(99.9);
    // Monotone in engagement.
    for (let eta = -5; eta < 5; eta += 0.5) expect(expectedEnps(m, eta + 0.5)).toBeGreaterThan(expectedEnps(m, eta));
  });
});
