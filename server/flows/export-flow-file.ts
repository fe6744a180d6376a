import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { exportFlow } from "./export-flow";

/** The draft as a downloadable `<slug>.json`, which "Import flow" (and POST /api/v1/flows) accept back. */
export async function exportFlowFile(db: PrismaClient, workspaceId: string, flowId: string) {
  const flow = await exportFlow(db, workspaceId, flowId);
  return { fileName: `${flow.slug}.json`, document: flow.document };
}
