/**
 * The scenario's own words in a language: what `translations:` gives for it, else the file's own text. One
 * function for reports and the playground, so both show the same name for the same variant.
 */
import type { Scenario } from "./Scenario.js";
import { uncertainName } from "./sections/Uncertain.js";

export interface ScenarioTexts {
  readonly name: string;
  readonly description: string | undefined;
  /** A variant's name in the language (the file's name when not translated). */
  readonly variantName: (name: string) => string;
  /** A variant's description in the language, given its name and its description as the file writes it. */
  readonly variantDescription: (name: string, description: string | undefined) => string | undefined;
  /** An intervention's description in the language, given the description as the file writes it. */
  readonly intervention: (description: string) => string;
  /** An `uncertain` entry's source and why in the language, given the entry as the file writes it. */
  readonly uncertain: (entry: {
    path: string;
    variant?: string | undefined;
    source: string;
    why?: string | undefined;
  }) => {
    source: string;
    why: string | undefined;
  };
}

/** The scenario's texts in `lang` ("en" or a language of `translations:`; anything else gives the file's words). */
export function scenarioTexts(scenario: Scenario, lang: string): ScenarioTexts {
  const own = lang === "ru" ? scenario.translations?.ru : undefined;
  return {
    name: own?.name ?? scenario.name,
    description: own?.description ?? scenario.description,
    variantName: (name) => own?.variants?.[name]?.name ?? name,
    variantDescription: (name, description) => own?.variants?.[name]?.description ?? description,
    intervention: (description) => own?.interventions?.[description] ?? description,
    uncertain: (entry) => ({
      source: own?.uncertain?.[uncertainName(entry)]?.source ?? entry.source,
      why: own?.uncertain?.[uncertainName(entry)]?.why ?? entry.why,
    }),
  };
}
