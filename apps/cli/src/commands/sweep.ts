import { MAX_SWEEP_POINTS, sweep, sweepGridSize, type SweepAxis } from "@ccsim/runner";
import { InvalidArgumentError, type Command } from "commander";
import { kpiFormat } from "@ccsim/report";
import { addResultOptions, type CommonRunFlags } from "../runOptions.js";
import { unitLabel } from "../kpiUnits.js";
import { textTable } from "../textTable.js";
import { UserError } from "../UserError.js";
import { emit, runFile } from "./run.js";

/** KPIs shown per sweep point, among those the scenario produces. */
const SWEEP_KPIS = [
  "voice.serviceLevel",
  "chat.serviceLevel",
  "voice.abandonRate",
  "occupancy",
  "staffingSufficiency",
  "headcount",
  "monthlyAttrition",
  "tnps",
  "enps",
  "costPerContact",
];

/** `path=v1,v2,...`: values are read as JSON where they parse (numbers, true/false, quoted strings), else as text. */
function axis(value: string, previous: SweepAxis[] = []): SweepAxis[] {
  const at = value.indexOf("=");
  if (at <= 0 || at === value.length - 1)
    throw new InvalidArgumentError("expected path=value1,value2,... (for example operations.shrinkage=0.25,0.3,0.35).");
  const values = value
    .slice(at + 1)
    .split(",")
    .map((v) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        return v;
      }
    });
  return [...previous, { path: value.slice(0, at), values }];
}

export function registerSweep(program: Command): void {
  addResultOptions(
    program
      .command("sweep")
      .argument("<file>", "scenario file (its baseline is swept; its variants are ignored)")
      .description(
        "run the baseline at every value (or grid of values) of one or more parameters, on common random numbers",
      )
      .requiredOption(
        "--set <path=values>",
        "parameter and its values, e.g. operations.shrinkage=0.25,0.3,0.35 (repeat for a grid)",
        axis,
      ),
  ).action(async (file: string, flags: CommonRunFlags & { set: SweepAxis[] }) => {
    const size = sweepGridSize(flags.set);
    if (size > MAX_SWEEP_POINTS)
      throw new UserError(
        `--set: the grid has ${size.toLocaleString("en-US")} points; at most ${MAX_SWEEP_POINTS.toLocaleString("en-US")} are run (each point is a full run)`,
      );
    const simulation = await runFile(file, flags, (source, options) =>
      sweep(source, flags.set, { ...options, axesName: "--set" }),
    );
    const { scenario, run, points } = simulation;
    emit(flags, simulation, () => {
      const kpis = SWEEP_KPIS.filter((k) => k in (run.variants[0]?.overall ?? {}));
      const rows = run.variants.map((v, i) => [
        ...flags.set.map((a) => String(points[i]?.[a.path])),
        ...kpis.map(
          (k) =>
            `${kpiFormat(k).format(v.overall[k]?.mean ?? NaN)} +-${kpiFormat(k).format(v.overall[k]?.halfWidth ?? NaN)}`,
        ),
      ]);
      const head = `${scenario.name}: sweep of ${flags.set.map((a) => a.path).join(" x ")}, mean over the reported months +- 95% CI; ${run.replications} replications, ${run.fidelity} fidelity, seed ${run.seed}`;
      return [
        head,
        "",
        textTable([...flags.set.map((a) => a.path), ...kpis.map((k) => unitLabel(k, scenario.currency))], rows),
      ].join("\n");
    });
  });
}
