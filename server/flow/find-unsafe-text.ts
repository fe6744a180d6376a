/** Deeper JSON than any real input (a flow document nests about eight levels) is refused, so no walk can run out of stack. */
export const MAX_JSON_DEPTH = 64;

export interface UnsafeText {
  /** Where: keys and indexes from the root (empty for the root itself). */
  path: (string | number)[];
  problem: "nul" | "surrogate" | "depth";
}

// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when the text holds something PostgreSQL cannot store (NUL) or that is not Unicode (a lone surrogate). */
export const isUnsafeText = (text: string) => UNSAFE.test(text);

/**
 * The first string (value or key) in a JSON-like value that holds a NUL or a
 * lone surrogate, or the first place nested deeper than `maxDepth`; null when
 * all is well. Iterative, so hostile nesting cannot overflow the stack.
 * Refused rather than stripped: an id with a character removed would be
 * another id (a clientMessageId, a node id), and no real text contains them.
 */
export function findUnsafeText(value: unknown, maxDepth = MAX_JSON_DEPTH): UnsafeText | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      if (isUnsafeText(current)) return { path, problem: problemOf(current) };
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (path.length >= maxDepth) return { path, problem: "depth" };
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, i] });
      continue;
    }
    if (Object.getPrototypeOf(current) !== Object.prototype && Object.getPrototypeOf(current) !== null) continue; // a Date, a Map: not text
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (isUnsafeText(key)) return { path: [...path, key], problem: problemOf(key) };
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** A sentence for the person who sent it, naming the field. */
export function unsafeTextMessage(found: UnsafeText, root = "body"): string {
  const where = found.path.length > 0 ? found.path.join(".") : root;
  if (found.problem === "depth") return `${where}: nested more than ${MAX_JSON_DEPTH} levels deep.`;
  if (found.problem === "nul") return `${where}: contains a NUL character (U+0000), which can't be stored. Remove it and try again.`;
  return `${where}: contains a broken character (an unpaired UTF-16 surrogate), so it is not valid text. Remove it and try again.`;
}

function problemOf(text: string): "nul" | "surrogate" {
  return text.includes("\u0000") ? "nul" : "surrogate";
}
