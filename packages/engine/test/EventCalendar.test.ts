import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventCalendar } from "../src/index.js";

interface ModelEvent {
  readonly time: number;
  readonly priority: number;
  readonly seq: number;
  readonly payload: number;
  live: boolean;
}

/** The reference order: (time, priority, seq). */
function byKey(a: ModelEvent, b: ModelEvent): number {
  return a.time - b.time || a.priority - b.priority || a.seq - b.seq;
}

function drain(calendar: EventCalendar): [number, number, number][] {
  const popped: [number, number, number][] = [];
  while (calendar.pop()) popped.push([calendar.now, calendar.kind, calendar.payload]);
  return popped;
}

describe("EventCalendar", () => {
  it("pops in (time, priority, seq) order, like a sort of the schedule (ties included)", () => {
    const event = fc.record({ time: fc.constantFrom(0, 1, 1.5, 2, 7), priority: fc.integer({ min: -2, max: 2 }) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 300 }), fc.integer({ min: 1, max: 64 }), (events, capacity) => {
        const calendar = new EventCalendar(capacity);
        const model = events.map((e, seq) => ({ ...e, seq, payload: seq, live: true }));
        for (const e of model) calendar.schedule(e.time, e.priority, e.priority + 2, e.payload);
        const expected = [...model].sort(byKey).map((e) => [e.time, e.priority + 2, e.payload]);
        expect(drain(calendar)).toEqual(expected);
      }),
    );
  });

  it("matches a sorted-list model under interleaved schedule, pop, cancel and peek", () => {
    const op = fc.oneof(
      fc.record({
        op: fc.constant("schedule" as const),
        delay: fc.constantFrom(0, 0.25, 1, 3),
        priority: fc.integer({ min: 0, max: 3 }),
      }),
      fc.record({ op: fc.constant("pop" as const) }),
      fc.record({ op: fc.constant("cancel" as const), pick: fc.nat() }),
      fc.record({ op: fc.constant("peek" as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const calendar = new EventCalendar(4);
        const model: ModelEvent[] = [];
        const handles: number[] = [];
        let now = 0;
        for (const o of ops) {
          if (o.op === "schedule") {
            const e: ModelEvent = {
              time: now + o.delay,
              priority: o.priority,
              seq: model.length,
              payload: model.length,
              live: true,
            };
            model.push(e);
            handles.push(calendar.schedule(e.time, e.priority, 0, e.payload));
          } else if (o.op === "cancel" && model.length > 0) {
            // Cancels may hit fired or already cancelled events: those must be no-ops.
            const i = o.pick % model.length;
            model[i]!.live = false;
            calendar.cancel(handles[i]!);
          } else if (o.op === "pop") {
            const next = model.filter((e) => e.live).sort(byKey)[0];
            expect(calendar.pop()).toBe(next !== undefined);
            if (next !== undefined) {
              next.live = false;
              now = next.time;
              expect([calendar.now, calendar.payload]).toEqual([next.time, next.payload]);
            }
          } else if (o.op === "peek") {
            expect(calendar.peekTime()).toBe(model.filter((e) => e.live).sort(byKey)[0]?.time ?? Infinity);
          }
          expect(calendar.size).toBe(model.filter((e) => e.live).length);
        }
      }),
    );
  });

  it("skips cancelled events and counts only live ones in size", () => {
    const calendar = new EventCalendar();
    const a = calendar.schedule(1, 0, 1, 10);
    calendar.schedule(2, 0, 2, 20);
    const c = calendar.schedule(3, 0, 3, 30);
    calendar.cancel(a);
    calendar.cancel(a); // twice: no-op
    expect(calendar.size).toBe(2);
    expect(calendar.peekTime()).toBe(2);
    calendar.cancel(c);
    expect(drain(calendar)).toEqual([[2, 2, 20]]);
    expect(calendar.size).toBe(0);
    expect(calendar.peekTime()).toBe(Infinity);
    expect(calendar.pop()).toBe(false);
    expect(calendar.now).toBe(2);
  });

  it("ignores a stale handle after its slot was reused by a new event", () => {
    const calendar = new EventCalendar();
    const old = calendar.schedule(1, 0, 0, 1);
    expect(calendar.pop()).toBe(true);
    const fresh = calendar.schedule(5, 0, 0, 2);
    // White-box check that the scenario is the interesting one: same slot (low 24 bits), new generation.
    expect(fresh % 2 ** 24).toBe(old % 2 ** 24);
    expect(fresh).not.toBe(old);
    calendar.cancel(old);
    expect(calendar.size).toBe(1);
    expect(drain(calendar)).toEqual([[5, 0, 2]]);
  });

  it("makes handles issued before reset stale", () => {
    const calendar = new EventCalendar();
    const before = calendar.schedule(1, 0, 0, 1);
    calendar.reset(10);
    expect(calendar.now).toBe(10);
    expect(calendar.size).toBe(0);
    calendar.schedule(11, 0, 0, 2);
    calendar.cancel(before);
    expect(drain(calendar)).toEqual([[11, 0, 2]]);
  });

  it("compacts mass cancellations without changing the order", () => {
    const calendar = new EventCalendar(8);
    const handles: number[] = [];
    for (let i = 0; i < 5000; i++) handles.push(calendar.schedule(5000 - i, i % 3, 0, i));
    for (let i = 0; i < 5000; i++) if (i % 10 !== 0) calendar.cancel(handles[i]!);
    expect(calendar.size).toBe(500);
    // Cancelled handles are stale after compaction released their slots: no-ops.
    for (let i = 0; i < 5000; i++) if (i % 10 !== 0) calendar.cancel(handles[i]!);
    expect(calendar.size).toBe(500);
    const survivors = drain(calendar).map(([, , payload]) => payload);
    expect(survivors).toEqual(Array.from({ length: 500 }, (_, k) => 4990 - 10 * k));
  });

  it("grows far beyond its initial capacity", () => {
    const calendar = new EventCalendar(1);
    const n = 100_000;
    for (let i = 0; i < n; i++) calendar.schedule((i * 7919) % n, 0, 0, i);
    expect(calendar.size).toBe(n);
    let inOrder = 0;
    while (calendar.pop()) if (calendar.now === inOrder) inOrder++;
    expect(inOrder).toBe(n);
  });

  it("rejects times in the past, NaN, Infinity and non-int32 fields", () => {
    const calendar = new EventCalendar();
    calendar.schedule(5, 0, 0, 0);
    calendar.pop();
    expect(() => calendar.schedule(4.999, 0, 0, 0)).toThrow(RangeError);
    expect(() => calendar.schedule(Number.NaN, 0, 0, 0)).toThrow(RangeError);
    expect(() => calendar.schedule(Infinity, 0, 0, 0)).toThrow(RangeError);
    expect(() => calendar.schedule(6, 0.5, 0, 0)).toThrow(RangeError);
    expect(() => calendar.schedule(6, 0, 0, 2 ** 31)).toThrow(RangeError);
    expect(() => calendar.cancel(-1)).toThrow(RangeError);
    expect(() => calendar.cancel(12345)).toThrow(RangeError); // never issued
    expect(calendar.schedule(5, 0, 0, 0)).toBeGreaterThanOrEqual(0); // now itself is allowed
  });

  it("starts at now = 0 with no event read yet", () => {
    const calendar = new EventCalendar();
    expect([calendar.now, calendar.kind, calendar.payload, calendar.size]).toEqual([0, -1, -1, 0]);
  });
});
