/**
 * How `EventCalendar` names its events and grows its storage: handles, and the checks and copies around them.
 *
 * Handles pack (generation, slot) into one non-negative integer below 2^53: `generation * SLOT_LIMIT + slot`.
 * 24 slot bits allow 16,777,216 events in the calendar at once (live plus cancelled ones not yet purged);
 * the remaining 29 bits hold the slot's generation, which wraps after 536,870,912 reuses of that one slot.
 */
const SLOT_BITS = 24;
export const SLOT_LIMIT = 2 ** SLOT_BITS;
export const GENERATION_MASK = 2 ** (53 - SLOT_BITS) - 1;

/** Smallest slot capacity; below this, doubling happens too often to be worth the small saving. */
export const MIN_CAPACITY = 16;

/**
 * Cancelled events are normally purged lazily, when they reach the top of the heap. Once more than this many are
 * waiting and they outnumber the live ones, the heap is compacted in one O(n) pass, so memory and heap depth stay
 * within about twice the live count even when long timers are cancelled en masse (amortised O(1) per cancel).
 */
export const COMPACT_MIN_DEAD = 64;

/** `target` with `source` copied to its start (growing a typed array). */
export function copyInto<T extends Float64Array | Int32Array | Uint8Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

export function badTime(time: number, now: number): RangeError {
  return new RangeError(`EventCalendar.schedule: time must be finite and >= now (${now}), got ${time}`);
}

export function badInt(priority: number, kind: number, payload: number): RangeError {
  return new RangeError(
    `EventCalendar.schedule: priority, kind and payload must be int32, got ${priority}, ${kind}, ${payload}`,
  );
}
