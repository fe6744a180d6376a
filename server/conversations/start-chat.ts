import { Prisma } from "../db/generated/client";
import { initialEngineState } from "../engine/engine-state";
import { turn } from "../engine/turn";
import { DomainError } from "../errors";
import { botMessagePayload } from "./bot-message-payload";
import { newCustomerToken } from "./customer-token";
import { enginePortsFor } from "./engine-ports-for";
import { loadFlowVersion } from "./load-flow-version";
import { publicMessage, publicStatus, type PublicMessage } from "./public-message";
import type { Runtime } from "./runtime";
import { teamNames } from "./team-names";

export interface StartedChat {
  sessionId: string;
  token: string;
  status: string;
  messages: PublicMessage[];
}

/**
 * Starts a chat on the published version of the flow at `slug` (never the
 * draft): the conversation pins that version, and the first bot messages are
 * saved with it in one transaction.
 */
export async function startChat(runtime: Runtime, slug: string, channel: "WEB" | "WIDGET" | "API" = "API"): Promise<StartedChat> {
  const flow = await runtime.db.flow.findUnique({ where: { slug }, select: { id: true, workspaceId: true, publishedVersionId: true, archivedAt: true } });
  if (!flow || !flow.publishedVersionId || flow.archivedAt) throw new DomainError("NOT_FOUND", "There is no published chat at this address.");
  const now = runtime.now();
  const document = await loadFlowVersion(runtime.db, flow.publishedVersionId);
  const result = await turn(document, initialEngineState(), { kind: "start" }, enginePortsFor(runtime, flow.workspaceId), {
    teamNames: await teamNames(runtime.db, runtime.cache, flow.workspaceId),
  });
  const { token, hash } = newCustomerToken();
  const conversation = await runtime.db.$transaction(async (tx) => {
    const created = await tx.conversation.create({
      data: {
        workspaceId: flow.workspaceId,
        flowId: flow.id,
        flowVersionId: flow.publishedVersionId!,
        channel,
        customerTokenHash: hash,
        state: result.state as unknown as Prisma.InputJsonValue,
        variables: result.state.variables as Prisma.InputJsonValue,
        status: result.state.status === "ended" ? "RESOLVED" : "BOT",
        lastSeq: result.messages.length,
        version: 1,
        createdAt: now,
      },
    });
    const messages = await tx.message.createManyAndReturn({
      data: result.messages.map((message, i) => ({
        conversationId: created.id,
        seq: i + 1,
        author: "BOT" as const,
        text: message.text,
        payload: botMessagePayload(message),
        createdAt: now,
      })),
    });
    await tx.event.createMany({
      data: [{ type: "conversation_started" }, ...result.events].map((event) => ({
        workspaceId: flow.workspaceId,
        conversationId: created.id,
        flowId: flow.id,
        flowVersionId: flow.publishedVersionId,
        nodeId: "nodeId" in event ? (event.nodeId ?? null) : null,
        type: event.type,
        createdAt: now,
      })),
    });
    return { ...created, messages };
  });
  return {
    sessionId: conversation.id,
    token,
    status: publicStatus(conversation.status),
    messages: conversation.messages.sort((a, b) => a.seq - b.seq).map(publicMessage),
  };
}
