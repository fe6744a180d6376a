import { randomUUID } from "node:crypto";
import { CredentialsSignin } from "@auth/core/errors";
import type { PrismaClient } from "../db/generated/client";
import { hashPassword, verifyPassword } from "./password";
import { signInSchema } from "./sign-in-schema";
import { SignInThrottle } from "./sign-in-throttle";

/** Too many wrong passwords for this email lately; the form says to wait. */
export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

/** Compared when the email is unknown, so timing does not reveal which emails exist. */
let dummyHash: Promise<string> | undefined;

const defaultThrottle = new SignInThrottle();

/** Checks an email and password; returns the user to sign in, or null. */
export async function authorizeCredentials(db: PrismaClient, raw: unknown, throttle = defaultThrottle) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (throttle.retryAfter(email) > 0) throw new TooManyAttempts();
  const user = await db.user.findUnique({
    where: { email },
    include: { memberships: { select: { id: true }, take: 1 } },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomUUID()))));
  if (!user || !ok || user.memberships.length === 0) {
    throttle.recordFailure(email);
    return null;
  }
  throttle.recordSuccess(email);
  return { id: user.id, name: user.name, email: user.email };
}
