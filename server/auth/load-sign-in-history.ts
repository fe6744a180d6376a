import type { Prisma } from "../db/generated/client";
import { SIGN_IN_LIMITS, type SignInHistory } from "./sign-in-policy";

/** What the sign-in log says about an e-mail and an address, as the policy needs it (newest first, no more than it counts). */
export async function loadSignInHistory(db: Prisma.TransactionClient, email: string, address: string, now: Date): Promise<SignInHistory> {
  const since = (ms: number) => new Date(now.getTime() - ms);
  const failureTimes = (where: Prisma.SignInAttemptWhereInput, take: number) =>
    db.signInAttempt
      .findMany({ where: { ...where, succeeded: false }, orderBy: { createdAt: "desc" }, take, select: { createdAt: true } })
      .then((rows) => rows.map((row) => row.createdAt));

  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, address, succeeded: true },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const pairSince = since(SIGN_IN_LIMITS.pairWindowMs);
  const pairFrom = lastSuccess && lastSuccess.createdAt > pairSince ? lastSuccess.createdAt : pairSince;
  return {
    // Enough to reach the longest delay; more would not change it.
    pairFailures: await failureTimes({ email, address, createdAt: { gt: pairFrom } }, 64),
    addressFailures: await failureTimes({ address, createdAt: { gt: since(SIGN_IN_LIMITS.addressWindowMs) } }, SIGN_IN_LIMITS.addressCap),
    emailFailures: lastSuccess ? [] : await failureTimes({ email, createdAt: { gt: since(SIGN_IN_LIMITS.emailWindowMs) } }, SIGN_IN_LIMITS.emailCap),
    knownAddress: lastSuccess !== null,
  };
}
