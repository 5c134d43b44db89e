/**
 * The scenario schema's English descriptions by dotted path (items of lists as `path[].field`, the mapping side of
 * a word-or-mapping field such as `initialHeadcount: auto | {...}` under the field's own path), read off the
 * generated JSON Schema: the source the Russian catalogue translates and the test checks it against.
 */
import { scenarioJsonSchema } from "@ccsim/scenario";

interface Node {
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Node>>;
  readonly items?: Node;
  readonly anyOf?: readonly Node[];
}

let cached: ReadonlyMap<string, string> | undefined;

export function schemaDescriptions(): ReadonlyMap<string, string> {
  if (cached === undefined) {
    const found = new Map<string, string>();
    walk(scenarioJsonSchema() as Node, "", found);
    cached = found;
  }
  return cached;
}

function walk(node: Node, prefix: string, found: Map<string, string>): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (child.description !== undefined && !found.has(path)) found.set(path, child.description);
    for (const side of [child, ...(child.anyOf ?? [])]) {
      if (side.properties !== undefined) walk(side, path, found);
      if (side.items?.properties !== undefined) walk(side.items, `${path}[]`, found);
    }
  }
}
