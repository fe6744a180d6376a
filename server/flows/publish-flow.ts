import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";
import type { IntentDefinition } from "../engine/ports";
import { definitionOf } from "../flow/flow-graph";
import { parseFlowDocument } from "../flow/parse-flow-document";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import { validateFlow, type FlowProblem } from "../flow/validate-flow";
import { envOutboundPolicy } from "../outbound/env-outbound-policy";
import { httpRequestHostProblems } from "./http-request-host-problems";
import type { DbClient } from "../db/db-client";
import { withTransaction } from "../db/with-transaction";

export class FlowInvalid extends DomainError {
  constructor(readonly problems: (FlowProblem | { severity: "error"; code: string; message: string })[]) {
    super("BAD_REQUEST", `The flow has ${problems.length} problem(s) to fix before publishing: ${problems.map((p) => p.message).join(" ")}`);
  }
}

/**
 * Validates the draft and freezes it as the next numbered FlowVersion, which
 * becomes the live one. Running conversations keep the version they pinned.
 * `warm` trains the NLU for the new version before anyone chats with it.
 * HTTP request URLs are judged by `outbound` (the environment's settings unless given).
 */
export async function publishFlow(
  db: DbClient,
  workspaceId: string,
  flowId: string,
  publishedById: string | null,
  warm?: (intents: IntentDefinition[]) => Promise<void>,
  outbound: OutboundPolicy = envOutboundPolicy(),
) {
  const flow = await db.flow.findFirst({ where: { id: flowId, workspaceId, archivedAt: null } });
  if (!flow) throw new DomainError("NOT_FOUND", "That flow does not exist.");
  const parsed = parseFlowDocument(flow.draft);
  if (!parsed.ok) throw new FlowInvalid(parsed.problems.map((p) => ({ severity: "error" as const, code: "schema", message: `${p.path}: ${p.message}` })));
  const teams = await db.team.findMany({ where: { workspaceId }, select: { id: true } });
  const errors = validateFlow(parsed.document, { teamIds: teams.map((t) => t.id), outbound }).filter((p) => p.severity === "error");
  if (errors.length) throw new FlowInvalid(errors);
  const unreachable = await httpRequestHostProblems(parsed.document.nodes, outbound);
  if (unreachable.length) throw new FlowInvalid(unreachable);
  if (warm) {
    for (const node of parsed.document.nodes) {
      const intents = definitionOf(node).intents(node.data);
      if (intents.length) await warm(intents);
    }
  }
  return withTransaction(
    db,
    async (tx) => {
      const last = await tx.flowVersion.findFirst({ where: { flowId }, orderBy: { number: "desc" }, select: { number: true } });
      const version = await tx.flowVersion.create({
        data: { flowId, number: (last?.number ?? 0) + 1, document: parsed.document as unknown as Prisma.InputJsonValue, publishedById },
      });
      await tx.flow.update({ where: { id: flowId }, data: { publishedVersionId: version.id } });
      return { slug: flow.slug, version: version.number, versionId: version.id };
    },
    { maxWait: 2_000, timeout: 5_000 },
  );
}
