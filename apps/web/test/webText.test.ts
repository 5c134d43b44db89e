// The playground's catalogues: the Russian one has every key of the English one and no empty text.
import { describe, expect, it } from "vitest";
import { headlineNote } from "../src/resultsView.js";
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

  it("count one replication in the singular", () => {
    expect(webEn.running(1, "contact")).toBe("Running 1 replication per variant at contact fidelity...");
    expect(webEn.done(1, "37.5")).toBe("Done: 1 replication per variant in 37.5 s.");
    expect(webEn.done(10, "13.1")).toBe("Done: 10 replications per variant in 13.1 s.");
    expect(webRu.progress(1, 2)).toBe("Считаем: готово 1 из 2 прогонов.");
    expect(webRu.progress(0, 1)).toBe("Считаем: готово 0 из 1 прогона.");
  });

  it("promise intervals after the first round only when the run has more replications", () => {
    expect(headlineNote(webEn, 1, 10, false)).toBe(webEn.firstLook);
    expect(headlineNote(webEn, 1, 10, true)).toBe(webEn.firstLookBuilt);
    expect(headlineNote(webEn, 1, 1, false)).toMatch(/^1 replication per variant, the whole run: no intervals/);
    expect(headlineNote(webRu, 1, 1, true)).toBe(webRu.oneReplicationBuilt);
    expect(headlineNote(webEn, 3, 3, false)).toBe(webEn.meanNote(3));
  });
});
