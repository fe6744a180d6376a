-- Follow-up by e-mail (issue 16): where a customer who left a message wants the reply, and since when they wait for it.
ALTER TABLE "Conversation" ADD COLUMN "followUpEmail" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "awaitingEmailReplyAt" TIMESTAMP(3);
CREATE INDEX "Conversation_workspaceId_awaitingEmailReplyAt_idx" ON "Conversation"("workspaceId", "awaitingEmailReplyAt");
