/**
 * Strict UTF-8 for scenario files. Decoding with replacement (Buffer.toString) would turn a Latin-1 "é" into
 * U+FFFD silently and the file would load with a mangled name; a strict decoder only says "invalid". This finds
 * the first invalid byte, so the message can point at its line and column.
 */

/** Where the first invalid UTF-8 sequence of `bytes` starts (lines and columns from 1), or undefined if valid. */
export function invalidUtf8At(
  bytes: Uint8Array,
): { readonly line: number; readonly column: number; readonly byte: number } | undefined {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    // Overlong forms, surrogates and code points above U+10FFFF are invalid too (as in TextDecoder's fatal mode).
    if (ok && length === 3) {
      const c1 = bytes[i + 1]!;
      ok = !(b === 0xe0 && c1 < 0xa0) && !(b === 0xed && c1 >= 0xa0);
    }
    if (ok && length === 4) {
      const c1 = bytes[i + 1]!;
      ok = !(b === 0xf0 && c1 < 0x90) && !(b === 0xf4 && c1 >= 0x90);
    }
    if (!ok) return { line, column: charsBetween(bytes, lineStart, i) + 1, byte: b };
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += length;
  }
  return undefined;
}

/** Characters (not bytes) of valid UTF-8 between two offsets: continuation bytes do not start a character. */
function charsBetween(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
  return n;
}
