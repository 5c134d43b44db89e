// The teaching scenarios teach what their README paragraph claims: each claimed difference of a variant from the
// baseline is a significant paired difference (its 95% interval excludes 0) in the claimed direction, at the file's
// own seed and replication count, and every figure stays inside the plausible bands (no warnings). The README
// (scenarios/teaching/README.md) quotes these differences; a model change that breaks a claim fails here first.
// Each file runs once, in this thread, at interval fidelity as the files say: about 3-4 minutes in all.
import { fileURLToPath } from "node:url";
import { plausibilityWarnings } from "@ccsim/report";
import { formatProblem, simulate, type Simulation } from "@ccsim/runner";
import { describe, expect, it } from "vitest";

type Direction = "up" | "down";
/** Per variant, the KPIs whose paired difference from the baseline must be significant, and which way. */
type Claims = Readonly<Record<string, Readonly<Record<string, Direction>>>>;

async function run(file: string): Promise<Simulation> {
  const path = fileURLToPath(new URL(`../../scenarios/teaching/${file}.yaml`, import.meta.url));
  const outcome = await simulate({ path });
  if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
  return outcome;
}

function difference(sim: Simulation, variant: string, kpi: string) {
  const comparison = sim.result.comparisons.find((c) => c.variant === variant);
  const row = comparison?.overall.find((r) => r.kpi === kpi);
  if (row === undefined) throw new Error(`no difference for ${variant} / ${kpi}`);
  return row.difference;
}

function expectClaims(sim: Simulation, claims: Claims): void {
  for (const [variant, kpis] of Object.entries(claims))
    for (const [kpi, direction] of Object.entries(kpis)) {
      const d = difference(sim, variant, kpi);
      const text = `${variant} ${kpi}: ${d.mean} [${d.ci95_low}, ${d.ci95_high}]`;
      if (direction === "up") expect(d.ci95_low, text).toBeGreaterThan(0);
      else expect(d.ci95_high, text).toBeLessThan(0);
    }
}

function expectPlausible(sim: Simulation): void {
  expect(plausibilityWarnings(sim.result).map((w) => w.text)).toEqual([]);
}

/** Per replication, the mean of a KPI over months [from, to) of one variant. */
function monthsMean(sim: Simulation, variant: number, kpi: string, from: number, to: number): number[] {
  const v = sim.run.variants[variant];
  if (v === undefined) throw new Error(`no variant ${variant}`);
  return v.replications.map((months) => {
    const slice = months.slice(from, to);
    return slice.reduce((s, m) => s + (m.values[kpi] ?? Number.NaN), 0) / slice.length;
  });
}

/** Student's t 0.975 quantile by degrees of freedom, for the files' replication counts (10 and 20). */
const T_975: Readonly<Record<number, number>> = { 9: 2.262, 19: 2.093 };

/** 95% Student-t interval of the mean of paired differences. */
function pairedInterval(a: readonly number[], b: readonly number[]): { low: number; high: number } {
  const d = a.map((x, r) => x - (b[r] ?? Number.NaN));
  const mean = d.reduce((s, x) => s + x, 0) / d.length;
  const sd = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (d.length - 1));
  const t = T_975[d.length - 1];
  if (t === undefined) throw new Error(`no t quantile for ${d.length} replications`);
  const half = (t * sd) / Math.sqrt(d.length);
  return { low: mean - half, high: mean + half };
}

const SLOW = 600_000;

