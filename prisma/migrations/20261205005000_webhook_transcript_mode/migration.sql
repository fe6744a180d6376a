-- Per webhook endpoint: what the handoff and resolve events carry of the transcript (docs/webhooks.md).
CREATE TYPE "WebhookTranscriptMode" AS ENUM ('NONE', 'LINK', 'FULL');

ALTER TABLE "WebhookEndpoint" ADD COLUMN "transcript" "WebhookTranscriptMode" NOT NULL DEFAULT 'LINK';
