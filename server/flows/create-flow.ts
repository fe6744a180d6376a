import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { buildFlowTemplate } from "../flow/templates/build-flow-template";
import type { CreateFlowInput } from "./flow-editor-schemas";
import { insertFlow } from "./insert-flow";

/**
 * A new draft flow from a template, handing off to the workspace's first two
 * teams by name (the same team twice when there is one; none yet → the
 * admin picks them in the editor).
 */
export async function createFlow(db: PrismaClient, workspaceId: string, input: CreateFlowInput, userId: string) {
  const teams = await db.team.findMany({ where: { workspaceId }, orderBy: { name: "asc" }, take: 2, select: { id: true } });
  const primary = teams[0]?.id ?? "";
  const document = buildFlowTemplate(input.templateId, { primary, secondary: teams[1]?.id ?? primary });
  return insertFlow(
    db,
    { workspaceId, name: input.name, draft: document as unknown as Prisma.InputJsonValue, createdById: userId, updatedById: userId },
    { slugFrom: input.name },
  );
}
