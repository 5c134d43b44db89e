/**
 * Checks that span sections (each section checks its own fields). Every problem carries the path of the field
 * to fix, so the loader can point at its line.
 */
import type { Problem } from "./fields.js";
import { lastDayOf, toDay } from "./dates.js";
import { WEEKDAYS, intervalsPerDay } from "../sections/Calendar.js";
import { CHANNELS } from "../sections/Demand.js";
import { DEFAULT_SHIFTS } from "../sections/Operations.js";
import type { ScenarioFields } from "../ScenarioFields.js";
import { crossField } from "../crossFieldText.js";

type Fields = typeof ScenarioFields.Type;

/** The opening hours and interval length, as the messages name them. */
const hours = (s: Fields) => ({
  minutes: s.calendar.intervalMinutes,
  open: s.calendar.openHour,
  close: s.calendar.closeHour,
});

const demandProblems = (s: Fields): Array<Problem> => {
  const problems: Array<Problem> = [];
  const perDay = intervalsPerDay(s.calendar);
  for (const name of CHANNELS) {
    const channel = s.demand[name];
    if (channel === undefined) continue;
    const shares = channel.intradayShares;
    if (shares !== undefined && shares.length !== perDay) {
      problems.push({
        path: ["demand", name, "intradayShares"],
        message: crossField("intradaySharesLength", { count: perDay, ...hours(s), found: shares.length }),
      });
    }
    channel.intradaySharesByWeekday?.forEach((day, i) => {
      if (day.length !== perDay)
        problems.push({
          path: ["demand", name, "intradaySharesByWeekday", i],
          message: crossField("intradayWeekdayLength", {
            count: perDay,
            weekday: WEEKDAYS[i] ?? "this weekday",
            ...hours(s),
            found: day.length,
          }),
        });
    });
    const factors = channel.handleTimeFactorByInterval;
    if (factors !== undefined && factors.length !== perDay) {
      problems.push({
        path: ["demand", name, "handleTimeFactorByInterval"],
        message: crossField("handleTimeFactorsLength", { count: perDay, ...hours(s), found: factors.length }),
      });
    }
    const forecast = channel.forecastIntervals;
    if (forecast !== undefined && forecast.volumes.length % perDay !== 0) {
      problems.push({
        path: ["demand", name, "forecastIntervals", "volumes"],
        message: crossField("forecastWholeDays", {
          count: perDay,
          minutes: s.calendar.intervalMinutes,
          found: forecast.volumes.length,
        }),
      });
    }
    if (forecast !== undefined && forecast.firstDate.length !== 10) {
      problems.push({
        path: ["demand", name, "forecastIntervals", "firstDate"],
        message: crossField("dayExpected", { found: forecast.firstDate }),
      });
    }
    const openWeight = WEEKDAYS.reduce(
      (sum, day, i) => sum + (s.calendar.openDays.includes(day) ? (channel.dayOfWeekShares[i] ?? 0) : 0),
      0,
    );
    if (openWeight <= 0) {
      problems.push({
        path: ["demand", name, "dayOfWeekShares"],
        message: crossField("noOpenDayWeight"),
      });
    }
  }
  return problems;
};

const shiftProblems = (s: Fields): Array<Problem> => {
  const problems = [...shiftStartProblems(s), ...shiftLengthProblems(s)];
  // With the default templates (the file gives none), say so rather than point at lines that are not in the file.
  if (problems.length === 0 || JSON.stringify(s.operations.shifts) !== JSON.stringify(DEFAULT_SHIFTS)) return problems;
  return [
    {
      path: ["operations", "shifts"],
      message: crossField("defaultShiftsOutside", hours(s)),
    },
  ];
};

/**
 * A shift shorter than one planning interval rounds to no interval at all: the roster then has zero-length
 * blocks and the split-shift pairing grows without bound (lengthHours 0.2 exhausted memory).
 */
const shiftLengthProblems = (s: Fields): Array<Problem> =>
  s.operations.shifts.flatMap((shift, i) =>
    shift.lengthHours * 60 < s.calendar.intervalMinutes
      ? [
          {
            path: ["operations", "shifts", i, "lengthHours"],
            message: crossField("shiftTooShort", {
              minutes: s.calendar.intervalMinutes,
              hours: s.calendar.intervalMinutes / 60,
              found: shift.lengthHours,
            }),
          },
        ]
      : [],
  );

const shiftStartProblems = (s: Fields): Array<Problem> =>
  s.operations.shifts.flatMap((shift, i) =>
    shift.startTimes.flatMap((time, j) => {
      const hour = Number(time.slice(0, 2)) + Number(time.slice(3)) / 60;
      return hour < s.calendar.openHour || hour >= s.calendar.closeHour
        ? [
            {
              path: ["operations", "shifts", i, "startTimes", j],
              message: crossField("shiftStartOutside", { time, ...hours(s) }),
            },
          ]
        : [];
    }),
  );

