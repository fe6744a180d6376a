import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { parseFlowDocument } from "../flow/parse-flow-document";
import { FlowInvalid } from "./publish-flow";

/** Makes a URL-safe, unique-looking slug from a name. */
export function slugify(name: string): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "flow";
  return `${base}-${randomBytes(3).toString("hex")}`;
}

/** Creates a flow (as a draft) from a flow document; invalid documents change nothing. */
export async function importFlow(db: PrismaClient, workspaceId: string, input: { name: string; document: unknown; slug?: string }, userId: string | null) {
  const parsed = parseFlowDocument(input.document);
  if (!parsed.ok)
    throw new FlowInvalid(
      parsed.problems.map((p) => ({ severity: "error" as const, code: "schema", message: p.path ? `${p.path}: ${p.message}` : p.message })),
    );
  return db.flow.create({
    data: {
      workspaceId,
      name: input.name,
      slug: input.slug ?? slugify(input.name),
      draft: parsed.document as unknown as Prisma.InputJsonValue,
      createdById: userId,
      updatedById: userId,
    },
    select: { id: true, name: true, slug: true },
  });
}
