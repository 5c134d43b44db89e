import { runCaseCard, type Scenario, type ScenarioRun } from "@ccsim/runner";
import { locale } from "@ccsim/report";
import { textTable } from "./textTable.js";

/** A figure in its unit: fractions to 3 decimals (0.910), counts over 100 whole, everything else to 1 decimal. */
const f = (x: number, unit = ""): string =>
  Number.isNaN(x)
    ? "-"
    : Math.abs(x) >= 100
      ? Math.round(x).toLocaleString("en-US")
      : x.toFixed(unit === "fraction" || (unit === "" && Math.abs(x) < 10) ? 3 : 1);
const signed = (x: number, unit = ""): string => (x > 0 ? `+${f(x, unit)}` : f(x, unit));

/**
 * The case card: the scenario's reported figures against the last variant (the one that replays the case's
 * changes; the baseline when there is none), each with its 95% CI, whether it is reproduced and whether it was
 * fitted (a calibration fact) or predicted. A figure against the baseline says so: it is the variant minus the
 * baseline, paired by replication. Each figure about the variant's own past (what a case reports) is shown a
 * second way when a baseline ran: the causal effect, the variant minus the baseline at the same months.
 */
export function caseCardText(scenario: Scenario, run: ScenarioRun): string {
  const reported = scenario.reported;
  if (reported.length === 0) return "";
  const variant = run.variants[run.variants.length - 1]!;
  const baseline = run.variants[0];
  const card = runCaseCard(run, reported);
  const causal = card.some((row) => row.againstBaseline !== undefined);
  const rows = card.map(({ figure, simulated, reproduced, againstBaseline }) => {
    const u = figure.unit;
    const label = locale("en").t.words.figureUnit(u, scenario.currency);
    const what =
      (figure.changeSince === undefined
        ? `${figure.kpi}${figure.month === undefined ? "" : ` in ${figure.month}`}`
        : `${figure.kpi}, change ${figure.changeSince} to ${figure.month ?? "end"}`) +
      (figure.variant === undefined ? "" : `, ${figure.variant}`) +
      (figure.against === "baseline" ? `, vs ${baseline?.name ?? "baseline"}` : "");
    return [
      what,
      figure.status,
      `${f(figure.value, u)} +- ${f(figure.tolerance, u)}${label === "" ? "" : ` ${label}`}`,
      f(simulated.mean, u),
      `[${f(simulated.ciLow, u)}, ${f(simulated.ciHigh, u)}]`,
      reproduced ? "yes" : "no",
      ...(causal
        ? againstBaseline === undefined
          ? ["", ""]
          : [
              signed(againstBaseline.mean, u),
              `[${signed(againstBaseline.ciLow, u)}, ${signed(againstBaseline.ciHigh, u)}]`,
            ]
        : []),
    ];
  });
  const notes = reported.filter((r) => r.reading !== undefined).map((r) => `  ${r.kpi}: ${r.reading}`);
  const head = ["figure", "status", "reported", "simulated", "95% CI", "reproduced"];
  return [
    `Case card (${variant.name}): reported vs simulated`,
    textTable(causal ? [...head, `vs ${baseline?.name ?? "baseline"}`, "95% CI"] : head, rows),
    ...(causal
      ? [
          `simulated: the variant against its own past, as the case reported it; vs ${baseline?.name ?? "baseline"}: the ` +
            "causal effect, the variant minus the baseline in the same month, paired by replication (percent: relative " +
            "to the baseline).",
        ]
      : []),
    ...(reported.some((r) => r.status === "fitted")
      ? [
          "fitted: a calibration fact (calibration.facts), reproduced by construction; predicted: not told to the model.",
        ]
      : []),
    ...(notes.length > 0 ? ["Readings:", ...notes] : []),
  ].join("\n");
}