const staffingProblems = (s: Fields): Array<Problem> => {
  const problems: Array<Problem> = [];
  const skills = s.operations.skills;
  if (s.demand.voice === undefined && skills.voiceOnly > 0) {
    problems.push({
      path: ["operations", "skills", "voiceOnly"],
      message: crossField("voiceOnlyWithoutVoice"),
    });
  }
  if (s.demand.chat === undefined && skills.chatOnly > 0) {
    problems.push({
      path: ["operations", "skills", "chatOnly"],
      message: crossField("chatOnlyWithoutChat"),
    });
  }
  if (s.recruiting.hiringMode !== "on-site" && !s.training.online) {
    problems.push({
      path: ["training", "online"],
      message: crossField("remoteNeedsOnline", { mode: s.recruiting.hiringMode }),
    });
  }
  return problems;
};

const monthIndex = (yyyyMm: string): number => Number(yyyyMm.slice(0, 4)) * 12 + Number(yyyyMm.slice(5, 7)) - 1;
const monthLabel = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

const changeProblems = (s: Fields): Array<Problem> => {
  const problems: Array<Problem> = [];
  const start = toDay(s.calendar.startDate);
  // The run covers whole months from the first of the start month; a change dated after its last day would be
  // counted as an intervention and never applied.
  const last = lastDayOf(monthLabel(monthIndex(s.calendar.startDate) + s.calendar.horizonMonths - 1));
  s.interventions.forEach((intervention, i) => {
    if (toDay(intervention.from) < start) {
      problems.push({
        path: ["interventions", i, "from"],
        message: crossField("beforeStart", { from: intervention.from, start: s.calendar.startDate }),
      });
    } else if (toDay(intervention.from) > last) {
      problems.push({
        path: ["interventions", i, "from"],
        message: crossField("afterEnd", {
          from: intervention.from,
          last,
          horizon: s.calendar.horizonMonths,
          start: s.calendar.startDate,
        }),
      });
    }
  });
  const names = new Set<string>();
  s.variants.forEach((variant, i) => {
    if (names.has(variant.name))
      problems.push({ path: ["variants", i, "name"], message: crossField("variantNameTwice", { name: variant.name }) });
    names.add(variant.name);
  });
  return problems;
};

/**
 * A reported figure is compared with a simulated month, so its months must be reported months (after the
 * warm-up, before the end); otherwise the case card compared it with the last month and could say "reproduced".
 */
const reportedProblems = (s: Fields): Array<Problem> => [
  ...reportedMonthProblems(s),
  ...againstProblems(s),
  ...runLevelProblems(s),
  ...variantProblems(s),
];

const variantProblems = (s: Fields): Array<Problem> =>
  s.reported.flatMap((figure, i) =>
    figure.variant === undefined || s.variants.some((v) => v.name === figure.variant)
      ? []
      : [
          {
            path: ["reported", i, "variant"],
            message:
              s.variants.length === 0
                ? crossField("noSuchVariantNone", { name: figure.variant })
                : crossField("noSuchVariant", {
                    name: figure.variant,
                    names: s.variants.map((v) => `"${v.name}"`).join(", "),
                  }),
          },
        ],
  );

/** Hire survival is one figure per run (Kaplan-Meier over all its hires): it has no month and no change. */
const runLevelProblems = (s: Fields): Array<Problem> =>
  s.reported.flatMap((figure, i) =>
    figure.kpi.startsWith("hireSurvival")
      ? (["month", "changeSince"] as const)
          .filter((key) => figure[key] !== undefined)
          .map((key) => ({
            path: ["reported", i, key],
            message: crossField("runLevelFigure", { kpi: figure.kpi, key }),
          }))
      : [],
  );

const reportedMonthProblems = (s: Fields): Array<Problem> => {
  const first = monthIndex(s.calendar.startDate) + s.calendar.warmupMonths;
  const last = monthIndex(s.calendar.startDate) + s.calendar.horizonMonths - 1;
  const range = { first: monthLabel(first), last: monthLabel(last) };
  const outside = s.calendar.warmupMonths > 0 ? "outsideReportedWarmup" : "outsideReported";
  return s.reported.flatMap((figure, i) =>
    (["month", "changeSince"] as const).flatMap((key) => {
      const month = figure[key];
      if (month === undefined) return [];
      const at = monthIndex(month);
      return at < first || at > last
        ? [
            {
              path: ["reported", i, key],
              message: crossField(outside, { month, ...range }),
            },
          ]
        : [];
    }),
  );
};

/**
 * A figure against the baseline needs a variant to compare (the replayed variant is the last; without variants it
 * is the baseline itself and the difference is 0 by construction), and a relative change of changes has no clear
 * reading, so percent with changeSince is refused there.
 */
const againstProblems = (s: Fields): Array<Problem> =>
  s.reported.flatMap((figure, i): Array<Problem> => {
    if (figure.against !== "baseline") return [];
    if (s.variants.length === 0)
      return [{ path: ["reported", i, "against"], message: crossField("againstNeedsVariant") }];
    if (figure.unit === "percent" && figure.changeSince !== undefined)
      return [
        {
          path: ["reported", i, "unit"],
          message: crossField("percentOfChange"),
        },
      ];
    return [];
  });

/** All cross-section problems of a scenario whose sections are individually valid. */
export const scenarioProblems = (s: Fields): ReadonlyArray<Problem> => [
  ...demandProblems(s),
  ...shiftProblems(s),
  ...staffingProblems(s),
  ...changeProblems(s),
  ...reportedProblems(s),
];
