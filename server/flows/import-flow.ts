import type { Prisma } from "../db/generated/client";
import { findUnsafeText, unsafeTextMessage } from "../flow/find-unsafe-text";
import { parseFlowDocument } from "../flow/parse-flow-document";
import { insertFlow } from "./insert-flow";
import { FlowInvalid } from "./publish-flow";
import type { DbClient } from "../db/db-client";

/**
 * Creates a flow (as a draft) from a flow document; invalid documents change
 * nothing. A NUL or a broken character anywhere in it (a file's `\u0000`) is
 * a problem like any other, before the database would refuse it.
 */
export async function importFlow(db: DbClient, workspaceId: string, input: { name: string; document: unknown; slug?: string }, userId: string | null) {
  const unsafe = findUnsafeText(input.document);
  if (unsafe) throw new FlowInvalid([{ severity: "error", code: "invalid_text", message: unsafeTextMessage(unsafe, "document") }]);
  const parsed = parseFlowDocument(input.document);
  if (!parsed.ok)
    throw new FlowInvalid(
      parsed.problems.map((p) => ({ severity: "error" as const, code: "schema", message: p.path ? `${p.path}: ${p.message}` : p.message })),
    );
  return insertFlow(
    db,
    { workspaceId, name: input.name, draft: parsed.document as unknown as Prisma.InputJsonValue, createdById: userId, updatedById: userId },
    { slug: input.slug, slugFrom: input.name },
  );
}
