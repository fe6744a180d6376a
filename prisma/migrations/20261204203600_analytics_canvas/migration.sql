-- The canvas overlay reads one published version's events of one kind over a period.
CREATE INDEX "Event_flowVersionId_type_createdAt_idx" ON "Event"("flowVersionId", "type", "createdAt");

-- Analytics → Unrecognised: the wordings an admin dismissed (by phrase key), per flow.
CREATE TABLE "UnrecognisedDismissal" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "flowId" TEXT NOT NULL,
    "phraseKey" TEXT NOT NULL,
    "dismissedById" TEXT,
    "dismissedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnrecognisedDismissal_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "UnrecognisedDismissal_flowId_phraseKey_key" ON "UnrecognisedDismissal"("flowId", "phraseKey");
CREATE INDEX "UnrecognisedDismissal_workspaceId_idx" ON "UnrecognisedDismissal"("workspaceId");

ALTER TABLE "UnrecognisedDismissal" ADD CONSTRAINT "UnrecognisedDismissal_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "UnrecognisedDismissal" ADD CONSTRAINT "UnrecognisedDismissal_flowId_fkey" FOREIGN KEY ("flowId") REFERENCES "Flow"("id") ON DELETE CASCADE ON UPDATE CASCADE;
