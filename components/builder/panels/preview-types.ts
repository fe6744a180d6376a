import type { Effect } from "@/server/engine/turn-types";

/** One line of the preview conversation. */
export interface PreviewLine {
  author: "bot" | "customer" | "system";
  text: string;
  /** A system line that explains a trigger (why the bot escalated). */
  trigger?: boolean;
  choices?: { id: string; label: string }[];
}

/** A handoff effect of the preview: what the agent would receive. */
export type PreviewHandoff = Extract<Effect, { type: "handoff" }>;
