/**
 * Incoming work: voice and chat channels (see docs/model.md). Each channel has a volume (a base with a trend, or
 * a per-month series), a weekly and an intraday pattern, lognormal handle times, caller patience and its
 * service-level target.
 */
import { Schema } from "effect";
import { checked, list, num, oneOf, optional, section, withDefault, type Problem } from "../internal/fields.js";
import { DemandFileSpec, ForecastIntervals } from "./DemandFile.js";
import { crossField } from "../crossFieldText.js";

/** Upper bound on a channel's monthly volume: far above the largest centres, low enough to refuse typos. */
const MAX_MONTHLY_VOLUME = 100_000_000;

/** Shortest mean handle time accepted: below a second the queueing formulas see a zero service time. */
const MIN_HANDLE_TIME_SEC = 1;

/**
 * Range of a handle-time factor by time of day: real centres' interval means stay within about half and twice the
 * day's mean (assumption); the bounds refuse seconds or percentages typed where a multiplier belongs.
 */
const MIN_HANDLE_TIME_FACTOR = 0.2;
const MAX_HANDLE_TIME_FACTOR = 5;

const volume = (description: string) => num({ unit: "contacts", min: 0, max: MAX_MONTHLY_VOLUME }, description);
const weight = (description: string) => num({ min: 0, max: 1_000_000 }, description);

/** Defaults that differ between voice and chat. */
interface ChannelDefaults {
  readonly patienceMeanSec: number;
  readonly thresholdSec: number;
}

const Patience = (d: ChannelDefaults) =>
  Schema.Struct({
    distribution: withDefault(
      oneOf(
        ["exponential", "lognormal"],
        "Shape of the time a waiting customer is willing to wait before abandoning. " +
          "Exponential is the Erlang A assumption; measured patience is often closer to lognormal (Mandelbaum & Zeltyn). " +
          "The shape acts at contact fidelity only: interval fidelity evaluates Erlang A with the mean patience " +
          "(meanSec), so there the shape and cv change nothing.",
      ),
      "exponential",
    ),
    meanSec: withDefault(
      num(
        { unit: "seconds", positive: true, max: 86_400 },
        "Mean patience in seconds. Default: assumption (voice " +
          "180 s, chat 300 s; chat customers can do something else while they wait).",
      ),
      d.patienceMeanSec,
    ),
    cv: withDefault(
      num(
        { min: 0.05, max: 5 },
        "Coefficient of variation of patience, used only by the lognormal shape " +
          "(the exponential has cv 1) and only at contact fidelity (interval fidelity takes the mean alone). " +
          "Default 1: assumption.",
      ),
      1,
    ),
  });

const ServiceLevel = (d: ChannelDefaults) =>
  Schema.Struct({
    target: withDefault(
      num(
        { positive: true, max: 1 },
        "Share of contacts that must meet the threshold, above 0 and at most 1 (a " +
          "target of 0 asks for no staff at all). The planner staffs each interval to this target and to the caps " +
          "operations.maxAbandonRate and maxOccupancy, whichever needs the most agents: a target below what the caps " +
          "already give changes nothing. Default 0.8: the common 80/20 industry convention.",
      ),
      0.8,
    ),
    thresholdSec: withDefault(
      num(
        { unit: "seconds", positive: true, max: 3600 },
        "Waiting-time threshold of the service level in seconds. " +
          "Default: 20 s voice (80/20 convention), 60 s chat (assumption).",
      ),
      d.thresholdSec,
    ),
    definition: withDefault(
      oneOf(
        ["answered-within-threshold", "waited-within-threshold", "excluding-short-abandons"],
        "Which service level is reported and planned for: answered within the threshold over all offered (abandons " +
          "count as failures; recommended), waited within the threshold (early hang-ups count as met), or answered " +
          "within the threshold with abandons inside the threshold removed from the denominator. Calculators differ on this, so it is named (CCOptim Erlang A calculator offers several variants).",
      ),
      "answered-within-threshold",
    ),
  });

const DEFAULT_DAY_OF_WEEK_SHARES = [0.16, 0.155, 0.15, 0.15, 0.145, 0.125, 0.115];

