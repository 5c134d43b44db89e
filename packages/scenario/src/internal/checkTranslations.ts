/**
 * Checks of `translations:` against the rest of the file: a variant's translation must be keyed by a variant the
 * file has, an intervention's by the description of one of its interventions (top-level or inside a variant's
 * set), an uncertain parameter's by a path of `uncertain`. Run by the loader on the file's data, not on every decode: the playground and the runner decode scenarios
 * whose variants were replaced, where a translation of a variant not run is harmless.
 */
import type { RawIssue } from "./describeIssues.js";
import { isRecord, type Data } from "./isRecord.js";
import { crossField } from "../crossFieldText.js";
import { uncertainName } from "../sections/Uncertain.js";

const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

const interventionTexts = (data: Data): Set<string> => {
  const lists = [
    listOf(data["interventions"]),
    ...listOf(data["variants"]).map((v) =>
      isRecord(v) && isRecord(v["set"]) ? listOf(v["set"]["interventions"]) : [],
    ),
  ];
  return new Set(
    lists.flat().flatMap((i) => (isRecord(i) && typeof i["description"] === "string" ? [i["description"]] : [])),
  );
};

/** Translation keys that name nothing in the file, each located at its key. */
export const translationIssues = (data: Data): ReadonlyArray<RawIssue> => {
  const translations = data["translations"];
  if (!isRecord(translations)) return [];
  const variants = listOf(data["variants"]).flatMap((v) =>
    isRecord(v) && typeof v["name"] === "string" ? [v["name"]] : [],
  );
  const interventions = interventionTexts(data);
  return Object.entries(translations).flatMap(([lang, texts]) => {
    if (!isRecord(texts)) return [];
    const unknownVariants = Object.keys(isRecord(texts["variants"]) ? texts["variants"] : {})
      .filter((name) => !variants.includes(name))
      .map((name): RawIssue => ({
        path: ["translations", lang, "variants", name],
        at: "key",
        message:
          variants.length === 0
            ? crossField("translatedVariantUnknown", { name })
            : crossField("translatedVariantUnknownOf", { name, names: variants.map((v) => `"${v}"`).join(", ") }),
      }));
    const unknownInterventions = Object.keys(isRecord(texts["interventions"]) ? texts["interventions"] : {})
      .filter((text) => !interventions.has(text))
      .map((text): RawIssue => ({
        path: ["translations", lang, "interventions", text],
        at: "key",
        message: crossField("translatedInterventionUnknown"),
      }));
    const paths = listOf(data["uncertain"]).flatMap((u) =>
      isRecord(u) && typeof u["path"] === "string"
        ? [uncertainName({ path: u["path"], variant: typeof u["variant"] === "string" ? u["variant"] : undefined })]
        : [],
    );
    const unknownUncertain = Object.keys(isRecord(texts["uncertain"]) ? texts["uncertain"] : {})
      .filter((path) => !paths.includes(path))
      .map((path): RawIssue => ({
        path: ["translations", lang, "uncertain", path],
        at: "key",
        message: crossField("translatedUncertainUnknown", { path }),
      }));
    return [...unknownVariants, ...unknownInterventions, ...unknownUncertain];
  });
};
