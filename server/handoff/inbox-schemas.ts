import { z } from "zod";

/** Inputs of the inbox's procedures (server/api/routers/inbox.ts), one schema per shape. */

const idSchema = z.string().min(1).max(64);
const textSchema = z.string().trim().min(1, "Write something first.").max(4000, "Keep it under 4,000 characters.");

export const inboxViewSchema = z.enum(["mine", "unassigned", "email", "all", "callbacks", "resolved"]);
export type InboxView = z.infer<typeof inboxViewSchema>;
export const listInboxInputSchema = z.object({ view: inboxViewSchema });

export const conversationIdInputSchema = z.object({ conversationId: idSchema });

/** A reply to the customer, or an internal note. */
export const conversationTextInputSchema = z.object({ conversationId: idSchema, text: textSchema });
export type ConversationTextInput = z.infer<typeof conversationTextInputSchema>;

export const handBackInputSchema = z.object({ conversationId: idSchema, nodeId: z.string().min(1).max(64) });
export type HandBackInput = z.infer<typeof handBackInputSchema>;

export const transferInputSchema = z
  .object({ conversationId: idSchema, teamId: idSchema.optional(), agentUserId: idSchema.optional(), note: textSchema.optional() })
  .refine((input) => Boolean(input.teamId) !== Boolean(input.agentUserId), { message: "Choose a team or an agent to transfer to.", path: ["teamId"] });
export type TransferInput = z.infer<typeof transferInputSchema>;

export const presenceSchema = z.enum(["ONLINE", "AWAY", "OFFLINE"]);
export const presenceInputSchema = z.object({ presence: presenceSchema });

export const callbackIdInputSchema = z.object({ callbackId: idSchema });

/** The assignee started or stopped typing a reply (never for notes). */
export const agentTypingInputSchema = z.object({ conversationId: idSchema, typing: z.boolean() });
export type AgentTypingInput = z.infer<typeof agentTypingInputSchema>;

/** The agents have seen every message up to `seq`. */
/** One message of a conversation, by its seq (retrying its e-mail copy). */
export const messageSeqInputSchema = z.object({ conversationId: idSchema, seq: z.number().int().positive().max(2_147_483_647) });
export type MessageSeqInput = z.infer<typeof messageSeqInputSchema>;

export const markReadInputSchema = z.object({ conversationId: idSchema, seq: z.number().int().nonnegative().max(2_147_483_647) });
export type MarkReadInput = z.infer<typeof markReadInputSchema>;

/** An agent books a call back to the customer at `dueAt` (chosen in `timeZone`, the team's). */
export const scheduleCallbackInputSchema = z.object({
  conversationId: idSchema,
  // Whether it is a phone number is the service's call (the same rule as the flow's phone question).
  phone: z.string().trim().min(1, "Enter the number to call.").max(40, "Keep the number under 40 characters."),
  dueAt: z.date({ error: "Choose a date and time." }),
  timeZone: z.string().min(1).max(64).nullable(),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").nullable(),
});
export type ScheduleCallbackInput = z.infer<typeof scheduleCallbackInputSchema>;
