/**
 * The constraints services tell apart when a write violates one (constraintOf):
 * named here once, and checked against the migrated schema by
 * tests/integration/sql-statements.test.ts, so renaming an index fails a test.
 */
export const constraintNames = {
  /** A customer message's idempotency key. */
  messageClientMessageId: "Message_conversationId_clientMessageId_key",
  /** Two turns that both computed the same next seq. */
  messageSeq: "Message_conversationId_seq_key",
  /** A request's idempotency key (the handoff button's clientRequestId, a message's clientMessageId). */
  chatRequestKey: "ChatRequest_pkey",
  flowSlug: "Flow_slug_key",
  teamName: "Team_workspaceId_name_key",
  cannedReplyShortcut: "CannedReply_workspaceId_shortcut_key",
} as const;

export type ConstraintName = (typeof constraintNames)[keyof typeof constraintNames];
