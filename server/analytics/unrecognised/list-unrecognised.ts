import "server-only";
import type { PrismaClient } from "../../db/generated/client";
import { DomainError } from "../../errors";
import { readStoredDraft } from "../../flows/read-stored-draft";
import { queryUnrecognised } from "./query-unrecognised";
import { listUnrecognisedInputSchema, type ListUnrecognisedInput, type UnrecognisedRow } from "./unrecognised-schemas";
import { taughtKeys, understandTargets, type UnderstandTarget } from "./understand-targets";

export interface UnrecognisedList {
  flows: { id: string; name: string; targets: UnderstandTarget[] }[];
  groups: (UnrecognisedRow & { flowName: string })[];
  since: Date;
  queryMs: number;
}

/**
 * What the bot did not understand over the last N days, grouped by similar
 * wording, with each flow's Understand steps to teach it to. A wording the
 * draft already has as an example phrase (or the admin dismissed) is left out.
 */
export async function listUnrecognised(db: PrismaClient, workspaceId: string, raw: ListUnrecognisedInput, now: Date): Promise<UnrecognisedList> {
  const input = listUnrecognisedInputSchema.parse(raw);
  const flowRows = await db.flow.findMany({
    where: { workspaceId, archivedAt: null },
    select: { id: true, name: true, draft: true },
    orderBy: { name: "asc" },
  });
  if (input.flowId && !flowRows.some((flow) => flow.id === input.flowId)) throw new DomainError("NOT_FOUND", "That flow does not exist in this workspace.");
  const since = new Date(now.getTime() - input.days * 86_400_000);
  const started = performance.now();
  const rows = await queryUnrecognised(db, workspaceId, input.flowId ?? null, since);
  const queryMs = Math.round((performance.now() - started) * 10) / 10;
  const flows = flowRows.map((flow) => {
    const draft = readDraft(flow.draft);
    return { id: flow.id, name: flow.name, targets: draft ? understandTargets(draft) : [], taught: draft ? taughtKeys(draft) : new Set<string>() };
  });
  const byId = new Map(flows.map((flow) => [flow.id, flow]));
  const groups = rows.flatMap((row) => {
    const flow = byId.get(row.flowId);
    return flow && !flow.taught.has(row.phraseKey) ? [{ ...row, flowName: flow.name }] : [];
  });
  return { flows: flows.map(({ id, name, targets }) => ({ id, name, targets })), groups, since, queryMs };
}

function readDraft(stored: unknown) {
  try {
    return readStoredDraft(stored);
  } catch {
    return null;
  }
}