describe("teaching scenarios show the trade-offs their README claims", () => {
  it(
    "occupancy-burnout-spiral: the baseline spirals month by month; a partner and a second trainer break it",
    async () => {
      const sim = await run("occupancy-burnout-spiral");
      expectPlausible(sim);
      // The spiral in the baseline: burnout quits in the last quarter above those of the quarter after the volume
      // rise (April-June 2024), and fewer agent-equivalents on the phones at the end than at the start.
      const burnoutLate = pairedInterval(
        monthsMean(sim, 0, "leaversFromBurnout", 15, 18),
        monthsMean(sim, 0, "leaversFromBurnout", 3, 6),
      );
      expect(burnoutLate.low, "burnout quits rise").toBeGreaterThan(0);
      const fteLate = pairedInterval(
        monthsMean(sim, 0, "productiveFte", 15, 18),
        monthsMean(sim, 0, "productiveFte", 0, 3),
      );
      expect(fteLate.high, "productive FTE falls").toBeLessThan(0);
      expectClaims(sim, {
        "overflow to a partner": {
          "voice.serviceLevel": "up",
          "voice.serviceLevelWithPartner": "up",
          occupancy: "down",
          leaversFromBurnout: "down",
          monthlyAttrition: "down",
          productiveFte: "up",
          costPerContact: "up",
        },
        "second trainer": {
          "voice.serviceLevel": "up",
          occupancy: "down",
          leaversFromBurnout: "down",
          productiveFte: "up",
          // More heads on the payroll: service is bought back, not had for free.
          costPerContact: "up",
        },
      });
    },
    SLOW,
  );

  it(
    "onboarding-and-ramp-up: culture-first training with faster adaptation holds SL on fewer paid hours",
    async () => {
      const sim = await run("onboarding-and-ramp-up");
      expectPlausible(sim);
      // The planner forecasts handle time from actuals (plannedHandleTime: observed), so it staffs for slow new
      // hires: faster adaptation shows as fewer hours rostered and a lower cost per contact at the same service
      // level, not as a higher service level. Same SL: the paired difference's interval within half a point.
      const sl = difference(sim, "4 weeks culture-first, 3-month adaptation", "voice.serviceLevel");
      expect(Math.max(-sl.ci95_low, sl.ci95_high), "same voice SL").toBeLessThan(0.005);
      expectClaims(sim, {
        "4 weeks culture-first, 3-month adaptation": {
          meanHandleTimeMultiplier: "down",
          requiredAgentHours: "down",
          scheduledAgentHours: "down",
          costPerContact: "down",
          headcount: "down",
          monthlyAttrition: "down",
          hireSurvival180d: "up",
          trainingDropout: "down",
          hiresPerMonth: "down",
        },
        "2 weeks, 6-month adaptation": { costPerContact: "down", headcount: "down" },
      });
    },
    SLOW,
  );

  it(
    "referral-programme: referrals shorten time to fill and cut campaign spending; the bonus is a hiring cost",
    async () => {
      const sim = await run("referral-programme");
      expectPlausible(sim);
      // The learning planner holds the centre at need, so faster fills show as fewer aged vacancies (less spent on
      // recruiting campaigns), not as more agents on the phones.
      expectClaims(sim, {
        "referral bonus 10,000": { referralHires: "up", timeToFillDays: "down", recruitingSpend: "down" },
        "referral bonus 25,000": {
          referralHires: "up",
          timeToFillDays: "down",
          recruitingSpend: "down",
          hiringCost: "up",
        },
      });
    },
    SLOW,
  );

  it(
    "remote-hiring: remote roles fill faster, quit less and cost less",
    async () => {
      const sim = await run("remote-hiring");
      expectPlausible(sim);
      // The learning planner holds the centre at need: fewer quits mean fewer hires, hence a lower hiring cost,
      // rather than more agents on the phones.
      const claim = {
        timeToFillDays: "down",
        monthlyAttrition: "down",
        hireSurvival180d: "up",
        hiringCost: "down",
        costPerContact: "down",
        enps: "up",
      } as const;
      expectClaims(sim, { "remote hiring": claim, "half remote": claim });
    },
    SLOW,
  );

  it(
    "pay-schemes: at equal mean earnings, piece rates buy speed (fewer hours) with quality and churn",
    async () => {
      const sim = await run("pay-schemes");
      expectPlausible(sim);
      const baselinePay = sim.result.variants[0]?.overall["meanEarningsPerMonth"]?.mean ?? Number.NaN;
      for (const variant of ["piece rate", "tNPS-tied piece rate"]) {
        // Equal expected earnings: the whole 95% interval of the paired difference within 1% of the salary.
        const pay = difference(sim, variant, "meanEarningsPerMonth");
        expect(Math.max(-pay.ci95_low, pay.ci95_high), `${variant} earnings`).toBeLessThan(0.01 * baselinePay);
      }
      // Piece rates make agents faster; the planner, forecasting handle time from actuals, staffs for it: the
      // speed shows as fewer hours and heads at the same service level (within one point), not as a higher one.
      for (const variant of ["piece rate", "tNPS-tied piece rate"]) {
        const sl = difference(sim, variant, "voice.serviceLevel");
        expect(Math.max(-sl.ci95_low, sl.ci95_high), `${variant} same voice SL`).toBeLessThan(0.01);
      }
      const claim = {
        meanHandleTimeMultiplier: "down",
        requiredAgentHours: "down",
        headcount: "down",
        costPerContact: "down",
        tnps: "down",
        monthlyAttrition: "up",
        enps: "down",
        earningsP10: "down",
      } as const;
      expectClaims(sim, { "piece rate": claim, "tNPS-tied piece rate": claim });
      // The tNPS tie keeps most of the quality: its tNPS loss is far smaller than the plain piece rate's.
      const plain = difference(sim, "piece rate", "tnps");
      const tied = difference(sim, "tNPS-tied piece rate", "tnps");
      expect(plain.ci95_high).toBeLessThan(tied.ci95_low);
      expect(tied.mean).toBeGreaterThan(0.5 * plain.mean);
    },
    SLOW,
  );

  it(
    "labour-market-shock: the shock stretches time to fill and costs eNPS; higher pay wins part back",
    async () => {
      const sim = await run("labour-market-shock");
      expectPlausible(sim);
      expectClaims(sim, {
        "no shock": { timeToFillDays: "down", enps: "up", monthlyAttrition: "down", productiveFte: "up" },
        "salary 15% higher": { timeToFillDays: "down", enps: "up", monthlyAttrition: "down", costPerContact: "up" },
      });
    },
    SLOW,
  );

  it(
    "staffing-levers: each lever moves service the way the README says; shrinkage moves logged-in hours honestly",
    async () => {
      const sim = await run("staffing-levers");
      expectPlausible(sim);
      expectClaims(sim, {
        "five agents fewer": { "voice.serviceLevel": "down", occupancy: "up", loggedInAgentHours: "down" },
        "lower shrinkage": { "voice.serviceLevel": "up", occupancy: "down", loggedInAgentHours: "up" },
        "shorter handle time": { "voice.serviceLevel": "up", occupancy: "down", requiredAgentHours: "down" },
      });
      // Shrinkage 26% instead of 32% leaves (1 - 0.26) / (1 - 0.32) - 1 = 8.8% more of the rostered time for
      // contacts. Logged-in hours rise by most of that, never more (the rest: fewer breaks, so less time spent
      // finishing a contact after going off), and the roster itself does not change.
      const base = sim.result.variants[0]?.overall["loggedInAgentHours"]?.mean ?? Number.NaN;
      const rise = difference(sim, "lower shrinkage", "loggedInAgentHours");
      const nominal = (1 - 0.26) / (1 - 0.32) - 1;
      expect(rise.ci95_low / base).toBeGreaterThan(0.75 * nominal);
      expect(rise.ci95_high / base).toBeLessThan(nominal);
      expect(difference(sim, "lower shrinkage", "scheduledAgentHours").mean).toBe(0);
    },
    SLOW,
  );
});
