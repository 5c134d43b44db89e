import type { Scenario } from "@ccsim/scenario";

/**
 * Settings a scenario file sets that this version checks but does not simulate yet, in plain words, so that
 * nobody reads a result as if they had taken effect.
 */
export function unsimulatedSettings(scenario: Scenario): string[] {
  const notes: string[] = [];
  if (scenario.attrition.calibrateToMonthlyAttrition !== undefined) {
    notes.push("attrition.calibrateToMonthlyAttrition is not applied yet: the stage hazards are used as given");
  }
  return notes;
}
