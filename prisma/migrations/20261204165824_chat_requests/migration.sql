-- Customer requests made with an idempotency key (a message's clientMessageId,
-- the handoff button's clientRequestId) and the messages they wrote, kept for
-- the conversation's life: a retry in any later state (ended, handed off,
-- handed back, after a crash) answers exactly what the first call did
-- (server/conversations/replay-chat-request.ts).

-- CreateTable
CREATE TABLE "ChatRequest" (
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "afterSeq" INTEGER NOT NULL,
    "throughSeq" INTEGER NOT NULL,
    "handoffId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatRequest_pkey" PRIMARY KEY ("conversationId", "kind", "key")
);

-- AddForeignKey
ALTER TABLE "ChatRequest" ADD CONSTRAINT "ChatRequest_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Messages stored before this table existed: a turn wrote its rows with one
-- timestamp and consecutive seqs, so its replies are the run of rows after
-- the customer's message with the same createdAt (up to the next customer
-- message); a message stored while a person held the chat has none.
INSERT INTO "ChatRequest" ("conversationId", "kind", "key", "afterSeq", "throughSeq", "createdAt")
SELECT m."conversationId", 'message', m."clientMessageId", m."seq" - 1,
       COALESCE(
         (SELECT min(x."seq") - 1 FROM "Message" x
          WHERE x."conversationId" = m."conversationId" AND x."seq" > m."seq" AND (x."createdAt" <> m."createdAt" OR x."author" = 'CUSTOMER')),
         c."lastSeq"),
       m."createdAt"
FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId"
WHERE m."clientMessageId" IS NOT NULL;

-- The handoff such a turn asked for records the last seq of its turn.
UPDATE "ChatRequest" r SET "handoffId" = h."id"
FROM "Handoff" h
WHERE h."conversationId" = r."conversationId"
  AND (CASE WHEN jsonb_typeof(h."context" -> 'transcript' -> 'throughSeq') = 'number'
            THEN (h."context" -> 'transcript' ->> 'throughSeq')::numeric END) = r."throughSeq";
