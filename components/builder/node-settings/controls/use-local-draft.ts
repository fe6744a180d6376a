"use client";

import { useState } from "react";

/**
 * Local editing state for a control whose text cannot always be written
 * (a half-typed number, a trailing newline, a key without a value). The
 * draft follows the committed value when it changes from outside (undo,
 * another edit) unless the draft already means that value.
 */
export function useLocalDraft<V, D>(value: V, toDraft: (value: V) => D, fromDraft: (draft: D) => V | undefined) {
  const [draft, setDraft] = useState(() => toDraft(value));
  const [seen, setSeen] = useState(value);
  if (!same(seen, value)) {
    setSeen(value);
    const meant = fromDraft(draft);
    if (meant === undefined || !same(meant, value)) setDraft(toDraft(value));
  }
  return [draft, setDraft] as const;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
