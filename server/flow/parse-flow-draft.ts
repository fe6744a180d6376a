import { flowDraftSchema, type FlowDraft } from "./draft-schema";
import { upgradeFlowDocument } from "./upgrade-flow-document";

/** A stored draft, upgraded from an older document version first (half-written settings and all); null when it does not read as a draft. */
export function parseFlowDraft(raw: unknown): FlowDraft | null {
  const upgraded = upgradeFlowDocument(raw);
  if (!upgraded.ok) return null;
  const draft = flowDraftSchema.safeParse(upgraded.document);
  return draft.success ? draft.data : null;
}
