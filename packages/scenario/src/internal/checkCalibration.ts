/**
 * Checks of the `calibration` section against the rest of the file. A fitted value is only a record if it is the
 * value the run uses, so it must be written at its path with the same value. A calibration fact that is also a
 * reported figure makes that figure `fitted`: the figure must say so (`status: fitted`), and a figure marked
 * `fitted` must be one of the facts, so that the case card never calls a fitted figure a prediction. Kept apart
 * from `sections/Calibration.ts` because the path machinery reads the whole scenario schema.
 */
import { numericParameterKind } from "./checkUncertain.js";
import type { RawIssue } from "./describeIssues.js";
import { isRecord, type Data } from "./isRecord.js";
import { checkOverrideEntry } from "./overridePaths.js";
import { crossField } from "../crossFieldText.js";

const valueAt = (data: Data, path: string): unknown => {
  let node: unknown = data;
  for (const key of path.split(".")) node = isRecord(node) ? node[key] : undefined;
  return node;
};

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const parameterIssues = (data: Data, parameters: readonly unknown[]): RawIssue[] => {
  const seen = new Set<string>();
  return parameters.flatMap((entry, i): RawIssue[] => {
    if (!isRecord(entry) || typeof entry["path"] !== "string") return [];
    const path = entry["path"];
    const at = (message: string, field = "path"): RawIssue => ({
      path: ["calibration", "parameters", i, field],
      at: "value",
      message,
    });
    if (seen.has(path)) return [at(crossField("calibratedTwice", { path }))];
    seen.add(path);
    const pathIssues = checkOverrideEntry(path, entry["value"], "variant").filter((p) => p.at === "key");
    if (pathIssues.length > 0) return pathIssues.map((p) => at(p.message));
    if (numericParameterKind(path) === undefined) return [at(crossField("calibratedNotNumeric", { path }))];
    const written = valueAt(data, path);
    const value = entry["value"];
    if (typeof value !== "number") return [];
    if (typeof written !== "number") return [at(crossField("calibratedNotWritten", { path }), "value")];
    if (!same(written, value)) return [at(crossField("calibratedDiffers", { path, written, value }), "value")];
    return [];
  });
};

/** The name of the variant the case card describes: the last variant, or the baseline without variants. */
const cardVariant = (data: Data): string => {
  const variants = Array.isArray(data["variants"]) ? (data["variants"] as unknown[]) : [];
  const last = variants[variants.length - 1];
  return isRecord(last) && typeof last["name"] === "string" ? last["name"] : "baseline";
};

/** Whether a fact is the same figure as a reported one: same KPI, variant, months and kind (level or change). */
const isFigure = (fact: Data, figure: Data, card: string): boolean =>
  fact["kpi"] === figure["kpi"] &&
  // A figure describes the last variant unless it names one (validation cases with several arms do).
  (fact["variant"] ?? "baseline") === (typeof figure["variant"] === "string" ? figure["variant"] : card) &&
  (figure["against"] ?? "own") === "own" &&
  fact["changeSince"] === figure["changeSince"] &&
  fact["to"] === figure["month"] &&
  (figure["changeSince"] !== undefined || fact["from"] === figure["month"]);

const factIssues = (data: Data, facts: readonly unknown[]): RawIssue[] => {
  const names = new Set(
    ["baseline"].concat(
      (Array.isArray(data["variants"]) ? (data["variants"] as unknown[]) : []).flatMap((v) =>
        isRecord(v) && typeof v["name"] === "string" ? [v["name"]] : [],
      ),
    ),
  );
  return facts.flatMap((fact, i): RawIssue[] => {
    if (!isRecord(fact)) return [];
    const at = (field: string, message: string): RawIssue => ({
      path: ["calibration", "facts", i, field],
      at: "value",
      message,
    });
    const issues: RawIssue[] = [];
    const variant = fact["variant"];
    if (typeof variant === "string" && !names.has(variant))
      issues.push(at("variant", crossField("factVariantUnknown", { name: variant, names: [...names].join(", ") })));
    const from = fact["from"];
    const to = fact["to"];
    if (fact["changeSince"] === undefined && (from === undefined) !== (to === undefined))
      issues.push(at(from === undefined ? "to" : "from", crossField("factRangeHalf")));
    if (typeof from === "string" && typeof to === "string" && from > to)
      issues.push(at("from", crossField("factRangeOrder", { from, to })));
    if (fact["changeSince"] !== undefined && from !== undefined)
      issues.push(at("from", crossField("factChangeWithFrom")));
    return issues;
  });
};

const statusIssues = (data: Data, facts: readonly unknown[]): RawIssue[] => {
  const reported = Array.isArray(data["reported"]) ? (data["reported"] as unknown[]) : [];
  const card = cardVariant(data);
  return reported.flatMap((figure, i): RawIssue[] => {
    if (!isRecord(figure)) return [];
    const status = figure["status"] ?? "predicted";
    const fact = facts.findIndex((f) => isRecord(f) && isFigure(f, figure, card));
    const located = figure["status"] === undefined ? { path: ["reported", i], at: "key" as const } : undefined;
    const where = located ?? { path: ["reported", i, "status"], at: "value" as const };
    if (fact >= 0 && status === "predicted")
      return [
        {
          ...where,
          message: crossField("figureIsFact", { number: fact + 1, index: fact }),
        },
      ];
    if (fact < 0 && status === "fitted")
      return [
        {
          ...where,
          message: crossField("fittedWithoutFact"),
        },
      ];
    return [];
  });
};

/** Problems of the `calibration` section against the raw (migrated) file data. */
export const calibrationIssues = (data: Data): ReadonlyArray<RawIssue> => {
  const calibration = data["calibration"];
  const facts = isRecord(calibration) && Array.isArray(calibration["facts"]) ? (calibration["facts"] as unknown[]) : [];
  const parameters =
    isRecord(calibration) && Array.isArray(calibration["parameters"]) ? (calibration["parameters"] as unknown[]) : [];
  return [...parameterIssues(data, parameters), ...factIssues(data, facts), ...statusIssues(data, facts)];
};
