/**
 * 32-bit hashing of a short sequence of 32-bit words with the mixing steps of MurmurHash3 x86_32
 * (Austin Appleby, public domain: https://github.com/aappleby/smhasher/blob/master/src/MurmurHash3.cpp).
 * Words are fed whole (not split into bytes), so this is "murmur3's block mix and finaliser applied to words",
 * not byte-compatible MurmurHash3. Everything is Math.imul and 32-bit integer operations, so the result is the
 * same on every platform and JavaScript engine.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** Mixes one 32-bit word `k` into the running hash `h` (murmur3 body step). */
export function mixWord(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Murmur3 finaliser (fmix32): avalanches every input bit over the output. Returns an unsigned 32-bit integer. */
export function finalMix(h: number, wordCount: number): number {
  h ^= wordCount;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
