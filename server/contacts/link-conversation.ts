import "server-only";
import type { Prisma } from "../db/generated/client";
import type { VariableValue } from "../engine/engine-state";
import type { ContactRow } from "./find-or-create-contact";

/**
 * Puts a conversation under a contact: its customer name and e-mail, and the
 * contact's variables merged into both the engine's state and the variables
 * column (one statement; the version bump makes a turn that raced it retry).
 */
export async function linkConversation(
  tx: Prisma.TransactionClient,
  conversationId: string,
  contact: ContactRow,
  variables: ReadonlyMap<string, VariableValue>,
  now: Date,
): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE "Conversation"
     SET "contactId" = $2, "customerName" = COALESCE($3, "customerName"), "customerEmail" = COALESCE($4, "customerEmail"),
         "variables" = "variables" || $5::jsonb,
         "state" = jsonb_set("state", '{variables}', COALESCE("state"->'variables', '{}'::jsonb) || $5::jsonb),
         "version" = "version" + 1, "updatedAt" = $6::timestamptz AT TIME ZONE 'UTC'
     WHERE "id" = $1`,
    conversationId,
    contact.id,
    contact.name,
    contact.email,
    JSON.stringify(Object.fromEntries(variables)),
    now.toISOString(),
  );
}
