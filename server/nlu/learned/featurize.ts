import { foldText } from "../fold-text";

/** Size of the hashed feature space: 65,536 weights per head (64 KB once quantized to a byte each). */
export const DIMENSIONS = 1 << 16;

/** FNV-1a over a string's UTF-16 units, reduced to the feature space. */
function hash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (DIMENSIONS - 1);
}

/**
 * A message as hashed, L2-normalised binary features: words, word pairs,
 * character 3- to 5-grams of the folded text (they survive typos, word
 * endings and "pásame"/"pasame"), and the shape of the message (shouting in
 * capitals, "!!", "??"), which folding throws away. Cheap: a few
 * hundred hashes for a chat message.
 */
export function featurize(text: string): { indices: Int32Array; value: number } {
  // A turn asks up to three heads about the same message: hash it once.
  if (text === last.text) return last.features;
  const features = hashFeatures(text);
  last = { text, features };
  return features;
}

let last: { text: string | null; features: { indices: Int32Array; value: number } } = { text: null, features: { indices: new Int32Array(0), value: 0 } };

function hashFeatures(text: string): { indices: Int32Array; value: number } {
  const raw = text.slice(0, 600);
  const folded = foldText(raw);
  const words = folded.trim().split(" ").filter(Boolean);
  const features = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    features.add(hash(`w ${words[i]}`));
    features.add(hash(`b ${i === 0 ? "^" : words[i - 1]} ${words[i]}`));
  }
  if (words.length > 0) features.add(hash(`b ${words.at(-1)} $`));
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= folded.length; i++) features.add(hash(`c${folded.slice(i, i + n)}`));
  const capitals = raw.match(/\p{Lu}{3,}/gu)?.length ?? 0;
  if (capitals >= 2) features.add(hash("s caps"));
  if (/!{2,}/.test(raw)) features.add(hash("s !!"));
  if (/\?{2,}|\?!|!\?/.test(raw)) features.add(hash("s ??"));
  const indices = Int32Array.from(features);
  return { indices, value: indices.length ? 1 / Math.sqrt(indices.length) : 0 };
}
