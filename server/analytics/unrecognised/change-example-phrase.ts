import "server-only";
import type { PrismaClient } from "../../db/generated/client";
import { DomainError } from "../../errors";
import type { FlowDraft } from "../../flow/draft-schema";
import { readStoredDraft } from "../../flows/read-stored-draft";
import { saveFlowDraft } from "../../flows/save-flow-draft";
import type { AddExamplePhraseInput } from "./unrecognised-schemas";

type IntentDraft = { id?: unknown; name?: unknown; examples?: unknown[] };

/**
 * Adds a customer's wording as an example phrase of an intent of an
 * Understand step in the flow's DRAFT (never the published version: the
 * admin previews and publishes as usual), or removes it again (the Undo).
 * Saved with the draft's optimistic version check, so an editor open on the
 * flow sees a conflict rather than silently losing the phrase.
 */
export async function changeExamplePhrase(
  db: PrismaClient,
  workspaceId: string,
  input: AddExamplePhraseInput,
  userId: string,
  change: "add" | "remove",
): Promise<{ draftVersion: number; changed: boolean; intentName: string }> {
  const flow = await db.flow.findFirst({ where: { id: input.flowId, workspaceId, archivedAt: null }, select: { draft: true, draftVersion: true } });
  if (!flow) throw new DomainError("NOT_FOUND", "That flow does not exist in this workspace.");
  const draft = readStoredDraft(flow.draft);
  const node = draft.nodes.find((candidate) => candidate.id === input.nodeId);
  if (!node || node.type !== "understand") throw new DomainError("NOT_FOUND", "That Understand step is no longer in the flow's draft; reload the page.");
  const intents = ((node.data as { intents?: IntentDraft[] }).intents ?? []).map((intent) => ({ ...intent }));
  const intent = intents.find((candidate) => candidate.id === input.intentId);
  if (!intent) throw new DomainError("NOT_FOUND", "That intent is no longer in this Understand step; reload the page.");
  const examples = (intent.examples ?? []).filter((example): example is string => typeof example === "string");
  const has = examples.some((example) => example.trim().toLowerCase() === input.text.toLowerCase());
  const intentName = typeof intent.name === "string" ? intent.name : input.intentId;
  if (change === "add" ? has : !has) return { draftVersion: flow.draftVersion, changed: false, intentName };
  if (change === "add" && examples.length >= 200) throw new DomainError("BAD_REQUEST", `${intentName} already has 200 example phrases; remove some first.`);
  intent.examples = change === "add" ? [...examples, input.text] : examples.filter((example) => example.trim().toLowerCase() !== input.text.toLowerCase());
  const next: FlowDraft = {
    ...draft,
    nodes: draft.nodes.map((candidate) => (candidate.id === node.id ? { ...candidate, data: { ...candidate.data, intents } } : candidate)),
  };
  const saved = await saveFlowDraft(db, workspaceId, { flowId: input.flowId, draft: next, expectedDraftVersion: flow.draftVersion, force: false }, userId);
  return { draftVersion: saved.draftVersion, changed: true, intentName };
}
