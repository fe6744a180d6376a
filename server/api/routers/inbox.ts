import { listCannedReplies } from "../../workspace/list-canned-replies";
import { acceptConversation } from "../../handoff/accept-conversation";
import { addNote } from "../../handoff/add-note";
import { completeCallback } from "../../handoff/complete-callback";
import { handBackConversation } from "../../handoff/hand-back-conversation";
import { markAgentRead } from "../../handoff/mark-agent-read";
import {
  agentTypingInputSchema,
  callbackIdInputSchema,
  conversationIdInputSchema,
  conversationTextInputSchema,
  handBackInputSchema,
  listInboxInputSchema,
  markReadInputSchema,
  messageSeqInputSchema,
  presenceInputSchema,
  scheduleCallbackInputSchema,
  transferInputSchema,
} from "../../handoff/inbox-schemas";
import { recordHeartbeat } from "../../handoff/record-heartbeat";
import { resolveConversation } from "../../handoff/resolve-conversation";
import { scheduleAgentCallback } from "../../handoff/schedule-agent-callback";
import { sendAgentMessage } from "../../handoff/send-agent-message";
import { setPresence } from "../../handoff/set-presence";
import { signalAgentTyping } from "../../handoff/signal-agent-typing";
import { takeOverConversation } from "../../handoff/take-over-conversation";
import { transferConversation } from "../../handoff/transfer-conversation";
import { countInbox } from "../../inbox/count-inbox";
import { listInbox } from "../../inbox/list-inbox";
import { listInboxAgents } from "../../inbox/list-inbox-agents";
import { listInboxTeams } from "../../inbox/list-inbox-teams";
import { loadAgentStatus } from "../../inbox/load-agent-status";
import { loadInboxConversation } from "../../inbox/load-inbox-conversation";
import { mailSettings } from "../../notifications/mail-settings";
import { retryFollowUpEmail } from "../../handoff/retry-follow-up-email";
import { createTRPCRouter, protectedProcedure, runtimeProcedure } from "../trpc";

/** The agent inbox: views and counts, one conversation, taking over, replying, typing and read state, handing back, callbacks, presence. Agents and admins. */
export const inboxRouter = createTRPCRouter({
  counts: runtimeProcedure.query(({ ctx }) => countInbox(ctx.db, ctx.viewer, ctx.runtime.now(), ctx.runtime)),
  list: runtimeProcedure.input(listInboxInputSchema).query(({ ctx, input }) => listInbox(ctx.db, ctx.viewer, input.view, ctx.runtime.now())),
  conversation: runtimeProcedure
    .input(conversationIdInputSchema)
    .query(({ ctx, input }) => loadInboxConversation(ctx.db, ctx.viewer, input.conversationId, mailSettings(ctx.runtime).mailer !== null)),
  retryEmail: runtimeProcedure.input(messageSeqInputSchema).mutation(({ ctx, input }) => retryFollowUpEmail(ctx.runtime, ctx.viewer, input)),
  accept: runtimeProcedure.input(conversationIdInputSchema).mutation(({ ctx, input }) => acceptConversation(ctx.runtime, ctx.viewer, input.conversationId)),
  send: runtimeProcedure.input(conversationTextInputSchema).mutation(({ ctx, input }) => sendAgentMessage(ctx.runtime, ctx.viewer, input)),
  typing: runtimeProcedure.input(agentTypingInputSchema).mutation(({ ctx, input }) => signalAgentTyping(ctx.runtime, ctx.viewer, input)),
  markRead: runtimeProcedure.input(markReadInputSchema).mutation(({ ctx, input }) => markAgentRead(ctx.runtime, ctx.viewer, input)),
  note: runtimeProcedure.input(conversationTextInputSchema).mutation(({ ctx, input }) => addNote(ctx.runtime, ctx.viewer, input)),
  resolve: runtimeProcedure.input(conversationIdInputSchema).mutation(({ ctx, input }) => resolveConversation(ctx.runtime, ctx.viewer, input.conversationId)),
  handBack: runtimeProcedure.input(handBackInputSchema).mutation(({ ctx, input }) => handBackConversation(ctx.runtime, ctx.viewer, input)),
  transfer: runtimeProcedure.input(transferInputSchema).mutation(({ ctx, input }) => transferConversation(ctx.runtime, ctx.viewer, input)),
  takeOver: runtimeProcedure.input(conversationIdInputSchema).mutation(({ ctx, input }) => takeOverConversation(ctx.runtime, ctx.viewer, input.conversationId)),
  scheduleCallback: runtimeProcedure.input(scheduleCallbackInputSchema).mutation(({ ctx, input }) => scheduleAgentCallback(ctx.runtime, ctx.viewer, input)),
  setPresence: runtimeProcedure.input(presenceInputSchema).mutation(({ ctx, input }) => setPresence(ctx.runtime, ctx.viewer, input.presence)),
  heartbeat: runtimeProcedure.mutation(({ ctx }) => recordHeartbeat(ctx.runtime, ctx.viewer)),
  me: protectedProcedure.query(({ ctx }) => loadAgentStatus(ctx.db, ctx.viewer)),
  teams: runtimeProcedure.query(({ ctx }) => listInboxTeams(ctx.db, ctx.viewer.workspaceId, ctx.runtime.now())),
  agents: protectedProcedure.query(({ ctx }) => listInboxAgents(ctx.db, ctx.viewer.workspaceId)),
  cannedReplies: protectedProcedure.query(({ ctx }) => listCannedReplies(ctx.db, ctx.viewer.workspaceId)),
  callbackDone: runtimeProcedure.input(callbackIdInputSchema).mutation(({ ctx, input }) => completeCallback(ctx.runtime, ctx.viewer, input.callbackId, "DONE")),
  callbackMissed: runtimeProcedure
    .input(callbackIdInputSchema)
    .mutation(({ ctx, input }) => completeCallback(ctx.runtime, ctx.viewer, input.callbackId, "MISSED")),
});
