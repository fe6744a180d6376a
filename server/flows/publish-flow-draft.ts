import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { IntentDefinition } from "../engine/ports";
import { parseFlowDraft } from "../flow/parse-flow-draft";
import { validateDraft } from "../flow/validate-draft";
import { DomainError } from "../errors";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import { envOutboundPolicy } from "../outbound/env-outbound-policy";
import { FlowInvalid, publishFlow } from "./publish-flow";

/**
 * Publishes the saved draft. The draft is checked first as the builder
 * checks it, so refusals name the node and field to fix; publishFlow then
 * validates again and freezes the version.
 */
export async function publishFlowDraft(
  db: PrismaClient,
  workspaceId: string,
  flowId: string,
  userId: string,
  warm?: (intents: IntentDefinition[]) => Promise<void>,
  outbound: OutboundPolicy = envOutboundPolicy(),
) {
  const flow = await db.flow.findFirst({ where: { id: flowId, workspaceId, archivedAt: null }, select: { draft: true } });
  if (!flow) throw new DomainError("NOT_FOUND", "That flow does not exist any more.");
  const draft = parseFlowDraft(flow.draft);
  if (draft) {
    const teams = await db.team.findMany({ where: { workspaceId }, select: { id: true } });
    const errors = validateDraft(draft, { teamIds: teams.map((team) => team.id), outbound }).problems.filter((problem) => problem.severity === "error");
    if (errors.length) throw new FlowInvalid(errors);
  }
  const { slug, version } = await publishFlow(db, workspaceId, flowId, userId, warm, outbound);
  return { slug, version };
}
