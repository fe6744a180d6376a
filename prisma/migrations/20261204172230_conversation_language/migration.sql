-- The customer's language as the bot detected it (ISO 639-1, e.g. "es"): shown to agents, used by routing.
ALTER TABLE "Conversation" ADD COLUMN "language" TEXT;
