/**
 * "Did you mean" suggestions for misspelt keys and paths, by edit distance.
 */

/** Levenshtein distance, case-insensitive (a wrong capital is the commonest typo in camelCase keys). */
export const editDistance = (a: string, b: string): number => {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
};

/**
 * The candidate nearest to `word`, if it is near enough to be a plausible typo: at most a third of the word's
 * length in edits (and at least 2), so "agnets" finds "agents" but "foo" does not find "fidelity".
 */
export const nearest = (word: string, candidates: ReadonlyArray<string>): string | undefined => {
  // Keys are short; a huge "key" is garbage, and comparing it would cost time for nothing.
  if (word.length > 100) return undefined;
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
};
