/**
 * How the centre is run: the planner's caps, shift templates, the starting workforce and agents' skills
 * (see docs/model.md). Routing is fixed (first come first served per channel, longest-idle agent first), so it
 * has no field.
 */
import { Schema } from "effect";
import {
  checked,
  clockTime,
  count,
  flag,
  fraction,
  list,
  num,
  oneOf,
  section,
  text,
  withDefault,
  type Problem,
} from "../internal/fields.js";
import { crossField } from "../crossFieldText.js";

/** Most agents a scenario may have in one stage or in total: refuses absurd sizes such as 10^9 agents. */
export const MAX_AGENTS = 100_000;

const Shift = Schema.Struct({
  name: text("Name of the shift template, unique within the list.", 60),
  lengthHours: num(
    { unit: "hours", positive: true, max: 12 },
    "Paid length of the shift in hours; breaks are part of shrinkage.",
  ),
  startTimes: list(
    clockTime("A start time, HH:MM."),
    { min: 1, max: 96, items: "start times" },
    "Times of day at which this shift may start; each must fall within opening hours.",
  ),
  workMode: withDefault(
    oneOf(["any", "on-site", "remote"], "Which agents may work this template. Default any."),
    "any",
  ),
});

/** Shift templates used when a file gives none (assumption). */
export const DEFAULT_SHIFTS = [
  { name: "day", lengthHours: 8, startTimes: ["08:00", "10:00", "12:00", "14:00"], workMode: "any" as const },
  { name: "short", lengthHours: 4, startTimes: ["10:00", "14:00", "18:00"], workMode: "remote" as const },
];

const headcount = (description: string) => count("agents", MAX_AGENTS, description);

const InitialHeadcountFields = Schema.Struct({
  training: withDefault(headcount("Agents in classroom training at the start date."), 0),
  nesting: withDefault(headcount("Agents in nesting (first weeks on the floor after training) at the start date."), 0),
  proficient: headcount(
    "Agents past nesting at the start date. Required: the size of the centre is a fact, not a default.",
  ),
  remoteShare: withDefault(
    fraction(
      "Share of the starting agents who work from home (0-1); they may work the shifts marked workMode remote and " +
        "pair short ones into split shifts (operations.remoteShortShifts). Default 0: an on-site centre (assumption).",
    ),
    0,
  ),
});

const InitialHeadcountByStage = checked(
  InitialHeadcountFields.annotations({ description: "The workforce on the start date, by stage." }),
  (h: typeof InitialHeadcountFields.Type): ReadonlyArray<Problem> => {
    const total = h.training + h.nesting + h.proficient;
    return total > MAX_AGENTS
      ? [
          {
            path: [],
            message: crossField("headcountTooLarge", { total, max: MAX_AGENTS }),
          },
        ]
      : [];
  },
);

/**
 * The starting workforce: by stage, or `auto`: the planner's first-month need (agents past training) times
 * recruiting.headcountTargetFactor, with trainees and the split into stages and work modes from the steady state.
 */
const InitialHeadcount = Schema.Union(Schema.Literal("auto"), InitialHeadcountByStage).annotations({
  title: "auto, or a mapping of stage counts",
  description:
    "The workforce on the start date: a mapping of agents by stage (training, nesting, proficient, " +
    "remoteShare), or auto: as many agents past training as the planner needs in the first month times " +
    "recruiting.headcountTargetFactor, plus trainees, nesting agents and remote agents in their steady-state " +
    "proportions (docs/model.md 4.4). Either way each starting agent's tenure is drawn from the steady state of the hire path.",
});

const SkillsFields = Schema.Struct({
  voiceOnly: withDefault(fraction("Share of agents who take voice only."), 0),
  chatOnly: withDefault(fraction("Share of agents who take chat only."), 0),
  multiSkill: withDefault(
    fraction("Share of agents who take both voice and chat. Default 1: all agents are multi-skilled (assumption)."),
    1,
  ),
});

const Skills = checked(
  SkillsFields.annotations({ description: "Which channels agents take; the shares add up to 1." }),
  (s: typeof SkillsFields.Type): ReadonlyArray<Problem> => {
    const total = s.voiceOnly + s.chatOnly + s.multiSkill;
    return Math.abs(total - 1) > 1e-6
      ? [
          {
            path: [],
            message: crossField("skillsSum", { total: Number(total.toFixed(6)) }),
          },
        ]
      : [];
  },
);

