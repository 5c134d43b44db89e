// The first paint: a link is painted as current exactly when its first round asks for the first look's cache keys
// (so what is painted is what the app then draws), as the baseline's lines alone when it changes only the variants
// (the baseline's key is the first look's), as stale otherwise; the painted headline and charts carry the first-look
// label, in both languages, with the two SVGs' ids kept apart.
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { cacheKey } from "../src/cacheKey.js";
import { computeFirstLook } from "../src/firstLookBuild.js";
import { computeFirstPaint } from "../src/firstPaintBuild.js";
import { firstPaintFile, firstPaintPlan } from "../src/firstPaintLink.js";
import { findEntry, scenarioOf } from "../src/library.js";
import { planRun } from "../src/runRequest.js";
import { defaultStart } from "../src/trainerVariant.js";
import { decodeHash } from "../src/urlState.js";
import { webRu } from "../src/webText.js";

const MTS = "mts-virtual-contact-centre";
const entry = findEntry(MTS)!;
const mts = Either.getOrThrow(scenarioOf(entry));
const index = { [MTS]: { fidelity: mts.fidelity, from: defaultStart(mts) } };

/** The cache keys of a link's first round (undefined: the link does not decode). */
function firstRoundKeys(hash: string): string[] | undefined {
  const decoded = decodeHash(hash);
  if (decoded.kind !== "state") return undefined;
  const planned = planRun(entry, mts, decoded.state);
  const key = cacheKey(planned);
  return planned.variantKeys.map((_, i) => key(i, 0));
}

describe("which links get a first paint", () => {
  const lookKeys = firstRoundKeys(`#scenario=${MTS}`);
  it.each([
    [`#scenario=${MTS}`, "en"],
    [`#scenario=${MTS}&replications=3&lang=ru`, "ru"],
    [`#scenario=${MTS}&fidelity=${mts.fidelity}&from=${encodeURIComponent(defaultStart(mts))}`, "en"],
  ])("%s is painted, and its first round is the first look's", (hash, lang) => {
    expect(firstPaintFile(hash, index)).toBe(`first-paint/${MTS}.${lang}.json`);
    expect(firstRoundKeys(hash)).toEqual(lookKeys);
  });

  it.each([
    [`#scenario=${MTS}&from=baseline`, ["from = baseline"]],
    [`#scenario=${MTS}&training.trainingWeeks=6`, ["training.trainingWeeks = 6"]],
    [
      `#scenario=${MTS}&present=1&saved=${encodeURIComponent('[{"name":"4 weeks","from":"baseline","edits":{}}]')}`,
      ["saved variants: 4 weeks"],
    ],
  ])(
    "%s changes only the variants: the baseline's lines are the first look's, the variants pending",
    (hash, changes) => {
      expect(firstPaintFile(hash, index)).toBeUndefined();
      expect(firstPaintPlan(hash, index)).toMatchObject({ mode: "pending", changes });
      const keys = firstRoundKeys(hash);
      expect(keys?.[0]).toEqual(lookKeys?.[0]);
      expect(keys?.slice(1)).not.toEqual(lookKeys?.slice(1));
    },
  );

  it("a link with another fidelity changes the baseline too: the whole look is painted stale, its changes listed", () => {
    const hash = `#scenario=${MTS}&fidelity=contact&pay.scheme=fixed`;
    expect(firstPaintPlan(hash, index)).toMatchObject({
      mode: "stale",
      changes: ["fidelity = contact", "pay.scheme = fixed"],
    });
    expect(firstRoundKeys(hash)?.[0]).not.toEqual(lookKeys?.[0]);
  });

  it("presenter mode is layout only: the first look itself, in presenter layout", () => {
    const hash = `#scenario=${MTS}&replications=3&present=1`;
    expect(firstPaintPlan(hash, index)).toMatchObject({ mode: "current", present: true, changes: [] });
    expect(firstRoundKeys(hash)).toEqual(lookKeys);
  });

  it("cuts a long value in the listed changes", () => {
    const plan = firstPaintPlan(`#scenario=${MTS}&labourMarket.hhIndex=${"9".repeat(500)}`, index);
    expect(plan?.changes[0]?.length).toBeLessThan(100);
  });

  it.each([
    `#scenario=${MTS}&present=yes`,
    `#scenario=${MTS}&lang=de`,
    `#scenario=${MTS}&replications=2&replications=3`,
    "#scenario=no-such-case",
    "#scenario=constructor",
    "",
  ])("%s is not painted: a link the app must judge", (hash) => {
    expect(firstPaintPlan(hash, index)).toBeUndefined();
  });
});

describe("the painted first look", () => {
  it("has the first-look label and two charts, in English and Russian", async () => {
    const look = await computeFirstLook(entry, mts);
    const painted = await computeFirstPaint(entry, mts, look);
    expect(painted?.index).toEqual(index[MTS]);
    for (const [lang, paint] of painted?.paints ?? []) {
      expect(paint.headlines).toContain('class="note first-look-note from-build"');
      expect(paint.headlines).not.toContain("95%");
      const figures = paint.charts.match(/<figure data-chart="[^"]+" data-prerendered=""><div class="plot"><svg/g);
      expect(figures?.length).toBe(2);
      const ids = [...paint.charts.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      if (lang === "ru") expect(paint.headlines).toContain(webRu.headlinesTitle);
      // The baseline's lines alone, for a link that changes only the variants: one legend entry, the same charts.
      const chartIds = (html: string): string[] => [...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1] ?? "");
      expect(chartIds(paint.baselineCharts)).toEqual(chartIds(paint.charts));
      expect(paint.baselineCharts.length).toBeLessThan(paint.charts.length);
      expect(paint.pendingHeadlines).not.toMatch(/<li/);
    }
    expect([...(painted?.paints.keys() ?? [])]).toEqual(["en", "ru"]);
  });
});
