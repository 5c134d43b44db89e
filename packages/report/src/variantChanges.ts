/**
 * What each variant changes: every parameter it sets (directly, or through a dated intervention), with the
 * baseline's value, the variant's value, the date it takes effect and where the value comes from. The source is
 * the comment the scenario file gives on that line ("# assumption", "# reported (after)"), since that is where the
 * case files record it; a value without one is said to have no stated source.
 */
import { encodeScenario, type Scenario } from "@ccsim/scenario";
import { isMap, isScalar, parseDocument, type Document } from "yaml";

export interface ParameterChange {
  /** Dotted path, e.g. `recruiting.referral.bonusPerHire`. */
  readonly path: string;
  readonly baseline: unknown;
  readonly value: unknown;
  /** `YYYY-MM` or `YYYY-MM-DD` of the intervention; undefined when the variant changes it from the start. */
  readonly from?: string;
  /** The file's comment on the line, without "#"; undefined when it gives none. */
  readonly source?: string;
}

export interface VariantChanges {
  readonly variant: string;
  readonly changes: readonly ParameterChange[];
}

interface Intervention {
  readonly from: string;
  readonly set: Readonly<Record<string, unknown>>;
}

/** Per variant of the scenario, in file order, its changes; `text` is the file the scenario was read from. */
export function variantChanges(scenario: Scenario, text?: string): VariantChanges[] {
  const base = encodeScenario(scenario);
  const doc = text === undefined ? undefined : parseText(text);
  return scenario.variants.map((v, i) => {
    const changes: ParameterChange[] = [];
    for (const [path, value] of Object.entries(v.set)) {
      if (path === "interventions" && Array.isArray(value)) {
        (value as Intervention[]).forEach((iv, j) => {
          for (const [p, x] of Object.entries(iv.set))
            changes.push(change(p, x, base, comment(doc, ["variants", i, "set", path, j, "set", p]), iv.from));
        });
      } else changes.push(change(path, value, base, comment(doc, ["variants", i, "set", path])));
    }
    return { variant: v.name, changes };
  });
}

/** The dates the baseline's and the variants' interventions take effect, sorted and without repeats. */
export function interventionDates(scenario: Scenario): string[] {
  const dates = new Set(scenario.interventions.map((i) => i.from));
  for (const v of scenario.variants) {
    const list = v.set["interventions"];
    if (Array.isArray(list)) for (const iv of list as Intervention[]) dates.add(iv.from);
  }
  return [...dates].sort();
}

function change(path: string, value: unknown, base: unknown, source?: string, from?: string): ParameterChange {
  return {
    path,
    baseline: valueAt(base, path),
    value,
    ...(from === undefined ? {} : { from }),
    ...(source === undefined ? {} : { source }),
  };
}

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function parseText(text: string): Document | undefined {
  try {
    return parseDocument(text);
  } catch {
    return undefined;
  }
}

/** The comment after a value on its line (or, for a mapping, before its first entry). */
function comment(doc: Document | undefined, path: readonly (string | number)[]): string | undefined {
  if (doc === undefined) return undefined;
  const node: unknown = doc.getIn(path, true);
  const text = isScalar(node) ? node.comment : isMap(node) ? node.commentBefore : undefined;
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}
