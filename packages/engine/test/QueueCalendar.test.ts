import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventCalendar, QueueCalendar, QueueEvent } from "../src/index.js";

type Op =
  | { readonly op: "completion" | "timer" | "arrival"; readonly delay: number; readonly payload: number }
  | { readonly op: "pop" };

/** Replays `ops` on a QueueCalendar and on an EventCalendar with priorities completion < timer < arrival. */
function replay(ops: readonly Op[], servers: number): { queue: number[][]; general: number[][] } {
  const queue = new QueueCalendar(servers);
  const general = new EventCalendar(4);
  const poppedQueue: number[][] = [];
  const poppedGeneral: number[][] = [];
  let arrivalPending = false;
  const popBoth = (): void => {
    const a = queue.pop();
    const b = general.pop();
    expect(a).toBe(b);
    if (a) {
      poppedQueue.push([queue.now, queue.kind, queue.payload]);
      poppedGeneral.push([general.now, general.kind, general.payload]);
      if (queue.kind === QueueEvent.ARRIVAL) arrivalPending = false;
    }
  };
  for (const o of ops) {
    if (o.op === "pop") popBoth();
    else if (o.op === "arrival") {
      if (arrivalPending) continue; // one pending arrival at most, by contract
      arrivalPending = true;
      queue.scheduleArrival(queue.now + o.delay, o.payload);
      general.schedule(general.now + o.delay, QueueEvent.ARRIVAL, QueueEvent.ARRIVAL, o.payload);
    } else {
      const kind = o.op === "completion" ? QueueEvent.COMPLETION : QueueEvent.TIMER;
      if (kind === QueueEvent.COMPLETION) queue.scheduleCompletion(queue.now + o.delay, o.payload);
      else queue.scheduleTimer(queue.now + o.delay, o.payload);
      general.schedule(general.now + o.delay, kind, kind, o.payload);
    }
  }
  while (queue.size > 0 || general.size > 0) popBoth();
  return { queue: poppedQueue, general: poppedGeneral };
}

describe("QueueCalendar", () => {
  it("pops exactly as an EventCalendar keyed (time, completion < timer < arrival, seq), ties included", () => {
    // Few distinct delays make exact time ties common; payloads tell equal-time events of one kind apart.
    const schedule = fc.record({
      op: fc.constantFrom("completion" as const, "timer" as const, "arrival" as const),
      delay: fc.constantFrom(0, 0.5, 1, 2),
      payload: fc.integer({ min: 0, max: 1000 }),
    });
    // Schedules outnumber pops, so heaps grow deep enough for ties to meet inside a sift.
    const op = fc.oneof(
      { arbitrary: schedule, weight: 3 },
      { arbitrary: fc.constant({ op: "pop" as const }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), fc.integer({ min: 1, max: 40 }), (ops, servers) => {
        const { queue, general } = replay(ops, servers);
        expect(queue).toEqual(general);
      }),
      { numRuns: 300 },
    );
  });

  it("replaces a popped completion by the server's next one, and drains to false", () => {
    const calendar = new QueueCalendar(2);
    calendar.scheduleCompletion(5, 0);
    calendar.scheduleCompletion(3, 1);
    calendar.scheduleArrival(4);
    expect(calendar.pop()).toBe(true);
    expect([calendar.now, calendar.kind, calendar.payload]).toEqual([3, QueueEvent.COMPLETION, 1]);
    calendar.scheduleCompletion(9, 1); // fills the popped completion's place
    const rest: number[][] = [];
    while (calendar.pop()) rest.push([calendar.now, calendar.kind, calendar.payload]);
    expect(rest).toEqual([
      [4, QueueEvent.ARRIVAL, 0],
      [5, QueueEvent.COMPLETION, 0],
      [9, QueueEvent.COMPLETION, 1],
    ]);
    expect(calendar.pop()).toBe(false);
    expect(calendar.now).toBe(9);
  });

  it("rejects times before now, non-finite times and a second pending arrival as defects", () => {
    const calendar = new QueueCalendar();
    calendar.scheduleArrival(2);
    expect(() => calendar.scheduleArrival(3)).toThrow(/an arrival is pending/);
    calendar.pop();
    expect(() => calendar.scheduleTimer(1, 0)).toThrow(RangeError);
    expect(() => calendar.scheduleCompletion(Number.NaN, 0)).toThrow(RangeError);
    expect(() => calendar.scheduleCompletion(Infinity, 0)).toThrow(RangeError);
    expect(() => calendar.scheduleTimer(3, 2 ** 31)).toThrow(/int32/);
    calendar.reset(10);
    expect(calendar.size).toBe(0);
    expect(calendar.pop()).toBe(false);
    expect(calendar.now).toBe(10);
  });
});
