import "server-only";
import type { TurnConversation } from "./load-conversation";
import { readMessagePayload } from "../realtime/stream-events/message-payload-schema";
import { loadFlowVersion } from "./load-flow-version";
import type { Runtime } from "../runtime/runtime";

const MAX_MESSAGES = 10_000;

const hhmm = (date: Date) => date.toISOString().slice(11, 16);
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The customer's copy of the chat as plain text: a header (flow, date, "times
 * in UTC" — the server cannot know the reader's zone), then one
 * `[hh:mm] Name: text` line per message, with the bot's name, each agent's
 * name and "You"; system lines in brackets. Only the Message table is read,
 * so internal notes can never appear.
 */
export async function renderTranscriptText(runtime: Runtime, conversation: TurnConversation): Promise<{ filename: string; flowName: string; text: string }> {
  const [row, messages, document] = await Promise.all([
    runtime.db.conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { createdAt: true, flow: { select: { name: true, slug: true } } } }),
    runtime.db.message.findMany({
      where: { conversationId: conversation.id },
      orderBy: { seq: "asc" },
      take: MAX_MESSAGES,
      select: { author: true, text: true, payload: true, createdAt: true, agent: { select: { name: true } } },
    }),
    loadFlowVersion(runtime.db, conversation.flowVersionId),
  ]);
  const botName = document.settings.appearance.botName;
  const lines = [`Chat transcript — ${row.flow.name}`, `Started ${day(row.createdAt)} at ${hhmm(row.createdAt)}. Times are in UTC.`, ""];
  let currentDay = day(row.createdAt);
  for (const message of messages) {
    if (day(message.createdAt) !== currentDay) {
      currentDay = day(message.createdAt);
      lines.push("", `— ${currentDay} —`);
    }
    // Continuation lines are indented so each message stays one block.
    const text = message.text.replace(/\r\n?/g, "\n").split("\n").join("\n    ");
    const at = `[${hhmm(message.createdAt)}]`;
    if (message.author === "SYSTEM") {
      lines.push(`${at} [${text}]`);
      continue;
    }
    // The name the customer saw on the message, as sent.
    const payloadName = readMessagePayload(message.payload).agentName;
    const name =
      message.author === "CUSTOMER"
        ? "You"
        : message.author === "BOT"
          ? botName
          : typeof payloadName === "string"
            ? payloadName
            : (message.agent?.name ?? "Agent");
    lines.push(`${at} ${name}: ${text}`);
  }
  const filename = `chat-${row.flow.slug}-${day(row.createdAt)}.txt`;
  return { filename, flowName: row.flow.name, text: `${lines.join("\n")}\n` };
}
