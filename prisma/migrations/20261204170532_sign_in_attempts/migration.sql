-- The sign-in log: every password checked (successes and failures), with the
-- client's address and user agent. The throttle reads it (shared by every
-- instance: server/auth/sign-in-policy.ts), admins see failed sign-ins on
-- Settings → Members, and rows older than 90 days are deleted by a sweep.
-- Attempts refused by the throttle check no password and are not logged.

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "userAgent" TEXT,
    "succeeded" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInAttempt_email_address_createdAt_idx" ON "SignInAttempt"("email", "address", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_address_createdAt_idx" ON "SignInAttempt"("address", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");
