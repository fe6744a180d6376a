import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { envOutboundPolicy } from "../outbound/env-outbound-policy";
import { hasUnpublishedChanges } from "./has-unpublished-changes";
import { readStoredDraft } from "./read-stored-draft";

/** Everything the builder opens with: the draft and its lock version, the pickers' choices, the version history, the server's outbound settings (to validate URLs as publishing will). */
export async function loadFlowForEditor(db: PrismaClient, workspaceId: string, flowId: string) {
  const flow = await db.flow.findFirst({
    where: { id: flowId, workspaceId, archivedAt: null },
    select: {
      id: true,
      name: true,
      slug: true,
      draft: true,
      draftVersion: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
      publishedVersion: { select: { number: true, document: true } },
    },
  });
  if (!flow) throw new DomainError("NOT_FOUND", "That flow does not exist, or it was deleted.");
  const [teams, articles, versions] = await Promise.all([
    db.team.findMany({ where: { workspaceId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    // Drafts too: a step may tick one ahead of publishing it, and a ticked draft must not look deleted.
    db.knowledgeArticle.findMany({ where: { workspaceId }, orderBy: [{ title: "asc" }, { id: "asc" }], select: { id: true, title: true, published: true } }),
    db.flowVersion.findMany({
      where: { flowId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, publishedAt: true, publishedBy: { select: { name: true } } },
    }),
  ]);
  return {
    flow: {
      id: flow.id,
      name: flow.name,
      slug: flow.slug,
      draft: readStoredDraft(flow.draft),
      draftVersion: flow.draftVersion,
      publishedVersion: flow.publishedVersion?.number ?? null,
      hasUnpublishedChanges: hasUnpublishedChanges(flow.draft, flow.publishedVersion?.document ?? null),
      updatedAt: flow.updatedAt,
      updatedByName: flow.updatedBy?.name ?? null,
    },
    teams,
    articles,
    outbound: envOutboundPolicy(),
    versions: versions.map((version) => ({
      id: version.id,
      number: version.number,
      publishedAt: version.publishedAt,
      publishedByName: version.publishedBy?.name ?? null,
    })),
  };
}
