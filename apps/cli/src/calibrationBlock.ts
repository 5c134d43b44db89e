import type { CalibrationFact, CalibrationResult, Scenario } from "@ccsim/runner";

/**
 * A value for the block: numbers, names and months as they are; other strings as JSON strings (valid YAML
 * double-quoted scalars), so no colon or hash in a source can change the block's meaning.
 */
const scalar = (x: string | number): string =>
  typeof x === "number" || (/^([A-Za-z][\w.-]*|\d{4}-\d{2})$/.test(x) && !/^(true|false|null|yes|no|on|off)$/i.test(x))
    ? String(x)
    : JSON.stringify(x);

/** A fitted value rounded to 4 significant digits: the search's last step is 1%, so more digits are noise. */
export const rounded = (x: number): number => Number(x.toPrecision(4));

/**
 * The `calibration:` block to paste into the scenario file after a fit: the fitted values (to be written at their
 * paths too), the facts, the command that reproduces the fit and its misfit. Reported figures used as targets
 * (`--to`) become facts about the replayed variant, so the file will mark them `fitted`.
 */
export function calibrationBlock(
  scenario: Scenario,
  result: CalibrationResult,
  facts: readonly CalibrationFact[],
  command: string,
  replications: number,
): string {
  const fromTargets: CalibrationFact[] = result.cardAfter.map(({ figure }) => ({
    kpi: figure.kpi,
    value: figure.value,
    unit: figure.unit,
    tolerance: figure.tolerance,
    ...(figure.changeSince === undefined
      ? figure.month === undefined
        ? {}
        : { from: figure.month, to: figure.month }
      : { changeSince: figure.changeSince, ...(figure.month === undefined ? {} : { to: figure.month }) }),
    variant: scenario.variants[scenario.variants.length - 1]?.name ?? "baseline",
    source: figure.source ?? "reported",
  }));
  const fact = (f: CalibrationFact): string => {
    const fields: [string, string | number | undefined][] = [
      ["kpi", f.kpi],
      ["value", f.value],
      ["unit", f.unit],
      ["tolerance", f.tolerance],
      ["from", f.from],
      ["to", f.to],
      ["changeSince", f.changeSince],
      ["variant", f.variant],
      ["source", f.source],
      ["reading", f.reading],
    ];
    const lines = fields.flatMap(([k, v]) => (v === undefined ? [] : [`      ${k}: ${scalar(v)}`]));
    return `    - ${lines.join("\n").trimStart()}`;
  };
  return [
    "calibration:",
    "  parameters:",
    ...Object.entries(result.fitted).map(([path, value]) => `    - { path: ${path}, value: ${rounded(value)} }`),
    "  facts:",
    ...[...facts, ...fromTargets].map(fact),
    `  command: ${scalar(command)}`,
    `  misfit: ${Number(result.lossAfter.toPrecision(3))}`,
    `  replications: ${replications}`,
    ...(scenario.calibration?.note === undefined ? [] : [`  note: ${scalar(scenario.calibration.note)}`]),
  ].join("\n");
}
