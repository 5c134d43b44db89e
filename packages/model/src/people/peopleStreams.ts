/** Random streams of the people layer, one per decision type (design rule 5). */
export const PEOPLE_STREAMS = {
  attrition: "people.attrition",
  recruiting: "people.recruiting",
  attributes: "people.hire-attributes",
  surveys: "people.surveys",
  /** Work mode and tenure of the starting workforce. */
  initialTenure: "people.initial-tenure",
  /** Which open vacancy a hire fills. */
  vacancyChoice: "people.vacancy-choice",
  /** Whole-day absences caused by burnout. */
  absence: "people.absence",
} as const;
