import { describe, expect, it } from "vitest";
import { simulateCentre } from "../src/index.js";
import { smallCentre } from "./fixtures.js";

describe("occupancy of a collapsed centre", () => {
  it("never exceeds 1 at either fidelity, though busy time credited can top logged-in time", () => {
    // 12 agents for a load that needs about 60: every interval is overloaded.
    for (const fidelity of ["interval", "contact"] as const) {
      for (const m of simulateCentre(smallCentre(12, 1), fidelity, 5, 0).months) {
        expect(m.values["occupancy"]).toBeLessThanOrEqual(1);
        expect(m.values["occupancy"]).toBeGreaterThan(0.95);
      }
    }
  });
});
