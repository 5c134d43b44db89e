import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IntFifo } from "../src/index.js";

describe("IntFifo", () => {
  it("keeps FIFO order across wrap-around and growth", () => {
    const fifo = new IntFifo(4); // rounded up to the minimum capacity, 16
    const out: number[] = [];
    let next = 0;
    // Advance the head so the ring wraps, then overfill it so it grows while wrapped.
    for (let i = 0; i < 12; i++) fifo.push(next++);
    for (let i = 0; i < 10; i++) out.push(fifo.shift());
    for (let i = 0; i < 100; i++) fifo.push(next++);
    expect(fifo.size).toBe(102);
    expect(fifo.peek()).toBe(10);
    while (fifo.size > 0) out.push(fifo.shift());
    expect(out).toEqual(Array.from({ length: 112 }, (_, i) => i));
  });

  it("behaves like an array used as a queue", () => {
    const op = fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      fc.constant("shift" as const),
      fc.constant("clear" as const),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), fc.nat(40), (ops, capacity) => {
        const fifo = new IntFifo(capacity);
        const model: number[] = [];
        for (const o of ops) {
          if (o === "clear") {
            fifo.clear();
            model.length = 0;
          } else if (o === "shift") {
            if (model.length === 0) expect(() => fifo.shift()).toThrow(RangeError);
            else expect(fifo.shift()).toBe(model.shift());
          } else {
            fifo.push(o);
            model.push(o);
          }
          expect(fifo.size).toBe(model.length);
          if (model.length > 0) expect(fifo.peek()).toBe(model[0]);
        }
      }),
    );
  });

  it("throws on shift or peek when empty and on non-int32 values", () => {
    const fifo = new IntFifo();
    expect(() => fifo.shift()).toThrow(RangeError);
    expect(() => fifo.peek()).toThrow(RangeError);
    expect(() => fifo.push(1.5)).toThrow(RangeError);
    expect(() => fifo.push(2 ** 31)).toThrow(RangeError);
    expect(fifo.size).toBe(0);
  });
});
