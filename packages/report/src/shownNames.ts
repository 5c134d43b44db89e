/**
 * Variant names as a reader sees them: the baseline in the report's language, the scenario's variants by their
 * translation (`translations:` of the file). Reports and the playground draw from a copy of the result document
 * with these names, so legends, tables, headlines and warnings all agree; the result itself (embedded in HTML
 * reports, read by users' scripts) keeps the names as run.
 */
import { scenarioTexts, type ResultDocument, type Scenario } from "@ccsim/scenario";
import type { Locale } from "./i18n/locale.js";

/** The name the runner gives the baseline in every result document. */
export const BASELINE_NAME = "baseline";

/** A variant's shown name: the baseline's in the locale's words, else its translation, else as the file writes it. */
export function variantNamer(scenario: Scenario, loc: Locale): (name: string) => string {
  const texts = scenarioTexts(scenario, loc.lang);
  return (name) => (name === BASELINE_NAME ? loc.t.words.baselineVariant : texts.variantName(name));
}

/** The result document with every variant name replaced by `shown(name)` (variants, comparisons, case card). */
export function withShownNames(doc: ResultDocument, shown: (name: string) => string): ResultDocument {
  return {
    ...doc,
    variants: doc.variants.map((v) => ({ ...v, name: shown(v.name) })),
    comparisons: doc.comparisons.map((c) => ({ ...c, variant: shown(c.variant) })),
    ...(doc.caseCard === undefined
      ? {}
      : {
          caseCard: {
            variant: shown(doc.caseCard.variant),
            figures: doc.caseCard.figures.map((f) =>
              f.variant === undefined ? f : { ...f, variant: shown(f.variant) },
            ),
          },
        }),
  };
}
