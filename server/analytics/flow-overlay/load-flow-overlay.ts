import "server-only";
import type { PrismaClient } from "../../db/generated/client";
import { DomainError } from "../../errors";
import { loadFlowVersion } from "../../conversations/load-flow-version";
import type { FlowDocument } from "../../flow/schema";
import { flowOverlayInputSchema, type FlowOverlayInput, type FlowOverlayMetrics } from "./flow-overlay-schemas";
import { queryFlowOverlay } from "./query-flow-overlay";
import { shapeFlowOverlay } from "./shape-flow-overlay";

export interface FlowOverlay {
  versions: { id: string; number: number; publishedAt: Date; live: boolean }[];
  /** Null when the flow was never published: nothing to measure yet. */
  version: { id: string; number: number; document: FlowDocument } | null;
  period: { from: Date; to: Date; days: number };
  metrics: FlowOverlayMetrics | null;
  /** How long the aggregate query took, in ms (shown in the overlay's footer). */
  queryMs: number;
}

/** The canvas overlay for a flow of the workspace: a published version's steps measured over the last N days. */
export async function loadFlowOverlay(db: PrismaClient, workspaceId: string, raw: FlowOverlayInput, now: Date): Promise<FlowOverlay> {
  const input = flowOverlayInputSchema.parse(raw);
  const flow = await db.flow.findFirst({
    where: { id: input.flowId, workspaceId },
    select: { id: true, publishedVersionId: true, versions: { select: { id: true, number: true, publishedAt: true }, orderBy: { number: "desc" } } },
  });
  if (!flow) throw new DomainError("NOT_FOUND", "That flow does not exist in this workspace.");
  const versions = flow.versions.map((version) => ({ ...version, live: version.id === flow.publishedVersionId }));
  const period = { from: new Date(now.getTime() - input.days * 86_400_000), to: now, days: input.days };
  const chosen = input.versionId ? versions.find((version) => version.id === input.versionId) : (versions.find((version) => version.live) ?? versions[0]);
  if (input.versionId && !chosen) throw new DomainError("NOT_FOUND", "That version does not belong to this flow; pick one from the list.");
  if (!chosen) return { versions, version: null, period, metrics: null, queryMs: 0 };
  const document = await loadFlowVersion(db, chosen.id);
  const started = performance.now();
  const rows = await queryFlowOverlay(db, { flowId: flow.id, flowVersionId: chosen.id }, period.from, period.to, now);
  const queryMs = Math.round((performance.now() - started) * 10) / 10;
  return { versions, version: { id: chosen.id, number: chosen.number, document }, period, metrics: shapeFlowOverlay(document, rows), queryMs };
}
