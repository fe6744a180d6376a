import superjson, { type SuperJSONResult } from "superjson";

/** The keys superjson refuses ("prototype pollution risk"), and the same with our escape prefix. */
const RESERVED = /^~*(?:__proto__|constructor|prototype)$/;

/** A copy of plain objects and arrays with every key renamed; anything else (Date, Map, class instances) is superjson's. */
function renameKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, rename));
  if (value === null || typeof value !== "object") return value;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  // fromEntries defines own properties: a "__proto__" key stays a key, never a prototype.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [rename(key), renameKeys(item, rename)]));
}

/**
 * superjson between the app's client and its tRPC API, except that it can
 * carry objects keyed by people's words. superjson throws on a key named
 * `constructor`, `prototype` or `__proto__` anywhere in a value — a flow
 * variable called "constructor" made the inbox and the preview answer 500 —
 * so those keys travel as `~constructor` (one more `~` for keys that already
 * look so) and are put back on the other side.
 */
export const trpcTransformer = {
  serialize: (value: unknown) => superjson.serialize(renameKeys(value, (key) => (RESERVED.test(key) ? `~${key}` : key))),
  deserialize: (value: unknown) =>
    renameKeys(superjson.deserialize(value as SuperJSONResult), (key) => (RESERVED.test(key) && key.startsWith("~") ? key.slice(1) : key)),
};
