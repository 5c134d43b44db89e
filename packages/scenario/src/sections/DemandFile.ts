/**
 * A channel's demand taken from an interval history or forecast file exported by a WFM suite (see
 * docs/planner.md). The scenario only names the file and how to read it; the CLI reads and parses it (this
 * package stays free of file access so it runs in browsers) and replaces the channel's volumes and profiles.
 */
import { Schema } from "effect";
import { date, list, num, oneOf, optional, text, withDefault } from "../internal/fields.js";

/** The file layouts ccsim reads; "columns" is any other CSV layout described by a column mapping. */
export const DEMAND_FILE_FORMATS = ["ccsim", "genesys", "calabrio", "nice", "columns"] as const;

/** Which column holds each quantity, for `format: columns` (header names, matched ignoring case and spaces). */
const ColumnMapping = Schema.Struct({
  intervalStart: text("Column of the interval start: ISO 8601 with an offset, or a local date-time YYYY-MM-DD HH:MM."),
  offered: text("Column of the contacts offered in the interval."),
  handled: optional(text("Column of the contacts handled (answered) in the interval.")),
  abandoned: optional(text("Column of the contacts abandoned in the interval.")),
  ahtSec: optional(text("Column of the average handle time in seconds. Give this or totalHandleSec.")),
  totalHandleSec: optional(text("Column of the total handle time of the interval in seconds. Give this or ahtSec.")),
  queue: optional(text("Column of the queue name, if the file holds several queues.")),
}).annotations({ description: "Column names for format `columns`." });

/**
 * Contacts per open interval of consecutive days from `firstDate`, in the scenario's planning intervals: what a
 * demand file with `use: intervals` gives (filled in when the file is read), or a forecast written by hand.
 */
export const ForecastIntervals = Schema.Struct({
  firstDate: date("First day of the forecast, YYYY-MM-DD (local time of the centre)."),
  volumes: list(
    num({ unit: "contacts", min: 0, max: 1_000_000 }, "Contacts expected in one interval."),
    { min: 1, max: 100_000, items: "volumes, one per open interval of each day" },
    "Expected contacts per open planning interval, day after day from firstDate, from opening time; the length " +
      "must be a whole number of days of open intervals.",
  ),
}).annotations({ description: "A forecast interval by interval; it replaces the channel's rates over its days." });

export const DemandFileSpec = Schema.Struct({
  path: text("Path of the CSV file, relative to the scenario file.", 1000),
  format: oneOf(
    DEMAND_FILE_FORMATS,
    "Layout of the file: ccsim (the canonical long format of docs/planner.md), " +
      "genesys (Genesys Cloud WFM historical import CSV), calabrio (Calabrio forecast file), nice (NICE IEX " +
      "pipe-delimited export), columns (any CSV, with `columns` naming the columns).",
  ),
  timeZone: withDefault(
    text(
      "IANA time zone of the centre (e.g. Europe/Berlin). UTC timestamps (Genesys, ISO with " +
        "offset) are converted to local time in this zone before intraday profiles are derived; files in local time " +
        "(Calabrio, NICE) are read as they are. Default UTC: assumption, set it for any centre outside UTC.",
      64,
    ),
    "UTC",
  ),
  queue: optional(text("Only rows of this queue (skill, contact type) are used; default: all rows of the file.", 200)),
  intervalMinutes: withDefault(oneOf([15, 30], "Length of the file's intervals in minutes (15 or 30)."), 15),
  columns: optional(ColumnMapping),
  use: withDefault(
    oneOf(
      ["profile", "intervals"],
      "profile: the file gives monthly volumes, weekday shares, intraday profiles (per weekday), the mean handle " +
        "time and handle time by time of day (a history). intervals: as profile, and over the file's own days its volume drives the demand interval by " +
        "interval (a forecast from a WFM suite); the days outside the file follow the derived profile.",
    ),
    "profile",
  ),
  excludeDates: withDefault(
    list(
      date("A day of the history, YYYY-MM-DD."),
      { min: 0, max: 366, items: "dates" },
      "Days of the history left out of the weekday shares and the intraday profiles: holidays, outages, a storm. " +
        "`ccsim demand` lists days that look like such days. Default: none.",
    ),
    [],
  ),
}).annotations({
  description:
    "Demand from an interval history or forecast file: the monthly volumes, weekday shares, intraday " +
    "profiles (per weekday and over all days), mean handle time and handle time by time of day " +
    "(handleTimeFactorByInterval) derived from it replace the channel's own.",
});
