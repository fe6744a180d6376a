import "server-only";
import { loadContactCard } from "../contacts/load-contact-card";
import { loadFlowVersion } from "../conversations/load-flow-version";
import type { PrismaClient } from "../db/generated/client";
import type { Agent } from "../handoff/agent-scope";
import { authorizeAgent } from "../handoff/authorize-agent";
import { handBackNodes } from "../handoff/hand-back-nodes";
import { readMessagePayload } from "../realtime/stream-events/message-payload-schema";
import { customerLabel } from "./customer-label";
import { replyPlaceholders } from "./reply-placeholders";

const MAX_MESSAGES = 1000;

type Author = "customer" | "bot" | "agent" | "system";

/** The number to prefill when scheduling a callback: what the bot collected as `callback_phone`, else `phone`. */
function suggestedPhone(variables: unknown): string | null {
  const collected = (variables ?? {}) as Record<string, unknown>;
  const phone = [collected.callback_phone, collected.phone].find((value) => typeof value === "string" || typeof value === "number");
  return phone === undefined ? null : String(phone).trim() || null;
}

/**
 * One conversation as the inbox shows it: the whole transcript (bot and
 * people), internal notes, the latest handoff with its context package, the
 * steps it can be handed back to, and what this agent may do now.
 */
export async function loadInboxConversation(db: PrismaClient, agent: Agent, conversationId: string, emailAvailable: boolean) {
  const conversation = await authorizeAgent(db, agent, conversationId);
  const [messages, notes, handoff, document, hours, contact] = await Promise.all([
    db.message.findMany({ where: { conversationId }, orderBy: { seq: "desc" }, take: MAX_MESSAGES, include: { agent: { select: { name: true } } } }),
    db.note.findMany({ where: { conversationId }, orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } }),
    db.handoff.findFirst({ where: { conversationId }, orderBy: { requestedAt: "desc" } }),
    loadFlowVersion(db, conversation.flowVersionId),
    conversation.teamId ? db.team.findUnique({ where: { id: conversation.teamId }, select: { businessHours: { select: { timeZone: true } } } }) : null,
    loadContactCard(db, agent.workspaceId, conversation),
  ]);
  return {
    id: conversation.id,
    status: conversation.status,
    channel: conversation.channel,
    /** The customer's language as the bot detected it (ISO 639-1), or null. */
    language: conversation.language,
    customerLabel: customerLabel(conversation),
    /** The person behind the chat (name, e-mail, attributes, earlier conversations), once the host site or the customer said who. */
    contact,
    team: conversation.team,
    assignee: conversation.assigneeId && conversation.assignee ? { id: conversation.assigneeId, name: conversation.assignee.name } : null,
    queuedAt: conversation.queuedAt,
    /** Message seqs each side has seen ("Seen" under the agent's reply; what to mark read). */
    customerReadSeq: conversation.customerReadSeq,
    agentReadSeq: conversation.agentReadSeq,
    suggestedPhone: suggestedPhone(conversation.variables),
    /** The customer left a message for an e-mail reply: replies go to `to` by e-mail too; `awaitingSince` until the first one went out. */
    emailFollowUp: conversation.followUpEmail
      ? { to: conversation.followUpEmail, awaitingSince: conversation.awaitingEmailReplyAt, available: emailAvailable }
      : null,
    /** The team's time zone (its business hours'), in which callbacks are scheduled; null when the team has no hours. */
    teamTimeZone: hours?.businessHours?.timeZone ?? null,
    /** What {{placeholders}} in canned replies become when this agent inserts one. */
    replyPlaceholders: replyPlaceholders(conversation, agent.name),
    messages: messages.reverse().map((m) => ({
      seq: m.seq,
      author: m.author.toLowerCase() as Author,
      text: m.text,
      agentName: m.agent?.name ?? null,
      /** The e-mail copy of this message (follow-ups): sending, sent or failed (with why). */
      email: readMessagePayload(m.payload).email ?? null,
      /** A customer's answer to a follow-up e-mail (POST /api/v1/inbound-email), not written in the chat. */
      viaEmail: readMessagePayload(m.payload).viaEmail !== undefined,
      createdAt: m.createdAt,
    })),
    notes: notes.map((n) => ({ id: n.id, authorName: n.author?.name ?? null, text: n.text, createdAt: n.createdAt })),
    handoff: handoff && {
      kind: handoff.kind,
      reason: handoff.reason,
      requestedAt: handoff.requestedAt,
      acceptedAt: handoff.acceptedAt,
      /** NO_AGENT without an accept: the handoff found nobody (closed, nobody online, or nobody took it in time). */
      outcome: handoff.outcome,
      context: handoff.context as unknown,
    },
    handBackNodes: handBackNodes(document),
    canAccept: conversation.status === "QUEUED",
    canReply: conversation.status === "ASSIGNED" && conversation.assigneeId === agent.userId,
    /** Resolve, transfer, hand back, book a callback: queued, or assigned to this agent — admins: any open one (as assertHandling). */
    canManage: conversation.status === "QUEUED" || (conversation.status === "ASSIGNED" && (conversation.assigneeId === agent.userId || agent.role === "ADMIN")),
    /** An admin may take over a conversation another agent holds. */
    canTakeOver: conversation.status === "ASSIGNED" && conversation.assigneeId !== agent.userId && agent.role === "ADMIN",
  };
}
