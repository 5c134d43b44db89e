/**
 * The scenario's own words in other languages: its name, description, variant names and descriptions, and the
 * descriptions of its interventions, for reports (`ccsim report --lang ru`) and the playground's Russian page.
 * One block per language, keyed by what it translates (a variant by its name, an intervention by its English
 * description), so a translation sits in one place and the rest of the file stays as it is. The keys are checked
 * against the file (`translationProblems`), so a renamed variant cannot leave a translation silently unused.
 */
import { Schema } from "effect";
import { optional, text } from "../internal/fields.js";

/** The languages reports and the playground have catalogues for, besides English (the file's own language). */
export const TRANSLATED_LANGUAGES = ["ru"] as const;

const VariantText = Schema.Struct({
  name: optional(text("The variant's name in this language (shown in legends, tables and headlines).", 80)),
  description: optional(text("The variant's description in this language.", 2000)),
});

const UncertainText = Schema.Struct({
  source: optional(text("Where the range comes from, in this language.", 2000)),
  why: optional(text("Why the parameter is uncertain, in this language.", 2000)),
});

const LanguageTexts = Schema.Struct({
  name: optional(text("The scenario's name in this language.", 200)),
  description: optional(text("The scenario's description in this language.", 20_000)),
  variants: optional(
    Schema.Record({ key: Schema.String, value: VariantText }).annotations({
      title: "a mapping of variant name: { name, description }",
      description: "Per variant, keyed by its name as the file writes it: its name and description in this language.",
    }),
  ),
  interventions: optional(
    Schema.Record({
      key: Schema.String,
      value: text("The intervention's description in this language.", 2000),
    }).annotations({
      title: "a mapping of intervention description: translated description",
      description:
        "Per dated intervention (top-level or inside a variant's set), keyed by its description as the file " +
        "writes it: that description in this language.",
    }),
  ),
  uncertain: optional(
    Schema.Record({ key: Schema.String, value: UncertainText }).annotations({
      title: "a mapping of uncertain parameter path: { source, why }",
      description:
        "Per entry of `uncertain`, keyed by its path (followed by its variant's name in brackets when the entry " +
        "names one, as in `pay.pieceRatePerContact (remote)`): its source and why, in this language.",
    }),
  ),
});

/** `translations:` of a scenario file. */
export const Translations = Schema.Struct({
  ru: optional(
    LanguageTexts.annotations({
      description: "Russian: the texts `ccsim report --lang ru` and the playground's Russian page show.",
    }),
  ),
}).annotations({
  title: "a mapping of language code (ru): texts",
  description:
    "Optional: the scenario's name, description, variants, intervention descriptions and uncertain parameters' sources and reasons in another language, " +
    "used by `ccsim report --lang ru` and the playground's Russian page; anything left out is shown as written. " +
    "Variants are keyed by their name and interventions by their description as the file writes them (a key " +
    "that matches none is an error), e.g. `translations: { ru: { name: ..., variants: { remote hiring: { name: " +
    "удалённый найм } }, interventions: { <the English description>: <its translation> } } }`.",
});

export type Translations = typeof Translations.Type;
