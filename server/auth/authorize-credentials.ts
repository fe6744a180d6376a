import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { hashPassword, verifyPassword } from "./password";
import { signInSchema } from "./sign-in-schema";

/** Compared when the email is unknown, so timing does not reveal which emails exist. */
let dummyHash: Promise<string> | undefined;

/** Checks an email and password; returns the user to sign in, or null. */
export async function authorizeCredentials(db: PrismaClient, raw: unknown) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    include: { memberships: { select: { id: true }, take: 1 } },
  });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomUUID()))));
  if (!user || !ok || user.memberships.length === 0) return null;
  return { id: user.id, name: user.name, email: user.email };
}