const OperationsFields = Schema.Struct({
  shrinkage: withDefault(
    num(
      { min: 0, max: 0.9 },
      "Share of paid time agents are not available for contacts (breaks, absence, " +
        "coaching), 0-0.9. Scheduled agents = required / (1 - shrinkage). Default 0.30: typical 30-35% " +
        "(GoTo shrinkage glossary; ErlangCalculator README).",
    ),
    0.3,
  ),
  absenceShare: withDefault(
    fraction(
      "Part of the shrinkage taken as whole days of unplanned absence (sickness, no-shows); the rest is " +
        "in-shift time off (breaks, coaching). Default 0.2: assumption (sickness is about 4-8% of paid time within " +
        "30-35% shrinkage, turnella's component table).",
    ),
    0.2,
  ),
  workDaysPerWeek: withDefault(
    count(
      "days",
      7,
      "Shift days per agent per week; the other days are the agent's days off. Default 5: assumption.",
      1,
    ),
    5,
  ),
  speedFactorSigma: withDefault(
    num(
      { min: 0, max: 1 },
      "Sigma of each agent's persistent lognormal speed factor (mean 1), which scales their " +
        "handle times for their whole tenure. Agents differ persistently (Gans et al. 2010); 0.15 is an assumption.",
    ),
    0.15,
  ),
  maxAbandonRate: withDefault(
    num(
      { positive: true, max: 1, belowMax: true },
      "Abandonment cap the planner staffs to, as a share of offered " +
        "contacts, above 0 and below 1 (0 cannot be met by any finite staff, 1 is no cap). Without it a large centre " +
        "can meet 80/20 by letting 5-8% abandon at near-full occupancy (Erlang A; Garnett, Mandelbaum & Reiman 2002). Default 0.05: assumption within a 3-5% band.",
    ),
    0.05,
  ),
  maxOccupancy: withDefault(
    num(
      { min: 0.3, max: 1, belowMax: true },
      "Occupancy cap the planner staffs to (handle time over available " +
        "time), from 0.3 to below 1 (at 1 the queue never empties, so no staff meets it). " +
        "Default 0.85 (Call Centre Helper, Pearce: do not exceed 85%).",
    ),
    0.85,
  ),
  rostering: withDefault(
    oneOf(
      ["planner", "all-present"],
      "planner: the planner builds daily rosters from the shift templates to meet " +
        "the targets; all-present: every productive agent is available whenever the centre is open (no shifts, no " +
        "shrinkage), for checks against the Erlang formulas and for teaching.",
    ),
    "planner",
  ),
  plannedHandleTime: withDefault(
    oneOf(
      ["observed", "proficient"],
      "Handle time the planner staffs and hires for. observed: the channel's handle time times the realised " +
        "handle-time multiplier (ramp-up, effort, burnout) of the agents on the phones, averaged over the trailing " +
        "plannedHandleTimeWindowDays, as a WFM planner forecasts handle time from recent actuals; it starts at the " +
        "starting workforce's multiplier. proficient: the channel's handle time, whatever the workforce. Only with " +
        "the people layer. Default observed: WFM planners forecast handle time from recent actuals, new hires' " +
        "learning curve included (SWPP, Metric of the Quarter: Average Handle Time, 2015; Cinareo, The Key " +
        "Drivers of AHT: trending AHT from the last months); proficient is a planner that ignores ramp-up.",
    ),
    "observed",
  ),
  plannedHandleTimeWindowDays: withDefault(
    count(
      "days",
      365,
      "Trailing days of realised handle time the observed planned handle time averages. Only with plannedHandleTime " +
        "observed and the people layer. Default 28 (four weeks): assumption.",
      1,
    ),
    28,
  ),
  shifts: withDefault(
    list(
      Shift,
      { min: 1, max: 50, items: "shift templates" },
      "Shift templates the planner builds daily rosters from. Default: 8-hour day shifts for everyone plus " +
        "4-hour remote shifts for peaks (assumption).",
    ),
    DEFAULT_SHIFTS,
  ),
  remoteShortShifts: withDefault(
    flag(
      "Whether remote agents may be rostered on templates shorter than the longest one, so the roster fits " +
        "peaks better; on-site agents always take full shifts. Default true: assumption.",
    ),
    true,
  ),
  initialHeadcount: InitialHeadcount,
  skills: section(Skills),
});

const shiftProblems = (o: typeof OperationsFields.Type): ReadonlyArray<Problem> => {
  const problems: Array<Problem> = [];
  const seen = new Set<string>();
  o.shifts.forEach((s, i) => {
    if (seen.has(s.name))
      problems.push({ path: ["shifts", i, "name"], message: crossField("shiftNameTwice", { name: s.name }) });
    seen.add(s.name);
  });
  return problems;
};

/** The `operations` section. */
export const Operations = checked(
  OperationsFields.annotations({
    description:
      "Planner caps, shift templates, starting workforce and skills. Routing is fixed: first come first served per channel, longest-idle agent first.",
  }),
  shiftProblems,
);
