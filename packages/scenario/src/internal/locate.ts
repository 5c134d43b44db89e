/**
 * Finds the line and column of a path in a parsed YAML document, so every problem points into the file.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Pair,
  type YAMLMap,
} from "yaml";

/** A place in the file; lines and columns count from 1. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Maps a path (and whether the key or the value is meant) to a position. */
export type Locator = (path: ReadonlyArray<PropertyKey>, at: "key" | "value") => Position;

interface Ranged {
  readonly range?: readonly [number, number, number] | null | undefined;
}

/**
 * Builds a locator for a document. A path that goes deeper than the file (a missing key) points at the deepest
 * key that exists, so "missing: add handleTimeSec" points at the `voice:` line.
 */
export const makeLocator = (doc: Document, lineCounter: LineCounter): Locator => {
  const position = (node: Ranged | null | undefined): Position | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const start: Position = position(doc.contents) ?? { line: 1, column: 1 };
  // Key index per mapping, built on first use: a file with many bad keys would otherwise cost a scan per issue.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items)
        if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
      indexes.set(map, index);
    }
    return index.get(key);
  };

  return (path, at) => {
    let node: unknown = doc.contents;
    let key: unknown;
    let found = true;
    for (const step of path) {
      const target = isAlias(node) ? node.resolve(doc) : node;
      if (isMap(target)) {
        const pair = pairOf(target, String(step));
        if (pair === undefined) {
          found = false;
          break;
        }
        node = pair.value;
        key = pair.key;
      } else if (isSeq(target) && typeof step === "number" && step < target.items.length) {
        node = target.items[step];
        key = undefined;
      } else {
        found = false;
        break;
      }
    }
    const keyPosition = position(key as Ranged | undefined);
    const emptyValue = node === null || (isScalar(node) && node.value === null);
    const preferKey = !found || at === "key" || emptyValue || isCollection(node);
    return (preferKey ? keyPosition : undefined) ?? position(node as Ranged | undefined) ?? keyPosition ?? start;
  };
};
