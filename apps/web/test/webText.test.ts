// The playground's catalogues: the Russian one has every key of the English one and no empty text.
import { describe, expect, it } from "vitest";
import { webEn, webRu } from "../src/webText.js";

/** Every leaf as [path, value]; paths are arrays because keys such as "hh.index" hold dots. */
function leaves(node: unknown, path: string[] = []): [string[], unknown][] {
  if (typeof node !== "object" || node === null) return [[path, node]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]));
}

describe("playground message catalogues", () => {
  it("have the same keys in Russian and English", () => {
    const keys = (c: unknown): string[] =>
      leaves(c)
        .map(([p]) => JSON.stringify(p))
        .sort();
    expect(keys(webRu)).toEqual(keys(webEn));
  });

  it("give every key some text in both languages", () => {
    for (const catalogue of [webEn, webRu])
      for (const [path, value] of leaves(catalogue)) {
        const text =
          typeof value === "function" ? String((value as (...a: unknown[]) => unknown)(2, "x")) : String(value);
        expect(text.trim(), path.join("/")).not.toBe("");
      }
  });
});
