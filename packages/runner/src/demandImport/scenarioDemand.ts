/**
 * A scenario's demand files, read and applied: for each channel that names one, the file is parsed, the rows of
 * that channel kept (files without a channel column belong to the channel that names them), the patterns derived
 * and put into the scenario. File access is the caller's (`read`), so this runs wherever the text can be had.
 */
import { CHANNELS, type Scenario } from "@ccsim/scenario";
import { applyDerivedDemand } from "./applyDemand.js";
import { deriveDemand } from "./deriveDemand.js";
import { forecastOnIntervals } from "./forecastIntervals.js";
import { parseDemandFile } from "./parseDemandFile.js";
import { DemandImportError } from "./records.js";

export interface ScenarioWithDemand {
  readonly scenario: Scenario;
  /** What was imported, and anything the planner should check (volume outside opening hours, ...). */
  readonly notes: ReadonlyArray<string>;
  /** The files read, with their path as named in the scenario. */
  readonly files: ReadonlyArray<string>;
}

/**
 * Applies every channel's `demandFile`. Throws a DemandImportError with located problems for a bad file.
 *
 * @param read returns a file's text given its path as written in the scenario, and the name to show in messages
 */
export function applyDemandFiles(
  scenario: Scenario,
  read: (path: string) => { readonly text: string; readonly shownAs: string },
): ScenarioWithDemand {
  let current = scenario;
  const notes: string[] = [];
  const files: string[] = [];
  for (const channel of CHANNELS) {
    const spec = current.demand[channel]?.demandFile;
    if (spec === undefined) continue;
    const { text, shownAs } = read(spec.path);
    files.push(spec.path);
    const parsed = parseDemandFile(text, shownAs, { ...spec, intervalMinutes: spec.intervalMinutes });
    const records = parsed.records.filter((r) => r.channel === undefined || r.channel === channel);
    if (records.length === 0) {
      throw new DemandImportError([
        {
          file: shownAs,
          line: 1,
          column: 0,
          message: `no ${channel} rows in the file (its media types or channels are all other)`,
        },
      ]);
    }
    const applied = applyDerivedDemand(
      current,
      channel,
      deriveDemand(records, parsed.intervalMinutes, spec.excludeDates),
    );
    current = applied.scenario;
    notes.push(...applied.notes);
    if (spec.use === "intervals") {
      const { forecast, outside, days } = forecastOnIntervals(records, parsed.intervalMinutes, current.calendar);
      const channelNow = current.demand[channel];
      if (channelNow !== undefined)
        current = {
          ...current,
          demand: { ...current.demand, [channel]: { ...channelNow, forecastIntervals: forecast } },
        };
      notes.push(
        `${channel}: the file drives the demand interval by interval over its ${days} days from ${forecast.firstDate}` +
          (outside > 0 ? `; ${Math.round(outside)} contacts outside the opening hours are left out` : ""),
      );
    }
  }
  return { scenario: current, notes, files };
}
