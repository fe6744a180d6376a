/**
 * Reads `order.items.0.name` out of parsed JSON; undefined when any step is
 * missing. Own properties only: `constructor` or `__proto__` in a path find
 * nothing rather than what every object inherits.
 */
export function readJsonPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
