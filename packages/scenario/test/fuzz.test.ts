// Property test of the loader on thousands of mutated scenario files: it never throws, never hangs, and either
// decodes or explains itself with at least one located issue.
import fc from "fast-check";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/index.js";
import { readRepoFile } from "./helpers.js";

const SOURCES = ["scenarios/validation/small-centre.yaml", "scenarios/validation/minimal.yaml"].map(readRepoFile);

/** Fragments that stress YAML: indicators, anchors, tags, special numbers, quotes, document markers. */
const FRAGMENTS = [
  ".nan",
  ".inf",
  "-.inf",
  "~",
  "null",
  "1e999",
  "-1",
  "0",
  "[",
  "]",
  "{",
  "}",
  "&a ",
  "*a",
  "- ",
  ": ",
  "? ",
  "\t",
  "'",
  '"',
  "---",
  "...",
  "!!binary ",
  "!foo ",
  "#",
  "|",
  ">",
  "%YAML 1.2",
  "<<: *a",
  "\u0000",
  "\uFEFF",
  "x".repeat(300),
];

type Mutation = (lines: Array<string>) => Array<string>;

const at = (n: number, lines: ReadonlyArray<string>): number => (lines.length === 0 ? 0 : n % lines.length);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (n): Mutation =>
      (lines) =>
        lines.filter((_, i) => i !== at(n, lines)),
  ),
  fc.nat().map(
    (n): Mutation =>
      (lines) =>
        lines.flatMap((l, i) => (i === at(n, lines) ? [l, l] : [l])),
  ),
  fc.tuple(fc.nat(), fc.string({ maxLength: 40 })).map(
    ([n, s]): Mutation =>
      (lines) =>
        lines.map((l, i) => (i === at(n, lines) ? s : l)),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([n, k]): Mutation =>
      (lines) =>
        lines.map((l, i) => {
          if (i !== at(n, lines) || l.length < 2) return l;
          const j = k % (l.length - 1);
          return l.slice(0, j) + (l[j + 1] ?? "") + (l[j] ?? "") + l.slice(j + 2);
        }),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...FRAGMENTS)).map(
    ([n, k, f]): Mutation =>
      (lines) =>
        lines.map((l, i) =>
          i === at(n, lines) ? l.slice(0, k % (l.length + 1)) + f + l.slice(k % (l.length + 1)) : l,
        ),
  ),
);

describe("loadScenario fuzzing", () => {
  it("never throws or hangs, and always decodes or reports located issues", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOURCES),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (source, mutations) => {
          const text = mutations.reduce((lines, m) => m(lines), source.split("\n")).join("\n");
          const result = loadScenario(text, "fuzz.yaml");
          if (Either.isRight(result)) return;
          const lineCount = text.split("\n").length;
          expect(result.left.issues.length).toBeGreaterThan(0);
          for (const issue of result.left.issues) {
            expect(issue.file).toBe("fuzz.yaml");
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.line).toBeLessThanOrEqual(lineCount + 1);
            expect(issue.column).toBeGreaterThanOrEqual(1);
            expect(issue.message.length).toBeGreaterThan(0);
          }
          expect(result.left.format()).not.toMatch(/undefined|\[object Object\]/);
        },
      ),
      { numRuns: 3000, seed: 20240621 },
    );
  });
});
