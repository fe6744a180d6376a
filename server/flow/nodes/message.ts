import { z } from "zod";
import { templateSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";

export const messageNode = defineNode({
  group: "conversation",
  label: "Message",
  description: "The bot says something, then goes on.",
  data: z.object({ text: templateSchema.min(1, "Write the message.").default("Hi! How can I help?") }),
  draft: { text: z.string() },
  ports: () => [port("next", "Next")],
  waits: false,
  texts: (data) => [data.text],
  writes: () => [],
  teams: () => [],
});
