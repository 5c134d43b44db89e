// erlangAInto, the interval fidelity's allocation-free Erlang A: the same values as erlangA, to the bit, over
// underload, overload, the unstaffed and the idle queue (the fast path is worth having only if it changes nothing).
import { describe, expect, it } from "vitest";
import { erlangA, erlangAInto, erlangAOutcomes } from "../src/index.js";

describe("erlangAInto", () => {
  it("writes erlangA's outcomes exactly, into the object it is given", () => {
    const out = erlangAOutcomes();
    let cases = 0;
    for (const agents of [0, 1, 7, 40, 250, 1200])
      for (const callsPerHour of [0, 3.5, 90, 600, 3000, 20_000])
        for (const patienceSec of [20, 150, 900]) {
          const input = { agents, callsPerHour, ahtSec: 280, thresholdSec: 20, patienceSec };
          const a = erlangA(input);
          expect(erlangAInto(out, agents, callsPerHour, 280, 20, patienceSec)).toBe(out);
          expect(out).toEqual({
            pWait: a.pWait,
            pAbandon: a.pAbandon,
            pAbandonGivenWait: a.pAbandonGivenWait,
            slAnswered: a.serviceLevel["answered-within-threshold"],
            slWaited: a.serviceLevel["waited-within-threshold"],
            asaAnsweredSec: a.asaAnsweredSec,
            meanWaitAllSec: a.meanWaitAllSec,
          });
          cases++;
        }
    expect(cases).toBe(108);
  });
});
