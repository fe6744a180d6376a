import { timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { hashToken } from "./customer-token";

/**
 * The conversation a customer token opens. A wrong token for an existing
 * session answers like an unknown session would not: 403, so a customer
 * can never read another's conversation, while typos in ids still get 404.
 */
export async function authorizeCustomer(db: PrismaClient, sessionId: string, token: string | null) {
  if (!token) throw new DomainError("UNAUTHORIZED", "Send the session token as 'Authorization: Bearer <token>'.");
  const conversation = await db.conversation.findUnique({ where: { id: sessionId }, select: { id: true, customerTokenHash: true, status: true } });
  if (!conversation) throw new DomainError("NOT_FOUND", "This chat session does not exist.");
  const given = Buffer.from(hashToken(token));
  const stored = Buffer.from(conversation.customerTokenHash);
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
    throw new DomainError("FORBIDDEN", "This token does not belong to this chat session.");
  }
  return conversation;
}
