import "server-only";
import { publicMessage } from "../conversations/public-message";
import { markCustomerSeen } from "../conversations/mark-customer-seen";
import { acceptConversation } from "../handoff/accept-conversation";
import { handBackConversation } from "../handoff/hand-back-conversation";
import { markAgentRead } from "../handoff/mark-agent-read";
import { resolveConversation } from "../handoff/resolve-conversation";
import { sendAgentMessage } from "../handoff/send-agent-message";
import { transferConversation } from "../handoff/transfer-conversation";
import { runSweeps } from "../jobs/run-sweeps";
import type { Runtime } from "../runtime/runtime";
import type { DemoChat } from "./demo-chat";
import { agentClosers, agentOpeners, customerFollowUps } from "./demo-history-lines";
import type { DemoStaff, DemoTeam } from "./demo-staff";
import type { DemoConversationPlan } from "./plan-demo-history";

/** How long after the queueing the sweeps find a customer who went quiet gone (the demo workspace's abandonAfterSeconds). */
export const DEMO_ABANDON_AFTER_SECONDS = 120;

/**
 * A queued demo conversation, from the inbox's side: the agent of its team accepts after the planned wait (the customer's
 * open chat keeps them "seen"), replies, and resolves, hands back to the bot or transfers to the other team; or the
 * customer leaves and the queue sweep records the abandonment.
 */
export async function playDemoHandoff(runtime: Runtime, chat: DemoChat, staff: DemoStaff, plan: DemoConversationPlan): Promise<void> {
  const pick = <T>(items: readonly T[], offset = 0) => items[Math.floor(((plan.salt * 104729 + offset) % 1) * items.length)]!;
  if (plan.agentPath === "abandon") {
    chat.wait(DEMO_ABANDON_AFTER_SECONDS + 5);
    await staff.sync(runtime);
    await runSweeps(runtime, runtime.now());
    chat.last = { status: "abandoned", messages: [] };
    return;
  }
  let team: DemoTeam = staff.teamOf((await chat.conversation()).teamId);
  if (plan.waitSeconds > 90) {
    chat.wait(Math.round(plan.waitSeconds / 2));
    await markCustomerSeen(runtime, chat.id);
    chat.wait(plan.waitSeconds - Math.round(plan.waitSeconds / 2));
  } else chat.wait(plan.waitSeconds);
  await staff.sync(runtime);
  await acceptConversation(runtime, staff.agents[team], chat.id);
  chat.wait(15 + Math.round(plan.salt * 30));
  await sendAgentMessage(runtime, staff.agents[team], { conversationId: chat.id, text: pick(agentOpeners[team]) });
  chat.wait(25 + Math.round(plan.salt * 50));
  await chat.say(pick(customerFollowUps));

  const other: DemoTeam = team === "Billing" ? "Technical" : "Billing";
  if (plan.agentPath === "transfer" && staff.isOnline(other)) {
    chat.wait(40);
    await transferConversation(runtime, staff.agents[team], { conversationId: chat.id, teamId: staff.teamIds[other], note: "This one is for you." });
    team = other;
    chat.wait(30 + Math.round(plan.salt * 60));
    await staff.sync(runtime);
    await acceptConversation(runtime, staff.agents[team], chat.id);
    chat.wait(20);
    await sendAgentMessage(runtime, staff.agents[team], { conversationId: chat.id, text: pick(agentOpeners[team], 0.5) });
  }
  chat.wait(60 + Math.round(plan.salt * 300));
  await sendAgentMessage(runtime, staff.agents[team], { conversationId: chat.id, text: pick(agentClosers[team]) });
  chat.wait(30 + Math.round(plan.salt * 60));
  // The agent has read the whole chat before closing it (the inbox marks what is on screen as read).
  await markAgentRead(runtime, staff.agents[team], { conversationId: chat.id, seq: (await chat.conversation()).lastSeq });
  if (plan.agentPath === "hand_back") await handBackConversation(runtime, staff.agents[team], { conversationId: chat.id, nodeId: "end" });
  else await resolveConversation(runtime, staff.agents[team], chat.id);
  chat.handledBy = team;
  // What the bot says next (the End step's rating question) is the conversation's last bot message.
  chat.last = { status: "bot", messages: await lastBotMessages(runtime, chat.id) };
}

async function lastBotMessages(runtime: Runtime, conversationId: string) {
  const rows = await runtime.db.message.findMany({ where: { conversationId, author: "BOT" }, orderBy: { seq: "desc" }, take: 2 });
  return rows.reverse().map(publicMessage);
}
