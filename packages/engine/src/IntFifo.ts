import { nextPowerOfTwo } from "./internal/nextPowerOfTwo.js";

/** Smallest ring capacity; doubling below it is not worth the bytes saved. */
const MIN_CAPACITY = 16;

/**
 * First-in first-out queue of int32 values (entity indices), e.g. idle servers or waiting entities.
 *
 * NOTE: a ring buffer over an Int32Array whose capacity is a power of two, so wrapping is `& mask` and nothing
 * is allocated per operation; it doubles (copying in FIFO order) when full.
 */
export class IntFifo {
  private items: Int32Array;
  private mask: number;
  private head = 0;
  private count = 0;

  /** @param initialCapacity values held before the first doubling (rounded up to a power of two). */
  constructor(initialCapacity = MIN_CAPACITY) {
    const capacity = nextPowerOfTwo(Math.max(MIN_CAPACITY, initialCapacity));
    this.items = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Number of values held. */
  get size(): number {
    return this.count;
  }

  /** Appends `value`, which must be an int32 (RangeError otherwise: it would be silently truncated). */
  push(value: number): void {
    if ((value | 0) !== value) throw new RangeError(`IntFifo.push: value must be an int32, got ${value}`);
    if (this.count > this.mask) this.grow();
    this.items[(this.head + this.count) & this.mask] = value;
    this.count++;
  }

  /** Removes and returns the oldest value; throws RangeError when empty (a defect in the caller). */
  shift(): number {
    if (this.count === 0) throw new RangeError("IntFifo.shift: the queue is empty");
    const value = this.items[this.head]!;
    this.head = (this.head + 1) & this.mask;
    this.count--;
    return value;
  }

  /** The oldest value, without removing it; throws RangeError when empty. */
  peek(): number {
    if (this.count === 0) throw new RangeError("IntFifo.peek: the queue is empty");
    return this.items[this.head]!;
  }

  /** Removes every value, keeping the capacity. */
  clear(): void {
    this.head = 0;
    this.count = 0;
  }

  private grow(): void {
    const items = new Int32Array(this.items.length * 2);
    // Unwrap: the oldest value goes to index 0.
    items.set(this.items.subarray(this.head));
    items.set(this.items.subarray(0, this.head), this.items.length - this.head);
    this.items = items;
    this.mask = items.length - 1;
    this.head = 0;
  }
}
