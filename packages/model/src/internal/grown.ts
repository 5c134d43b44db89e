type Growable = Uint8Array | Int32Array | Float64Array;

/**
 * `array` copied into a new array of its type with `length` entries (at least its own), the new entries `fill`:
 * how the model's per-agent and per-class arrays grow with the pool and the run.
 */
export function grown<T extends Growable>(array: T, length: number, fill = 0): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  if (fill !== 0) next.fill(fill, array.length);
  next.set(array);
  return next;
}
