import type { z } from "zod";
import { derivePortId } from "../node-settings/derive-port-id";
import { friendlyError } from "../node-settings/field-errors";
import { builtinVariables } from "@/server/flow/builtin-variables";
import { escalationSettingsSchema, flowSettingsSchema, type FlowSettings } from "@/server/flow/schema";

/** The pieces of flowSettingsSchema each input checks its text against. */
const topicSchema = escalationSettingsSchema.shape.topics.unwrap().element;
export const topicIdSchema = topicSchema.shape.id;
export const topicKeywordsSchema = topicSchema.shape.keywords;
export const variableNameSchema = flowSettingsSchema.shape.variables.unwrap().element.shape.name;
const appearanceSchema = flowSettingsSchema.shape.appearance.unwrap();
export const botNameSchema = appearanceSchema.shape.botName;
export const colorSchema = appearanceSchema.shape.color;
export const botAvatarUrlSchema = appearanceSchema.shape.botAvatarUrl;

export type Escalation = FlowSettings["escalation"];
export type Topic = Escalation["topics"][number];
export type DeclaredVariable = FlowSettings["variables"][number];

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Parses with a schema; a failure carries its first message, in admin words. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: friendlyError(result.error.issues[0]?.message ?? "This value can't be used.") };
}

/** "refund, money back ," → ["refund", "money back"], checked like a topic's keywords. */
export const parseKeywords = (text: string) =>
  parseWith(
    topicKeywordsSchema,
    text
      .split(",")
      .map((keyword) => keyword.trim())
      .filter(Boolean),
  );

/** A declared variable's name: valid, not built in, not declared twice. */
export function parseVariableName(text: string, others: readonly string[]): Parsed<string> {
  const name = text.trim();
  if ((builtinVariables as readonly string[]).includes(name)) return { ok: false, message: `{{${name}}} is built in; no need to declare it.` };
  if (others.includes(name)) return { ok: false, message: "This variable is already declared." };
  return parseWith(variableNameSchema, name);
}

/** A colour as #rrggbb. */
export function parseColor(text: string): Parsed<string> {
  const parsed = parseWith(colorSchema, text.trim());
  return parsed.ok ? parsed : { ok: false, message: "Use # and six hex digits, like #2952d9." };
}

/** The bot's picture: an https address, or nothing (the chat shows the bot's initials). */
export function parseAvatarUrl(text: string): Parsed<string | undefined> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: undefined };
  const parsed = parseWith(botAvatarUrlSchema, trimmed);
  return parsed.ok ? parsed : { ok: false, message: "Use an https:// address of a picture, like https://example.com/bot.png." };
}

/** A new keyword topic, named after its first keyword. */
export function newTopic(keywords: string[], topics: readonly Topic[]): Topic {
  return {
    id: derivePortId(
      keywords[0] ?? "",
      topics.map((topic) => topic.id),
      "topic",
    ),
    keywords,
    targetNodeId: null,
  };
}
