// The customer survey of an agent-month drawn as one multinomial (docs/model.md 4.5): the promoter and detractor
// counts must have the binomial means and variances of independent answers, and the agent's tNPS follows them.
import { RandomStreams } from "@ccsim/engine";
import { describe, expect, it } from "vitest";
import { makeBinomialSampler } from "../../src/internal/binomial.js";
import { npsOf, surveyCustomers, type NpsCount } from "../../src/people/surveys.js";
import { tnpsShares } from "../../src/people/surveyShares.js";
import { smallCentre } from "../fixtures.js";
import { neutralPeople } from "./peopleFixture.js";

const p = neutralPeople(smallCentre(0, 1), 0).customerExperience;

describe("customer survey counts", () => {
  it("draws round(contacts x response rate) answers, promoters and detractors with multinomial means and variances (99.9% intervals each, four checks)", () => {
    const binomial = makeBinomialSampler(new RandomStreams(11, 0).stream("people.surveys"));
    const contacts = 1234.4;
    const n = Math.round(contacts * p.surveyResponseRate);
    const shares = tnpsShares(p, 0.9, 1);
    const runs = 4000;
    const promoters: number[] = [],
      detractors: number[] = [];
    const total: NpsCount = { promoters: 0, detractors: 0, answers: 0 };
    for (let r = 0; r < runs; r++) {
      const before = { ...total };
      const tnps = surveyCustomers(p, 0.9, contacts, 1, binomial, total);
      const own = {
        promoters: total.promoters - before.promoters,
        detractors: total.detractors - before.detractors,
        answers: total.answers - before.answers,
      };
      expect(own.answers).toBe(n);
      expect(tnps).toBeCloseTo(npsOf(own, NaN), 12);
      promoters.push(own.promoters);
      detractors.push(own.detractors);
    }
    for (const [counts, share] of [
      [promoters, shares.promoters],
      [detractors, shares.detractors],
    ] as const) {
      const mean = counts.reduce((s, x) => s + x, 0) / runs;
      const variance = counts.reduce((s, x) => s + (x - mean) ** 2, 0) / (runs - 1);
      const expectedVariance = n * share * (1 - share);
      expect(Math.abs(mean - n * share)).toBeLessThanOrEqual(3.29 * Math.sqrt(expectedVariance / runs));
      // Sample variance of a near-normal count: standard error about variance x sqrt(2 / (runs - 1)).
      expect(Math.abs(variance - expectedVariance)).toBeLessThanOrEqual(
        3.29 * expectedVariance * Math.sqrt(2 / (runs - 1)),
      );
    }
  });

  it("answers nothing without contacts: the agent's tNPS is its expected one", () => {
    const binomial = makeBinomialSampler(new RandomStreams(11, 0).stream("people.surveys"));
    const total: NpsCount = { promoters: 0, detractors: 0, answers: 0 };
    const shares = tnpsShares(p, 1, 0);
    expect(surveyCustomers(p, 1, 0, 0, binomial, total)).toBeCloseTo(100 * (shares.promoters - shares.detractors), 12);
    expect(total).toEqual({ promoters: 0, detractors: 0, answers: 0 });
  });
});
