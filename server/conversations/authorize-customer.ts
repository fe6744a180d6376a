import { timingSafeEqual } from "node:crypto";
import { DomainError } from "../errors";
import { hashToken } from "./customer-token";
import { loadConversation, type TurnConversation } from "./load-conversation";
import type { RequestKey } from "./request-key";
import type { DbClient } from "../db/db-client";

/**
 * The conversation a customer token opens (loaded once, for the turn too —
 * with what an earlier request with `key` wrote, when the caller knows the
 * request's idempotency key). A token of another session answers 403, so a
 * customer can never read another's conversation; unknown ids answer 404.
 */
export async function authorizeCustomer(db: DbClient, sessionId: string, token: string | null, key: RequestKey | null = null): Promise<TurnConversation> {
  if (!token) throw new DomainError("UNAUTHORIZED", "Send the session token as 'Authorization: Bearer <token>'.");
  const conversation = await loadConversation(db, sessionId, key);
  if (!conversation) throw new DomainError("NOT_FOUND", "This chat session does not exist.");
  const given = Buffer.from(hashToken(token));
  const stored = Buffer.from(conversation.customerTokenHash);
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
    throw new DomainError("FORBIDDEN", "This token does not belong to this chat session.");
  }
  return conversation;
}
