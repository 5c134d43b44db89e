/**
 * Where a scenario comes from, for the plain API: a file path (Node.js), a file's text, or the scenario as data.
 * Each is read into text and a name to show in messages, so every kind is checked by the same loader and every
 * problem is located the same way (file, line, column, path).
 */
import { formatIssue, invalidUtf8At, type ScenarioIssue } from "@ccsim/scenario";
import { whyUnreadable } from "./fileErrorText.js";

/**
 * A scenario to run. Wrapped rather than a bare string because a string is ambiguous (a path or YAML text?):
 * - `{ path }`: a YAML or JSON file, read with Node.js (in a browser this is a problem, not an exception);
 * - `{ text, file? }`: a file's contents; `file` names it in messages and the provenance (default "scenario.yaml");
 * - `{ scenario, file? }`: the scenario as data, shaped like the file (what `YAML.parse` of a file gives);
 *   problems are located in its JSON form (default name "scenario.json"), and their paths name the fields.
 */
export type ScenarioSource =
  | { readonly path: string }
  | { readonly text: string; readonly file?: string }
  | { readonly scenario: object; readonly file?: string };

/** One located problem: `file:line:column path: message` (lines and columns count from 1; path "" for the file). */
export type Problem = ScenarioIssue;

/** Formats a problem as one line, `file:line:column path: message`, as `ccsim validate` prints it. */
export const formatProblem = (problem: Problem): string => formatIssue(problem);

/** Largest scenario file read: scenario files are small text files, and a larger one is most likely a mistake. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A source read into text: its name for messages, the bytes' SHA-256 (hex) for the provenance. */
export interface SourceText {
  readonly file: string;
  readonly text: string;
  readonly sha256: string;
}

/** A problem that concerns a whole file (cannot read it, wrong kind of source) rather than a place in it. */
export const fileProblem = (file: string, message: string, path = ""): Problem => ({
  file,
  line: 1,
  column: 1,
  path,
  message,
});

/** Reads a source into text; a source that cannot be read is a located problem, never an exception. */
export async function readSource(
  source: ScenarioSource,
): Promise<SourceText | { readonly problems: readonly Problem[] }> {
  if (typeof source !== "object" || source === null) {
    return {
      problems: [
        fileProblem(
          "<source>",
          `expected { path }, { text } or { scenario }, found ${typeof source === "string" ? "a string (wrap it: { path } or { text })" : String(source)}`,
        ),
      ],
    };
  }
  if ("path" in source && typeof source.path === "string") return readPath(source.path);
  if ("text" in source && typeof source.text === "string") {
    const file = source.file ?? "scenario.yaml";
    return { file, text: source.text, sha256: await sha256(new TextEncoder().encode(source.text)) };
  }
  if ("scenario" in source && typeof source.scenario === "object" && source.scenario !== null) {
    const file = source.file ?? "scenario.json";
    let text: string;
    try {
      // Two-space JSON, so a problem's line points at one field of what the caller passed.
      text = JSON.stringify(source.scenario, null, 2);
    } catch (error) {
      return {
        problems: [
          fileProblem(
            file,
            `the scenario is not plain data (${error instanceof Error ? error.message : String(error)})`,
          ),
        ],
      };
    }
    return { file, text, sha256: await sha256(new TextEncoder().encode(text)) };
  }
  return { problems: [fileProblem("<source>", "expected { path: string }, { text: string } or { scenario: object }")] };
}

/** The Node.js module `fs`, or undefined elsewhere; looked up at run time so the entry stays browser-safe. */
export function nodeFs(): typeof import("node:fs") | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.("node:fs") as typeof import("node:fs") | undefined;
}

async function readPath(path: string): Promise<SourceText | { readonly problems: readonly Problem[] }> {
  const fs = nodeFs();
  if (fs === undefined)
    return {
      problems: [
        fileProblem(path, "reading a path needs Node.js (20.19 or later); pass the file's contents as { text, file }"),
      ],
    };
  let bytes: Uint8Array;
  try {
    if (fs.statSync(path).size > MAX_FILE_BYTES) {
      return {
        problems: [
          fileProblem(
            path,
            `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; scenario files are small text files`,
          ),
        ],
      };
    }
    bytes = fs.readFileSync(path);
  } catch (error) {
    return {
      problems: [fileProblem(path, `cannot read the file: ${whyUnreadable(error)}`)],
    };
  }
  // Decoding would quietly replace bad bytes: a file that is not UTF-8 is refused at the first one instead.
  const invalid = invalidUtf8At(bytes);
  if (invalid !== undefined) {
    return {
      problems: [
        {
          file: path,
          line: invalid.line,
          column: invalid.column,
          path: "",
          message: `the file is not valid UTF-8 (byte 0x${invalid.byte.toString(16)}); save it as UTF-8`,
        },
      ],
    };
  }
  return { file: path, text: new TextDecoder().decode(bytes), sha256: await sha256(bytes) };
}

/** SHA-256 of the bytes as hex, by Web Crypto (Node.js and secure browser pages); "unknown" where it is missing. */
async function sha256(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return "unknown";
  // A copy backed by a plain ArrayBuffer, as Web Crypto's types ask (a Node Buffer may sit on a shared pool).
  const digest = await subtle.digest("SHA-256", new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
