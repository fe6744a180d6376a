import { parseFlowDocument } from "../flow/parse-flow-document";

/**
 * Whether the draft differs from the live version. Both are compared as
 * parsed documents (defaults filled in) in canonical JSON, so key order and
 * defaults the database or an old save left out do not count as changes.
 * With nothing live, everything in the draft is unpublished.
 */
export function hasUnpublishedChanges(draft: unknown, published: unknown | null): boolean {
  if (published === null || published === undefined) return true;
  return canonicalJson(normalized(draft)) !== canonicalJson(normalized(published));
}

function normalized(document: unknown): unknown {
  const parsed = parseFlowDocument(document);
  return parsed.ok ? parsed.document : document;
}

/** JSON with object keys sorted at every level. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
