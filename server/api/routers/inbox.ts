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
import { publicApi } from "../rest/public-api";
import { createTRPCRouter, protectedProcedure, type TrpcContext } from "../trpc";

/** The process's runtime (bus, clock, NLU) on this request's database. */
const runtimeFor = async (ctx: TrpcContext) => ({ ...(await publicApi()).runtime, db: ctx.db });

/** The agent inbox: views and counts, one conversation, taking over, replying, typing and read state, handing back, callbacks, presence. Agents and admins. */
export const inboxRouter = createTRPCRouter({
  counts: protectedProcedure.query(async ({ ctx }) => countInbox(ctx.db, ctx.viewer, (await runtimeFor(ctx)).now())),
  list: protectedProcedure
    .input(listInboxInputSchema)
    .query(async ({ ctx, input }) => listInbox(ctx.db, ctx.viewer, input.view, (await runtimeFor(ctx)).now())),
  conversation: protectedProcedure.input(conversationIdInputSchema).query(({ ctx, input }) => loadInboxConversation(ctx.db, ctx.viewer, input.conversationId)),
  accept: protectedProcedure
    .input(conversationIdInputSchema)
    .mutation(async ({ ctx, input }) => acceptConversation(await runtimeFor(ctx), ctx.viewer, input.conversationId)),
  send: protectedProcedure.input(conversationTextInputSchema).mutation(async ({ ctx, input }) => sendAgentMessage(await runtimeFor(ctx), ctx.viewer, input)),
  typing: protectedProcedure.input(agentTypingInputSchema).mutation(async ({ ctx, input }) => signalAgentTyping(await runtimeFor(ctx), ctx.viewer, input)),
  markRead: protectedProcedure.input(markReadInputSchema).mutation(async ({ ctx, input }) => markAgentRead(await runtimeFor(ctx), ctx.viewer, input)),
  note: protectedProcedure.input(conversationTextInputSchema).mutation(async ({ ctx, input }) => addNote(await runtimeFor(ctx), ctx.viewer, input)),
  resolve: protectedProcedure
    .input(conversationIdInputSchema)
    .mutation(async ({ ctx, input }) => resolveConversation(await runtimeFor(ctx), ctx.viewer, input.conversationId)),
  handBack: protectedProcedure.input(handBackInputSchema).mutation(async ({ ctx, input }) => handBackConversation(await runtimeFor(ctx), ctx.viewer, input)),
  transfer: protectedProcedure.input(transferInputSchema).mutation(async ({ ctx, input }) => transferConversation(await runtimeFor(ctx), ctx.viewer, input)),
  takeOver: protectedProcedure
    .input(conversationIdInputSchema)
    .mutation(async ({ ctx, input }) => takeOverConversation(await runtimeFor(ctx), ctx.viewer, input.conversationId)),
  scheduleCallback: protectedProcedure
    .input(scheduleCallbackInputSchema)
    .mutation(async ({ ctx, input }) => scheduleAgentCallback(await runtimeFor(ctx), ctx.viewer, input)),
  setPresence: protectedProcedure.input(presenceInputSchema).mutation(async ({ ctx, input }) => setPresence(await runtimeFor(ctx), ctx.viewer, input.presence)),
  heartbeat: protectedProcedure.mutation(async ({ ctx }) => recordHeartbeat(await runtimeFor(ctx), ctx.viewer)),
  me: protectedProcedure.query(({ ctx }) => loadAgentStatus(ctx.db, ctx.viewer)),
  teams: protectedProcedure.query(async ({ ctx }) => listInboxTeams(ctx.db, ctx.viewer.workspaceId, (await runtimeFor(ctx)).now())),
  agents: protectedProcedure.query(({ ctx }) => listInboxAgents(ctx.db, ctx.viewer.workspaceId)),
  cannedReplies: protectedProcedure.query(({ ctx }) => listCannedReplies(ctx.db, ctx.viewer.workspaceId)),
  callbackDone: protectedProcedure
    .input(callbackIdInputSchema)
    .mutation(async ({ ctx, input }) => completeCallback(await runtimeFor(ctx), ctx.viewer, input.callbackId, "DONE")),
  callbackMissed: protectedProcedure
    .input(callbackIdInputSchema)
    .mutation(async ({ ctx, input }) => completeCallback(await runtimeFor(ctx), ctx.viewer, input.callbackId, "MISSED")),
});
