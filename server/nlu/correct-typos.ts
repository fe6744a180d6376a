/** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * Replaces words that are one typo (two, for long words) away from a word of
 * `vocabulary`, leaving real words of `dictionary` alone.
 */
export function correctTypos(words: string[], vocabulary: readonly string[], dictionary: ReadonlySet<string> = new Set()): string[] {
  return words.map((word) => {
    if (word.length < 4 || vocabulary.includes(word) || dictionary.has(word)) return word;
    const allowed = word.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = allowed + 1;
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - word.length) > allowed || (candidate[0] !== word[0] && word.length < 6)) continue;
      const distance = editDistance(word, candidate, allowed);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best ?? word;
  });
}
