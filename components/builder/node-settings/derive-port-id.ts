const PORT_ID_MAX = 64;

/**
 * A stable exit id for a new intent, route rule or choice, derived from its
 * name ("Cancel my order" → "cancel_my_order") and unique among `taken`
 * (ids already used and the node's fixed exits). Ids never change after
 * creation: connections attach to them.
 */
export function derivePortId(name: string, taken: Iterable<string>, fallback = "item"): string {
  const used = new Set(taken);
  const slug =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, PORT_ID_MAX)
      .replace(/_+$/, "") || fallback;
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const candidate = `${slug.slice(0, PORT_ID_MAX - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
