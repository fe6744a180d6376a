import "server-only";
import { z } from "zod";
import type { Prisma } from "../db/generated/client";
import { definitionOf } from "../flow/flow-graph";
import { isNodeType } from "../flow/node-catalog";
import { parseFlowDocument } from "../flow/parse-flow-document";
import { readDraftData } from "../flow/read-draft-data";

/**
 * A flow whose Self-service step ticks an article: in its live version, in
 * its draft, or in an earlier version that chats still in progress run on
 * (every conversation keeps the version it started with).
 */
export interface ArticleFlowUse {
  flowId: string;
  name: string;
  live: boolean;
  draft: boolean;
  /** Chats active in the last day on another version of the flow tick it. */
  running: boolean;
}

/** How recently a chat on an older version must have moved to count as still in progress (chats are never closed for silence). */
export const RUNNING_CHAT_WINDOW_MS = 24 * 60 * 60_000;

/** Just enough of a document to read the steps' chosen articles, for drafts that do not parse whole. */
const chosenArticlesSchema = z.object({ nodes: z.array(z.object({ type: z.string(), data: z.unknown() })) });

/** The article ids a document's self-service steps tick, or null when the document can't be read. */
function chosenArticleIds(document: unknown): Set<string> | null {
  const whole = parseFlowDocument(document); // upgrades older document versions first
  if (whole.ok) return new Set(whole.document.nodes.flatMap((node) => definitionOf(node).articles(node.data)));
  const loose = chosenArticlesSchema.safeParse(document);
  if (!loose.success) return null;
  return new Set(loose.data.nodes.flatMap(({ type, data }) => (isNodeType(type) ? definitionOf({ type }).articles(readDraftData(type, data)) : [])));
}

/**
 * Which of the workspace's flows tick each of `articleIds` in a Self-service
 * step: in the live version and the draft (archived flows take no new chats
 * and their drafts do not count), and in any other version that a chat active
 * in the last day runs on. A document that no longer reads counts when its
 * JSON mentions the id at all: better to warn once too often than to strand
 * a flow's customers.
 */
export async function findFlowsUsingArticles(
  db: Prisma.TransactionClient,
  workspaceId: string,
  articleIds: string[],
  now = new Date(),
): Promise<Map<string, ArticleFlowUse[]>> {
  const uses = new Map<string, ArticleFlowUse[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return uses;
  const [flows, running] = await Promise.all([
    db.flow.findMany({
      where: { workspaceId },
      select: { id: true, name: true, archivedAt: true, draft: true, publishedVersionId: true, publishedVersion: { select: { document: true } } },
      orderBy: { name: "asc" },
    }),
    db.conversation.findMany({
      where: { workspaceId, status: { in: ["BOT", "QUEUED", "ASSIGNED"] }, updatedAt: { gt: new Date(now.getTime() - RUNNING_CHAT_WINDOW_MS) } },
      distinct: ["flowVersionId"],
      select: { flowId: true, flowVersion: { select: { id: true, document: true } } },
    }),
  ]);
  for (const flow of flows) {
    const inDraft = flow.archivedAt ? () => false : mentions(flow.draft);
    const inLive = flow.publishedVersion && !flow.archivedAt ? mentions(flow.publishedVersion.document) : () => false;
    const older = running
      .filter((chat) => chat.flowId === flow.id && (flow.archivedAt !== null || chat.flowVersion.id !== flow.publishedVersionId))
      .map((chat) => mentions(chat.flowVersion.document));
    for (const id of articleIds) {
      const live = inLive(id);
      const draft = inDraft(id);
      const inChats = older.some((inVersion) => inVersion(id));
      if (live || draft || inChats) uses.get(id)!.push({ flowId: flow.id, name: flow.name, live, draft, running: inChats });
    }
  }
  return uses;
}

function mentions(document: unknown): (articleId: string) => boolean {
  const ids = chosenArticleIds(document);
  if (ids) return (articleId) => ids.has(articleId);
  const text = JSON.stringify(document ?? null);
  return (articleId) => text.includes(JSON.stringify(articleId));
}
