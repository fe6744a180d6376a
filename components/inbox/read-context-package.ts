import { z } from "zod";

const contextPackageSchema = z.object({
  summary: z.string().catch(""),
  reason: z.string().nullable().catch(null),
  intent: z.object({ name: z.string(), confidence: z.number() }).nullable().catch(null),
  sentimentTrend: z.array(z.number()).catch([]),
  tried: z
    .object({
      articles: z.array(z.object({ id: z.string(), title: z.string() })).catch([]),
      rephrases: z.number().int().nonnegative().catch(0),
    })
    .catch({ articles: [], rephrases: 0 }),
  variables: z.record(z.string(), z.unknown()).catch({}),
  lastMessages: z.array(z.string()).catch([]),
  channel: z.string().nullable().catch(null),
  /** The frustration cue that made the bot escalate ("giving_up": "forget it"), when it did for that. */
  cue: z.object({ kind: z.string(), text: z.string() }).nullable().catch(null),
  language: z.string().nullable().catch(null),
});

export type ContextPackageView = z.infer<typeof contextPackageSchema>;

/**
 * The handoff's context package as the panel shows it. It is stored as JSON
 * by whichever engine version made the handoff, so every part falls back to
 * "nothing known" on its own instead of hiding the whole package.
 */
export function readContextPackage(context: unknown): ContextPackageView {
  return contextPackageSchema.parse(context !== null && typeof context === "object" ? context : {});
}
