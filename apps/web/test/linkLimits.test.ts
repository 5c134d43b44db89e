// Issue 18: a playground link obeys the file reader's limits and the page's caps, and its sliders only offer
// values the schema accepts.
import { describe, expect, it } from "vitest";
import { fieldSchema, LEVERS, sliderRange } from "../src/levers.js";
import { MAX_LINK_CHARS, MAX_LINK_KEYS, MAX_PAGE_REPLICATIONS } from "../src/linkLimits.js";
import { decodeHash } from "../src/urlState.js";

const MTS = "mts-virtual-contact-centre";
const problemsOf = (hash: string): readonly string[] => {
  const decoded = decodeHash(hash);
  return decoded.kind === "error" ? decoded.problems : [];
};

describe("link limits", () => {
  it("refuses an over-long link before parsing it (a 1.36 MB link froze the page)", () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}=1`).join("&");
    expect(keys.length).toBeGreaterThan(MAX_LINK_CHARS);
    expect(problemsOf(`#scenario=${MTS}&${keys}`)).toEqual([expect.stringMatching(/characters long; at most 32,000/)]);
  });

  it("refuses more keys than a variant's set may hold", () => {
    const keys = Array.from({ length: MAX_LINK_KEYS + 1 }, (_, i) => `k${i}=1`).join("&");
    expect(problemsOf(`#scenario=${MTS}&${keys}`)).toEqual([
      `the link sets ${MAX_LINK_KEYS + 2} keys; at most ${MAX_LINK_KEYS} are read`,
    ]);
  });

  it("names a key given twice (the check is a set, linear in the keys)", () => {
    expect(problemsOf(`#scenario=${MTS}&pay.scheme=fixed&pay.scheme=piece-rate`)).toEqual([
      "pay.scheme: appears twice in the link",
    ]);
  });

  it("refuses a value nested past the reader's limit", () => {
    expect(problemsOf(`#scenario=${MTS}&labourMarket.hhIndex=${"[".repeat(300)}`)[0]).toMatch(
      /nests more than 200 levels/,
    );
  });

  it("caps replications at the page's own limit, although files allow 1,000", () => {
    expect(problemsOf(`#scenario=${MTS}&replications=1000`)).toEqual([
      expect.stringMatching(new RegExp(`at most ${MAX_PAGE_REPLICATIONS}`)),
    ]);
    expect(decodeHash(`#scenario=${MTS}&replications=${MAX_PAGE_REPLICATIONS}`).kind).toBe("state");
  });
});

describe("slider ranges", () => {
  it("stay inside open bounds: the service-level target slider no longer starts at 0", () => {
    const lever = LEVERS.find((l) => l.path === "demand.voice.serviceLevel.target")!;
    const { min, max } = sliderRange(lever, fieldSchema(lever.path)!);
    expect(min).toBeGreaterThan(0);
    expect(max).toBe(1);
    expect(problemsOf(`#scenario=${MTS}&demand.voice.serviceLevel.target=${min}`)).toEqual([]);
  });
});
