import { randomUUID } from "node:crypto";
import { CredentialsSignin } from "@auth/core/errors";
import type { PrismaClient } from "../db/generated/client";
import { loadSignInHistory } from "./load-sign-in-history";
import { hashPassword, verifyPassword } from "./password";
import { signInSchema } from "./sign-in-schema";
import { signInVerdict } from "./sign-in-policy";

/** Too many failed sign-ins lately (see sign-in-policy.ts); the form says how long to wait. */
export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** Where an attempt comes from: the address the throttle counts by, and the user agent the log keeps. */
export interface SignInClient {
  address: string;
  userAgent: string | null;
}

/** Compared when the email is unknown, so timing does not reveal which emails exist. */
let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password; returns the user to sign in, or null. Each
 * password checked is logged with its address (written as a failure first, so
 * concurrent guesses count each other); while the policy says to wait, the
 * password is not checked at all and TooManyAttempts says for how long.
 */
export async function authorizeCredentials(db: PrismaClient, raw: unknown, client: SignInClient, now = new Date()) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const address = client.address.slice(0, 100);
  const attempt = await db.$transaction(async (tx) => {
    // One sign-in of an e-mail at a time decides and logs, so a burst of guesses cannot all pass the check together.
    await tx.$queryRawUnsafe(`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS "locked"`, `sign-in:${email}`);
    const verdict = signInVerdict(await loadSignInHistory(tx, email, address, now), now);
    if (verdict.waitMs > 0) return { id: null, waitMs: verdict.waitMs };
    const row = await tx.signInAttempt.create({
      data: { email, address, userAgent: client.userAgent?.slice(0, 300) ?? null, createdAt: now },
      select: { id: true },
    });
    return { id: row.id, waitMs: 0 };
  });
  if (attempt.id === null) throw new TooManyAttempts(Math.ceil(attempt.waitMs / 1000));

  const user = await db.user.findUnique({
    where: { email },
    include: { memberships: { select: { id: true }, take: 1 } },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomUUID()))));
  if (!user || !ok || user.memberships.length === 0) return null;
  await db.signInAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
  return { id: user.id, name: user.name, email: user.email };
}
