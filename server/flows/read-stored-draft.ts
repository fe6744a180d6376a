import { flowDraftSchema, type FlowDraft } from "../flow/draft-schema";
import { parseFlowDocument } from "../flow/parse-flow-document";
import { DomainError } from "../errors";

/**
 * A draft as stored on the Flow row, parsed for the editor. Rows written
 * before drafts had their own schema (or in an older document version) go
 * through the document parser, which upgrades them.
 */
export function readStoredDraft(stored: unknown): FlowDraft {
  const draft = flowDraftSchema.safeParse(stored);
  if (draft.success) return draft.data;
  const document = parseFlowDocument(stored);
  if (document.ok) return document.document;
  throw new DomainError(
    "BAD_REQUEST",
    `This flow's saved draft can't be read (${document.problems[0]?.message ?? "unknown format"}). Restore a published version, or import the flow again.`,
  );
}
