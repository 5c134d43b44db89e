import { caseCard, type Scenario, type ScenarioRun } from "@ccsim/runner";
import { textTable } from "./textTable.js";

/**
 * The case card: the scenario's reported figures against the last variant (the one that replays the case's
 * changes; the baseline when there is none), each with its 95% CI and whether it is reproduced. A figure against
 * the baseline says so: it is the variant minus the baseline, paired by replication.
 */
export function caseCardText(scenario: Scenario, run: ScenarioRun): string {
  const reported = scenario.reported;
  if (reported.length === 0) return "";
  const variant = run.variants[run.variants.length - 1]!;
  const rows = caseCard(variant, reported, run.variants[0]).map(({ figure, simulated, reproduced }) => {
    const f = (x: number): string =>
      Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(Math.abs(x) >= 10 ? 1 : 3);
    const what =
      (figure.changeSince === undefined
        ? `${figure.kpi}${figure.month === undefined ? "" : ` in ${figure.month}`}`
        : `${figure.kpi}, change ${figure.changeSince} to ${figure.month ?? "end"}`) +
      (figure.against === "baseline" ? `, vs ${run.variants[0]?.name ?? "baseline"}` : "");
    return [
      what,
      `${f(figure.value)} +- ${f(figure.tolerance)} ${figure.unit}`,
      f(simulated.mean),
      `[${f(simulated.ciLow)}, ${f(simulated.ciHigh)}]`,
      reproduced ? "yes" : "no",
    ];
  });
  const notes = reported.filter((r) => r.reading !== undefined).map((r) => `  ${r.kpi}: ${r.reading}`);
  return [
    `Case card (${variant.name}): reported vs simulated`,
    textTable(["figure", "reported", "simulated", "95% CI", "reproduced"], rows),
    ...(notes.length > 0 ? ["Readings:", ...notes] : []),
  ].join("\n");
}
