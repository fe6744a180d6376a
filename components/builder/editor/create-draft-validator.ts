import type { FlowDraft } from "@/server/flow/draft-schema";
import { validateDraft, type DraftValidation } from "@/server/flow/validate-draft";
import type { ValidateOptions } from "@/server/flow/validate-flow";

/**
 * validateDraft with a memory of its last answer: moving nodes changes
 * nothing validation looks at, so a drag re-uses the last result instead of
 * re-validating 300 nodes on every frame.
 */
export function createDraftValidator() {
  let last:
    (Required<Pick<ValidateOptions, "teamIds">> & Pick<ValidateOptions, "articles" | "outbound"> & { draft: FlowDraft; validation: DraftValidation }) | null =
    null;
  return (draft: FlowDraft, teamIds: string[], articles?: ValidateOptions["articles"], outbound?: ValidateOptions["outbound"]): DraftValidation => {
    if (last && last.teamIds === teamIds && last.articles === articles && last.outbound === outbound && sameExceptPositions(last.draft, draft))
      return last.validation;
    last = { draft, teamIds, articles, outbound, validation: validateDraft(draft, { teamIds, articles, outbound }) };
    return last.validation;
  };
}

function sameExceptPositions(a: FlowDraft, b: FlowDraft): boolean {
  if (a === b) return true;
  if (a.edges !== b.edges || a.settings !== b.settings || a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((node, index) => {
    const other = b.nodes[index]!;
    return node.id === other.id && node.type === other.type && node.data === other.data;
  });
}