const channelFields = (d: ChannelDefaults) => ({
  demandFile: optional(DemandFileSpec),
  forecastIntervals: optional(ForecastIntervals),
  monthlyVolume: optional(
    volume("Contacts offered per month at the start date. Give this or monthlyVolumeSeries (or a demandFile)."),
  ),
  monthlyVolumeSeries: optional(
    list(
      volume("Contacts offered in one month."),
      { min: 1, max: 36, items: "monthly volumes" },
      "Contacts offered per calendar month from the start date; if shorter than the horizon the last value is held. " +
        "Give this or monthlyVolume.",
    ),
  ),
  monthlyTrendPct: withDefault(
    num(
      { unit: "percent per month", min: -50, max: 100 },
      "Compound growth of the volume in percent per month, " +
        "applied on top of monthlyVolume or monthlyVolumeSeries. Default 0: assumption.",
    ),
    0,
  ),
  dayOfWeekShares: withDefault(
    list(
      weight("Relative volume of one weekday."),
      { min: 7, max: 7, items: "weights, Monday first" },
      "Relative volume per weekday, Monday first; normalised over the open days, so they need not add up to 1. " +
        "Default: a mild weekday peak falling towards Sunday (assumption).",
    ),
    DEFAULT_DAY_OF_WEEK_SHARES,
  ),
  intradayProfile: withDefault(
    oneOf(
      ["business-day", "flat"],
      "Built-in intraday shape used when intradayShares is not given: business-day " +
        "has a late-morning and a mid-afternoon peak, flat spreads the day evenly (both assumptions).",
    ),
    "business-day",
  ),
  intradayShares: optional(
    list(
      weight("Relative volume of one interval."),
      { min: 1, max: 96, items: "weights, one per interval" },
      "Relative volume per planning interval of an open day, from opening time; normalised, so they need not add " +
        "up to 1. The length must equal the number of intervals in an open day.",
    ),
  ),
  intradaySharesByWeekday: optional(
    list(
      list(
        weight("Relative volume of one interval."),
        { min: 1, max: 96, items: "weights, one per interval" },
        "One weekday's relative volume per planning interval of an open day, from opening time; normalised.",
      ),
      { min: 7, max: 7, items: "profiles, Monday first" },
      "An intraday profile per weekday, Monday first, each like intradayShares (one weight per planning interval " +
        "of an open day, normalised per day); a weekday's days take their shape from its list, and the weekday's " +
        "volume is still set by dayOfWeekShares. Takes precedence over intradayShares and intradayProfile. A " +
        "demandFile fills it from the history's per-weekday profiles. A closed weekday's list is ignored. A variant " +
        "or intervention that sets intradayShares alone drops it.",
    ),
  ),
  handleTimeSec: num(
    { unit: "seconds", min: MIN_HANDLE_TIME_SEC, max: 7200 },
    "Mean handle time (talk + hold + wrap-up) of a proficient agent at normal effort, in seconds, at least 1 (no " +
      "contact is handled faster; shorter times underflow the queueing formulas). Required: it is a fact about the " +
      "centre, with no sensible default.",
  ),
  handleTimeFactorByInterval: optional(
    list(
      num(
        { min: MIN_HANDLE_TIME_FACTOR, max: MAX_HANDLE_TIME_FACTOR },
        "Multiplier of handleTimeSec for contacts arriving in one interval.",
      ),
      { min: 1, max: 96, items: "multipliers, one per interval" },
      "Handle time by time of day: a multiplier of handleTimeSec per planning interval of an open day, from opening " +
        "time (1.3: contacts arriving then take 30% longer). The length must equal the number of intervals in an " +
        "open day. Keep the volume-weighted mean near 1 so handleTimeSec stays the day's mean (a warning says when " +
        "it is not). A demandFile with handle times fills it from your history (each interval's mean over the " +
        "file's mean); typed by hand it is an assumption. Default: none, every interval at handleTimeSec.",
    ),
  ),
  handleTimeDistribution: withDefault(
    oneOf(
      ["lognormal", "exponential"],
      "Shape of handle times. Measured handle times are close to lognormal " +
        "(Gualandi & Toscani 2018); exponential (cv 1, handleTimeCv ignored) is the Erlang assumption, for validation runs.",
    ),
    "lognormal",
  ),
  handleTimeCv: withDefault(
    num({ min: 0, max: 3 }, "Coefficient of variation of the lognormal handle time. Default 0.8: assumption."),
    0.8,
  ),
  patience: section(Patience(d).annotations({ description: "How long customers wait before abandoning." })),
  serviceLevel: section(
    ServiceLevel(d).annotations({ description: "The service-level target the planner staffs to, and its definition." }),
  ),
  forecastErrorCv: withDefault(
    num(
      { min: 0, max: 1 },
      "Relative error of the planner's monthly volume forecast (coefficient of variation of " +
        "actual over forecast). Default 0: the planner knows the mean volume (assumption).",
    ),
    0,
  ),
});

