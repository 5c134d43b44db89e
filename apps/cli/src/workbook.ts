/**
 * The planner's workbook (`--xlsx FILE`): monthly KPIs wide (a row per variant and month, a column per KPI with
 * its unit in the header, rounded), the capacity plan, the comparison with the baseline and the case card, for
 * readers who open results in Excel. Written with exceljs (a well-kept xlsx library that runs on Node 20) into a
 * temporary file renamed into place, so a reader never opens half a workbook.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { capacityRows, caseCard, pairedDifferences, type Simulation } from "@ccsim/runner";
import ExcelJS from "exceljs";
import { kpiKind, unitLabel, type UnitKind } from "./kpiUnits.js";
import { UserError } from "./UserError.js";
import { whyNotWritten } from "./writeResultSet.js";

/** Sheet names, in order (tests and docs/planner.md name them). */
export const SHEETS = ["Monthly KPIs", "Capacity plan", "Comparison", "Case card", "About"] as const;

const DIGITS: Record<UnitKind, number> = { share: 4, count: 0, decimal: 1, money: 0 };
const FORMAT: Record<UnitKind, string> = { share: "0.0%", count: "#,##0", decimal: "#,##0.0", money: "#,##0" };

const rounded = (x: number | undefined, kind: UnitKind): number | null =>
  x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** DIGITS[kind]) / 10 ** DIGITS[kind];

/** Builds the workbook of a run or comparison. */
export function buildWorkbook(simulation: Simulation): ExcelJS.Workbook {
  const { scenario, run, result } = simulation;
  const currency = scenario.currency;
  const book = new ExcelJS.Workbook();
  book.creator = `ccsim ${result.provenance.ccsimVersion}`;
  const header = (sheet: ExcelJS.Worksheet): void => {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  };

  const months = book.addWorksheet(SHEETS[0]);
  const kpis = Object.keys(run.variants[0]?.months[0]?.kpis ?? {});
  months.columns = [
    { header: "variant", width: 18 },
    { header: "month", width: 9 },
    ...kpis.map((k) => ({ header: unitLabel(k, currency), width: 14, style: { numFmt: FORMAT[kpiKind(k)] } })),
  ];
  for (const v of run.variants)
    for (const m of v.months)
      months.addRow([v.name, m.month, ...kpis.map((k) => rounded(m.kpis[k]?.mean, kpiKind(k)))]);
  header(months);

  const capacity = book.addWorksheet(SHEETS[1]);
  capacity.columns = [
    "variant",
    "month",
    "FTE required",
    "FTE available",
    "FTE rostered",
    "hires (per month)",
    "classes started (per month)",
    "trainees starting (per month)",
    "leavers (per month)",
    "overtime (h per month)",
    "outsourced (contacts per month)",
  ].map((h) => ({ header: h, width: 14 }));
  for (const v of run.variants)
    for (const r of capacityRows(scenario, v))
      capacity.addRow([
        v.name,
        r.month,
        ...[r.fteRequired, r.fteAvailable, r.fteRostered, r.hires, r.classStarts, r.classTrainees, r.leavers].map((x) =>
          rounded(x, "decimal"),
        ),
        rounded(r.overtimeHours, "count"),
        rounded(r.outsourcedContacts, "count"),
      ]);
  header(capacity);

  const comparison = book.addWorksheet(SHEETS[2]);
  comparison.columns = ["variant", "KPI", "baseline", "variant value", "difference", "95% CI low", "95% CI high"]
    .map((h) => ({ header: h, width: 16 }))
    .concat([{ header: "significant", width: 11 }]);
  for (const c of pairedDifferences(run))
    for (const d of c.overall) {
      const kind = kpiKind(d.kpi);
      const cells = [d.baseline.mean, d.variant.mean, d.difference.mean, d.difference.ciLow, d.difference.ciHigh];
      const row = comparison.addRow([
        c.variant,
        unitLabel(d.kpi, currency),
        ...cells.map((x) => rounded(x, kind)),
        d.significant ? "yes" : "no",
      ]);
      for (let col = 3; col <= 7; col++) row.getCell(col).numFmt = FORMAT[kind];
    }
  header(comparison);

  const card = book.addWorksheet(SHEETS[3]);
  card.columns = ["figure", "month", "change since", "unit", "reported", "tolerance", "simulated", "95% CI low"]
    .concat(["95% CI high", "reproduced", "source"])
    .map((h) => ({ header: h, width: 14 }));
  const last = run.variants[run.variants.length - 1];
  if (last !== undefined)
    for (const { figure, simulated, reproduced } of caseCard(last, scenario.reported))
      card.addRow([
        figure.kpi,
        figure.month ?? "",
        figure.changeSince ?? "",
        figure.unit,
        figure.value,
        figure.tolerance,
        rounded(simulated.mean, "share"),
        rounded(simulated.ciLow, "share"),
        rounded(simulated.ciHigh, "share"),
        reproduced ? "yes" : "no",
        figure.source ?? "",
      ]);
  header(card);

  const about = book.addWorksheet(SHEETS[4]);
  about.columns = [
    { header: "field", width: 18 },
    { header: "value", width: 100 },
  ];
  const p = result.provenance;
  for (const [k, v] of [
    ["scenario", scenario.name],
    ["scenario file", p.scenarioFile],
    ["scenario sha256", p.scenarioSha256],
    ["command", p.command],
    ["ccsim version", p.ccsimVersion],
    ["git commit", p.gitCommit],
    ["seed", String(p.seed)],
    ["replications", String(p.replications)],
    ["fidelity", p.fidelity],
    ["currency", currency],
    [
      "values",
      "means over replications; shares as fractions shown in percent; the case card's variant: " + (last?.name ?? ""),
    ],
  ])
    about.addRow([k, v]);
  header(about);
  return book;
}

/** Writes the workbook to `file` atomically (a temporary file beside it, renamed); a failure is a UserError. */
export async function writeWorkbook(file: string, simulation: Simulation): Promise<void> {
  const buffer = await buildWorkbook(simulation).xlsx.writeBuffer();
  const temporary = join(dirname(file), `.${basename(file)}.ccsim-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, new Uint8Array(buffer));
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UserError(`--xlsx ${file}: cannot write (${whyNotWritten(error)}); nothing was written`);
  }
}
