/**
 * Reads scenario text as YAML (JSON is YAML too) with limits that keep hostile or broken input cheap: a size
 * limit, a nesting limit checked before parsing, an alias limit against "billion laughs", and no duplicate keys.
 * Never throws: every problem comes back with a position.
 */
import { LineCounter, isScalar, parseDocument, visit, type Document, type YAMLError } from "yaml";
import type { Position } from "./locate.js";

/**
 * Largest scenario text accepted, in characters. Real scenarios are a few kilobytes; the YAML parser takes about
 * a second per megabyte of small nodes, so 1 MB keeps the worst case short.
 */
export const MAX_TEXT_LENGTH = 1_000_000;
/** Most alias expansions (`*name`) allowed: enough for reuse in variants, far too few for an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/**
 * Deepest nesting accepted (indentation columns + compact `- ` markers + open brackets). NOTE: the YAML parser
 * recurses per level, and near V8's stack limit a deeply nested file can abort the whole process (seen with a
 * 10,000-deep flow list), so depth is checked on the raw text before parsing. Real files nest about 6 deep.
 */
export const MAX_NESTING = 200;

/** A problem found while reading the text, before the schema is involved. */
export interface ReadIssue extends Position {
  readonly message: string;
}

/** A parsed document, its line index and its plain value. */
export interface ReadDocument {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  readonly value: unknown;
}

export type ReadResult =
  | { readonly ok: true; readonly read: ReadDocument }
  | { readonly ok: false; readonly issues: ReadonlyArray<ReadIssue> };

const at = (text: string, offset: number, message: string): ReadIssue => {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1, message };
};

/** Offset at which the text first nests deeper than MAX_NESTING, or -1. Quotes and comments are skipped. */
export const tooDeepAt = (text: string): number => {
  let flow = 0;
  let lineStart = true;
  let block = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      lineStart = true;
      block = 0;
      quote = "";
      continue;
    }
    if (quote !== "") {
      if (c === quote && text[i - 1] !== "\\") quote = "";
      continue;
    }
    if (lineStart) {
      if (c === " " || ((c === "-" || c === "?") && (text[i + 1] === " " || text[i + 1] === "\n"))) block++;
      else lineStart = false;
    }
    if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\n")) {
      const end = text.indexOf("\n", i);
      i = (end < 0 ? text.length : end) - 1;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") flow++;
    else if ((c === "]" || c === "}") && flow > 0) flow--;
    if (block + flow > MAX_NESTING) return i;
  }
  return -1;
};

const yamlMessage = (e: YAMLError): string => {
  switch (e.code) {
    case "MULTIPLE_DOCS":
      return "the file holds more than one YAML document (a line with ---); a scenario file holds exactly one";
    case "RESOURCE_EXHAUSTION":
      return "the file is nested too deeply to read";
    case "TAG_RESOLVE_FAILED":
      return `unsupported YAML tag: scenario files use plain values (${e.message})`;
    default:
      return `YAML syntax error: ${e.message}`;
  }
};

/**
 * Key problems: complex keys such as `? [a, b]`, which JS objects cannot hold, and duplicate keys. NOTE: duplicates
 * are found here with a set per mapping because the parser's own check (`uniqueKeys`) compares every key with
 * every earlier one, which takes minutes on a few megabytes of keys.
 */
const keyIssues = (doc: Document, lineCounter: LineCounter): Array<ReadIssue> => {
  const issues: Array<ReadIssue> = [];
  const report = (node: unknown, message: string): void => {
    const p = lineCounter.linePos((node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0);
    issues.push({ line: p.line, column: p.col, message });
  };
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const { key } of map.items) {
        if (!isScalar(key) || key.value === null || typeof key.value === "object") {
          report(key, "keys must be plain words; this key is empty, a list or a mapping");
          continue;
        }
        const name = typeof key.value === "string" ? key.value : JSON.stringify(key.value);
        if (seen.has(name)) report(key, `duplicate key "${name}": each key may appear only once in a mapping`);
        seen.add(name);
      }
    },
  });
  return issues;
};

const aliasIssue = (doc: Document, lineCounter: LineCounter, error: unknown): ReadIssue => {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  const p = lineCounter.linePos(offset);
  const reason =
    error instanceof Error && /alias count/i.test(error.message)
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); this looks like an alias bomb`
      : error instanceof Error && /unresolved alias/i.test(error.message)
        ? "an alias (*name) refers to an anchor (&name) that is not defined before it"
        : "the file could not be read";
  return { line: p.line, column: p.col, message: reason };
};

/** Parses scenario text. Returns the document or every reading problem with its position. */
export const readYaml = (text: string): ReadResult => {
  if (text.length > MAX_TEXT_LENGTH) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return {
      ok: false,
      issues: [
        {
          line: 1,
          column: 1,
          message: `the file is ${mb} MB; at most ${MAX_TEXT_LENGTH / 1_000_000} MB is accepted (scenarios are a few kB)`,
        },
      ],
    };
  }
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    return {
      ok: false,
      issues: [at(text, deep, `the file nests more than ${MAX_NESTING} levels deep; scenario files need about 6`)],
    };
  }
  // A NUL byte is never text: a binary file or a corrupted save, refused where it is rather than read around.
  const nul = text.indexOf("\u0000");
  if (nul >= 0)
    return { ok: false, issues: [at(text, nul, "the file contains a NUL character (code 0): it is not a text file")] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
    // NOTE: not "silent": that level also drops the multiple-documents error. "error" only mutes console warnings.
    logLevel: "error",
    version: "1.2",
    schema: "core",
    strict: true,
  });
  // NOTE: concat, not push(...): a broken file can have more problems than a call can take arguments.
  const problems = [...doc.errors, ...doc.warnings]
    .map((e): ReadIssue => {
      const p = lineCounter.linePos(e.pos[0]);
      return { line: p.line, column: p.col, message: yamlMessage(e) };
    })
    .concat(keyIssues(doc, lineCounter));
  if (problems.length > 0) return { ok: false, issues: problems };
  try {
    return { ok: true, read: { doc, lineCounter, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) } };
  } catch (error) {
    return { ok: false, issues: [aliasIssue(doc, lineCounter, error)] };
  }
};
