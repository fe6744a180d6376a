import { DomainError } from "../errors";
import { parseFlowDocument } from "../flow/parse-flow-document";
import type { FlowDocument } from "../flow/schema";
import type { DbClient } from "../db/db-client";

const cache = new Map<string, FlowDocument>();
const MAX = 500;

/** A published version's document, parsed once: versions never change. */
export async function loadFlowVersion(db: DbClient, flowVersionId: string): Promise<FlowDocument> {
  const cached = cache.get(flowVersionId);
  if (cached) return cached;
  const version = await db.flowVersion.findUnique({ where: { id: flowVersionId }, select: { document: true } });
  if (!version) throw new DomainError("NOT_FOUND", "That flow version no longer exists.");
  const parsed = parseFlowDocument(version.document);
  if (!parsed.ok) throw new Error(`Published flow version ${flowVersionId} does not parse: ${parsed.problems[0]?.message}`);
  if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
  cache.set(flowVersionId, parsed.document);
  return parsed.document;
}
