/** Smallest power of two >= n (n >= 1). Ring buffers use it so that `index & (capacity - 1)` replaces `%`. */
export function nextPowerOfTwo(n: number): number {
  let capacity = 1;
  while (capacity < n) capacity *= 2;
  return capacity;
}
