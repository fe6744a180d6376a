-- A conversation an e-mailed answer reopens (ended, or back with the bot) joins its team's queue with a handoff of
-- its own, reason 'email_reply' (server/notifications/receive-inbound-email.ts): the team's work on it is counted,
-- and it can be transferred. Conversations reopened before this migration keep no such row (the feature is days old
-- and the accept/resolve times of those waits were never recorded, so a backfill would invent them).
ALTER TYPE "HandoffReason" ADD VALUE 'email_reply';