const sumOf = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);

const channelProblems = (c: {
  readonly monthlyVolume?: number;
  readonly monthlyVolumeSeries?: ReadonlyArray<number>;
  readonly dayOfWeekShares: ReadonlyArray<number>;
  readonly intradayShares?: ReadonlyArray<number>;
  readonly intradaySharesByWeekday?: ReadonlyArray<ReadonlyArray<number>>;
  readonly demandFile?: unknown;
}): ReadonlyArray<Problem> => {
  const problems: Array<Problem> = [];
  const hasBase = c.monthlyVolume !== undefined;
  const hasSeries = c.monthlyVolumeSeries !== undefined;
  // A demand file supplies the volumes; giving them as well is allowed (they are replaced) but not required.
  if (hasBase === hasSeries && !(c.demandFile !== undefined && !hasBase)) {
    problems.push({
      path: [hasBase ? "monthlyVolumeSeries" : "monthlyVolume"],
      message: crossField(hasBase ? "volumeTwice" : "volumeMissing"),
    });
  }
  if (sumOf(c.dayOfWeekShares) <= 0) problems.push({ path: ["dayOfWeekShares"], message: crossField("weekdayWeight") });
  if (c.intradayShares !== undefined && sumOf(c.intradayShares) <= 0) {
    problems.push({ path: ["intradayShares"], message: crossField("intervalWeight") });
  }
  c.intradaySharesByWeekday?.forEach((day, i) => {
    if (sumOf(day) <= 0)
      problems.push({
        path: ["intradaySharesByWeekday", i],
        message: crossField("weekdayIntervalWeight"),
      });
  });
  return problems;
};

/** The voice channel. */
export const VoiceChannel = checked(
  Schema.Struct(channelFields({ patienceMeanSec: 180, thresholdSec: 20 })).annotations({
    description: "The voice (telephone) channel.",
  }),
  channelProblems,
);

/** The chat channel: like voice, plus concurrent sessions. */
export const ChatChannel = checked(
  Schema.Struct({
    ...channelFields({ patienceMeanSec: 300, thresholdSec: 60 }),
    concurrency: withDefault(
      num(
        { unit: "sessions", min: 1, max: 5, integer: true },
        "Chat sessions one agent holds at the same time. " + "Default 2: assumption.",
      ),
      2,
    ),
    concurrencyHandleTimeFactor: withDefault(
      num(
        { min: 0, max: 2 },
        "Growth of each session's handle time per extra concurrent session: handle time x " +
          "(1 + factor x (sessions - 1)). Default 0.25: assumption.",
      ),
      0.25,
    ),
  }).annotations({ description: "The chat channel; agents hold several sessions at once." }),
  channelProblems,
);

/** The `demand` section: at least one of voice and chat. */
export const Demand = checked(
  Schema.Struct({
    voice: optional(VoiceChannel),
    chat: optional(ChatChannel),
  }).annotations({
    description: "Incoming work per channel: volume, patterns, handle time, patience, service-level target.",
  }),
  (d) => (d.voice === undefined && d.chat === undefined ? [{ path: [], message: crossField("noChannel") }] : []),
);

/** The channels a scenario may define. */
export const CHANNELS = ["voice", "chat"] as const;
