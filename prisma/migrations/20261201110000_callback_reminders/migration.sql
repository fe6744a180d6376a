-- When the due-time reminder of a pending callback went out (claimed by one
-- sweep across instances: server/jobs/sweep-due-callbacks.ts). Callbacks
-- already past due are stamped, so upgrading does not remind of old ones.

-- AlterTable
ALTER TABLE "Callback" ADD COLUMN "remindedAt" TIMESTAMP(3);

UPDATE "Callback" SET "remindedAt" = CURRENT_TIMESTAMP WHERE "dueAt" <= CURRENT_TIMESTAMP;
