-- Analytics facts the runtime did not record (issue 15), with a backfill of what existing rows can tell.

-- The workspace's time zone: analytics days and periods are counted in it. Backfilled from its first business hours.
ALTER TABLE "Workspace" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'UTC';
-- Seconds a queued customer may be gone (no open chat window, no message, typing or read) before the queue sweep marks the chat ABANDONED.
ALTER TABLE "Workspace" ADD COLUMN "abandonAfterSeconds" INTEGER NOT NULL DEFAULT 600;
UPDATE "Workspace" w SET "timeZone" = b."timeZone"
FROM (SELECT DISTINCT ON ("workspaceId") "workspaceId", "timeZone" FROM "BusinessHours" ORDER BY "workspaceId", "createdAt") b
WHERE b."workspaceId" = w."id";

-- The customer's last sign of life (a message, typing, a read receipt, an open chat stream's keep-alive).
ALTER TABLE "Conversation" ADD COLUMN "customerSeenAt" TIMESTAMP(3);
-- The first message any agent wrote in the conversation.
ALTER TABLE "Conversation" ADD COLUMN "firstAgentReplyAt" TIMESTAMP(3);
-- The first agent message after this handoff was accepted (first human reply time = firstReplyAt - requestedAt).
ALTER TABLE "Handoff" ADD COLUMN "firstReplyAt" TIMESTAMP(3);

UPDATE "Conversation" c SET "customerSeenAt" = m."at"
FROM (SELECT "conversationId", max("createdAt") AS "at" FROM "Message" WHERE "author" = 'CUSTOMER' GROUP BY "conversationId") m
WHERE m."conversationId" = c."id";
UPDATE "Conversation" c SET "firstAgentReplyAt" = m."at"
FROM (SELECT "conversationId", min("createdAt") AS "at" FROM "Message" WHERE "author" = 'AGENT' GROUP BY "conversationId") m
WHERE m."conversationId" = c."id";
UPDATE "Handoff" h SET "firstReplyAt" = (
  SELECT min(m."createdAt") FROM "Message" m
  WHERE m."conversationId" = h."conversationId" AND m."author" = 'AGENT' AND m."createdAt" >= h."acceptedAt"
    AND (h."resolvedAt" IS NULL OR m."createdAt" <= h."resolvedAt")
)
WHERE h."acceptedAt" IS NOT NULL;

-- Ratings given by a flow's End step wrote no conversation.rated event: add one per rated conversation that has none.
INSERT INTO "Event" ("workspaceId", "conversationId", "flowId", "flowVersionId", "type", "data", "createdAt")
SELECT c."workspaceId", c."id", c."flowId", c."flowVersionId", 'conversation.rated',
       jsonb_build_object('rating', c."rating", 'hasComment', c."ratingComment" IS NOT NULL, 'backfilled', true),
       COALESCE(c."closedAt", c."updatedAt")
FROM "Conversation" c
WHERE c."rating" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Event" e WHERE e."conversationId" = c."id" AND e."type" = 'conversation.rated');

-- Analytics reads: conversations of a workspace by start time, handoffs by request time (exists), events of a conversation by type.
CREATE INDEX "Conversation_workspaceId_createdAt_idx" ON "Conversation"("workspaceId", "createdAt");
CREATE INDEX "Conversation_status_customerSeenAt_idx" ON "Conversation"("status", "customerSeenAt");
CREATE INDEX "Callback_workspaceId_createdAt_idx" ON "Callback"("workspaceId", "createdAt");
-- What followed a "no agent" handoff: its conversation's callbacks.
CREATE INDEX "Callback_conversationId_idx" ON "Callback"("conversationId");
