import "server-only";
import type { PrismaClient } from "../db/generated/client";

/** Failed sign-ins older than this are not news at the next sign-in. */
const LOOK_BACK_MS = 30 * 86_400_000;

export interface SignInNotice {
  /** The sign-in this notice is for (so a dismissal lasts until the next one). */
  id: string;
  failures: number;
  addresses: number;
  lastFailureAt: Date;
}

/**
 * What to tell someone who just signed in: the failed sign-ins as them
 * between their previous sign-in and this one, from other addresses than
 * this one (their own typos on the way in are not news). Null when none.
 */
export async function loadSignInNotice(db: PrismaClient, email: string): Promise<SignInNotice | null> {
  const [latest, previous] = await db.signInAttempt.findMany({
    where: { email, succeeded: true },
    orderBy: { createdAt: "desc" },
    take: 2,
    select: { id: true, address: true, createdAt: true },
  });
  if (!latest) return null;
  const from = previous?.createdAt ?? new Date(latest.createdAt.getTime() - LOOK_BACK_MS);
  const failures = await db.signInAttempt.findMany({
    where: { email, succeeded: false, address: { not: latest.address }, createdAt: { gt: from, lt: latest.createdAt } },
    select: { address: true, createdAt: true },
  });
  if (failures.length === 0) return null;
  return {
    id: latest.id,
    failures: failures.length,
    addresses: new Set(failures.map((failure) => failure.address)).size,
    lastFailureAt: new Date(Math.max(...failures.map((failure) => failure.createdAt.getTime()))),
  };
}
