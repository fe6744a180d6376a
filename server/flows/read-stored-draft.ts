import type { FlowDraft } from "../flow/draft-schema";
import { parseFlowDocument } from "../flow/parse-flow-document";
import { parseFlowDraft } from "../flow/parse-flow-draft";
import { DomainError } from "../errors";

/**
 * A draft as stored on the Flow row, parsed for the editor (upgraded first
 * when saved in an older document version). Rows written before drafts had
 * their own schema go through the document parser.
 */
export function readStoredDraft(stored: unknown): FlowDraft {
  const draft = parseFlowDraft(stored);
  if (draft) return draft;
  const document = parseFlowDocument(stored);
  if (document.ok) return document.document;
  throw new DomainError(
    "BAD_REQUEST",
    `This flow's saved draft can't be read (${document.problems[0]?.message ?? "unknown format"}). Restore a published version, or import the flow again.`,
  );
}
