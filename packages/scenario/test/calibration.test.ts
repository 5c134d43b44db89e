// The `calibration:` section: fitted values must be the file's own, facts must name real variants and months, and
// a reported figure that is a calibration fact must be marked fitted (and one marked fitted must be a fact), each
// problem located at its line.
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/index.js";

const BASE = `schemaVersion: 1
name: calibration test
calendar: { startDate: 2024-01, horizonMonths: 12 }
demand:
  voice: { monthlyVolume: 60000, handleTimeSec: 300 }
operations:
  initialHeadcount: { proficient: 60 }
recruiting:
  baseApplicantsPerVacancyWeek: 0.8
variants:
  - name: changed
    set: { pay.salaryPerMonth: 60000 }
`;

const FACT = `    - { kpi: monthlyAttrition, value: 0.11, unit: fraction, tolerance: 0.01, from: 2024-01, to: 2024-03, source: s }`;

const load = (rest: string) => loadScenario(`${BASE}${rest}`, "c.yaml");
const problems = (rest: string): string[] => {
  const result = load(rest);
  return Either.isLeft(result) ? result.left.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`) : [];
};
const block = (parameters: string, facts: string): string =>
  `calibration:\n  parameters:\n${parameters}\n  facts:\n${facts}\n  command: ccsim calibrate c.yaml\n  misfit: 0.2\n`;
const OK_PARAMETER = "    - { path: recruiting.baseApplicantsPerVacancyWeek, value: 0.8 }";

describe("calibration section", () => {
  it("accepts a fit to facts before the change and leaves every reported figure predicted", () => {
    const result = load(
      block(OK_PARAMETER, FACT) +
        "reported:\n  - { kpi: monthlyAttrition, value: -5, unit: percent, tolerance: 5, changeSince: 2024-01, month: 2024-12 }\n",
    );
    if (Either.isLeft(result)) throw new Error(result.left.format());
    expect(result.right.calibration?.facts[0]).toMatchObject({ variant: "baseline", from: "2024-01", to: "2024-03" });
    expect(result.right.reported[0]?.status).toBe("predicted");
  });

  it("refuses a fitted value the file does not use, an unknown path and an unknown variant, at their lines", () => {
    expect(
      problems(
        block(
          [
            "    - { path: recruiting.baseApplicantsPerVacancyWeek, value: 0.9 }",
            "    - { path: pay.salaryPerMonth, value: 55000 }",
            "    - { path: recruiting.baseApplicantsPerVacancyWek, value: 1 }",
          ].join("\n"),
          `${FACT}\n    - { kpi: enps, value: 5, unit: nps-points, tolerance: 5, variant: other, from: 2024-02, source: s }`,
        ),
      ),
    ).toEqual([
      "15:63 calibration.parameters[0].value: the file gives recruiting.baseApplicantsPerVacancyWeek: 0.8, but the calibration records 0.9",
      "16:42 calibration.parameters[1].value: the fitted value of pay.salaryPerMonth must be written in the file at pay.salaryPerMonth (found nothing there)",
      expect.stringMatching(/^17:15 calibration.parameters\[2\].path: unknown parameter path .*did you mean/),
      '20:71 calibration.facts[1].variant: no variant is named "other" (expected one of baseline, changed)',
      "20:84 calibration.facts[1].from: give both from and to (a month range), or neither",
    ]);
  });

  it("refuses a reported figure that is both fitted and predicted, and one marked fitted that was not fitted", () => {
    const fact = `    - { kpi: enps, value: 24, unit: nps-points, tolerance: 10, changeSince: 2024-01, to: 2024-12, variant: changed, source: s }`;
    const figure = "{ kpi: enps, value: 24, unit: nps-points, tolerance: 10, changeSince: 2024-01, month: 2024-12";
    expect(problems(`${block(OK_PARAMETER, fact)}reported:\n  - ${figure} }\n`)).toEqual([
      "21:5 reported[0]: this figure is calibration fact 1 (calibration.facts.0), so it was fitted, not predicted: mark it `status: fitted`, or fit to other facts",
    ]);
    expect(problems(`${block(OK_PARAMETER, fact)}reported:\n  - ${figure}, status: predicted }\n`)).toEqual([
      expect.stringMatching(/^21:\d+ reported\[0\]\.status: this figure is calibration fact 1/),
    ]);
    expect(problems(`${block(OK_PARAMETER, fact)}reported:\n  - ${figure}, status: fitted }\n`)).toEqual([]);
    expect(problems(`${block(OK_PARAMETER, FACT)}reported:\n  - ${figure}, status: fitted }\n`)).toEqual([
      expect.stringMatching(/^21:\d+ reported\[0\]\.status: marked fitted, but no calibration fact is this figure/),
    ]);
  });

  it("is a record, not a setting: variants and interventions cannot change it", () => {
    expect(
      problems(
        "interventions:\n  - { from: 2024-06, set: { calibration.misfit: 1 } }\n" + block(OK_PARAMETER, FACT),
      ).join("\n"),
    ).toMatch(/cannot set calibration/);
  });
});
