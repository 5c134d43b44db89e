/**
 * The field-by-field reference of scenario files (`docs/scenarios.md`), generated from the JSON Schema, which is
 * itself generated from the Effect schema: one source of truth, so the reference cannot drift.
 */
import type { JSONSchema } from "effect";
import { scenarioJsonSchema } from "./jsonSchema.js";

type Node = JSONSchema.JsonSchema7 & {
  readonly title?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly properties?: Record<string, Node>;
  readonly required?: ReadonlyArray<string>;
  readonly items?: Node | ReadonlyArray<Node>;
  readonly type?: string | ReadonlyArray<string>;
};

interface Row {
  readonly path: string;
  readonly expects: string;
  readonly defaultValue: string;
  readonly description: string;
}

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

const expectsOf = (node: Node): string => {
  if (node.title !== undefined) return node.title;
  if (node.type === "object") return node.properties === undefined ? "mapping of path: value" : "section (mapping)";
  if (node.type === "array") return "list";
  return typeof node.type === "string" ? node.type : "value";
};

const defaultOf = (node: Node, required: boolean): string => {
  if (required) return "**required**";
  if (node.default !== undefined) return `\`${JSON.stringify(node.default)}\``;
  return node.type === "object" && node.properties !== undefined ? "(section defaults)" : "optional";
};

const itemOf = (node: Node): Node | undefined =>
  node.type === "array" && node.items !== undefined && !Array.isArray(node.items) ? (node.items as Node) : undefined;

/** The mapping of a field that is a word or a mapping (anyOf: an enum and an object), else the field itself. */
const mappingOf = (node: Node): Node => {
  const options = (node as { readonly anyOf?: ReadonlyArray<Node> }).anyOf;
  return options?.find((o) => o.properties !== undefined) ?? node;
};

const rowsOf = (node: Node, prefix: string): ReadonlyArray<Row> =>
  Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    const row: Row = {
      path,
      expects: expectsOf(child),
      defaultValue: defaultOf(child, node.required?.includes(key) ?? false),
      description: child.description ?? "",
    };
    const item = itemOf(child);
    const nested = item?.properties !== undefined ? rowsOf(item, `${path}[]`) : rowsOf(mappingOf(child), path);
    return [row, ...nested];
  });

const table = (rows: ReadonlyArray<Row>): string =>
  [
    "| Path | Expects | Default | Description |",
    "|---|---|---|---|",
    ...rows.map((r) => `| \`${r.path}\` | ${cell(r.expects)} | ${cell(r.defaultValue)} | ${cell(r.description)} |`),
  ].join("\n");

const INTRO = `# Scenario file reference

<!-- Generated from the schema in packages/scenario by packages/scenario/scripts/write-json-schema.mjs. Do not edit:
     change the schema and run the script. CI checks that this file is fresh. -->

A scenario is one YAML (or JSON) file. Only a few fields are required; every other field has a default, listed
below with its unit and its source (or "assumption"). The smallest valid file:

\`\`\`yaml
schemaVersion: 1
name: Minimal centre
calendar:
  startDate: 2024-01
demand:
  voice:
    monthlyVolume: 60000
    handleTimeSec: 300
operations:
  initialHeadcount:
    proficient: 60
\`\`\`

Conventions: shares and probabilities are fractions from 0 to 1; times carry their unit in the name
(\`handleTimeSec\`, \`trainingWeeks\`, \`adaptationMonths\`); money is in \`currency\`; dates are written YYYY-MM or
YYYY-MM-DD. Unknown keys are errors (a typo is reported with the nearest valid key), and NaN or infinite numbers
are refused. Variants and interventions change parameters with a \`set\` mapping of dotted paths, e.g.
\`"pay.scheme": piece-rate-tnps\`; each path must be one of the paths below and its value must suit that field.
Editors can validate files with \`scenarios/scenario.schema.json\`.

A \`reported\` figure is compared with the last variant (the one that replays the case). By default
(\`against: own\`) it is that variant's own level or its change since a month, what a case reports about itself.
With \`against: baseline\` it is the variant minus the baseline, replication by replication on the same seeds: a
difference in the figure's unit, or with unit \`percent\` the difference relative to the baseline, in percent
(each with its 95% interval across the paired replications). That is the causal effect a controlled study reports
(treatment against control); percent with \`changeSince\` is refused there (a change relative to a change).

Files older than the current \`schemaVersion\` are migrated when read; a file without \`schemaVersion\` or written for
a newer version is refused. To keep hostile or broken input cheap, a file may hold one YAML document of at most
1 MB, nest at most 200 levels and expand at most 100 aliases (\`*name\`); duplicate keys are errors. Files are UTF-8
text: invalid UTF-8 and NUL bytes are refused with their line and column, and text fields refuse control
characters other than tabs and line breaks (an escape sequence in a name would reach terminals).

A file that validates runs: every precondition of the simulation is a rule here (open bounds such as a
service-level target above 0 or an abandonment cap below 1, a shift at least one planning interval long, reported
months inside the reported period, a reported figure \`against: baseline\` only with variants), so the fuzz corpus in \`test/fuzz\` finds no valid file that crashes.
`;

/** The Markdown reference of every scenario field: path, what it expects, default, unit and source. */
export const scenarioReferenceMarkdown = (): string => {
  const root = scenarioJsonSchema() as Node;
  const general: Array<Row> = [];
  const sections: Array<string> = [];
  for (const row of rowsOf({ ...root, properties: root.properties ?? {} }, "")) {
    if (row.path.includes(".") || row.path.includes("[")) continue;
    const child = root.properties?.[row.path];
    if (child === undefined) continue;
    const isSection =
      (child.type === "object" && child.properties !== undefined) || itemOf(child)?.properties !== undefined;
    if (!isSection) {
      general.push(row);
      continue;
    }
    const body = itemOf(child) !== undefined ? rowsOf(itemOf(child) as Node, `${row.path}[]`) : rowsOf(child, row.path);
    const presence =
      row.defaultValue === "**required**"
        ? "Required."
        : row.defaultValue.startsWith("`")
          ? `Default: ${row.defaultValue}.`
          : "Optional; left out, every field takes its default.";
    sections.push(`## \`${row.path}\`\n\n${row.description} ${presence}\n\n${table(body)}\n`);
  }
  return `${INTRO}\n## Top level\n\n${table(general)}\n\n${sections.join("\n")}`;
};
