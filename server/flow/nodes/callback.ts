import { z } from "zod";
import { templateSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";

export const callbackNode = defineNode({
  group: "escalation",
  label: "Callback",
  description: "When nobody can take the chat (or after hours): books a phone call inside business hours.",
  data: z.object({
    teamId: z.string().default(""),
    offerText: templateSchema.default("Nobody from {{team_name}} is free right now. Would you like us to call you back?"),
    phonePrompt: templateSchema.default("What number should we call?"),
    slotPrompt: templateSchema.default("When suits you? (times are {{callback_time_zone}})"),
    confirmText: templateSchema.default("Booked: we'll call {{callback_phone}} on {{callback_slot}}."),
    slotCount: z.number().int().min(1).max(8).default(4),
  }),
  draft: {
    teamId: z.string(),
    offerText: z.string(),
    phonePrompt: z.string(),
    slotPrompt: z.string(),
    confirmText: z.string(),
    slotCount: z.number(),
  },
  ports: () => [port("scheduled", "Scheduled"), port("declined", "Declined")],
  waits: true,
  reachesPerson: { via: "callback", team: (data) => data.teamId },
  // Its replies fill in a form (yes/no, a phone number, a slot): "call me" there is an answer, not a new request.
  triggersWhileWaiting: false,
  texts: (data) => [data.offerText, data.phonePrompt, data.slotPrompt, data.confirmText],
  writes: () => ["callback_phone", "callback_slot"],
  teams: (data) => [data.teamId],
});
