import type { BuilderContext } from "../builder-context";

/** What every node type's settings panel receives from the builder. */
export interface NodeSettingsProps {
  nodeId: string;
  /** The node's raw draft data (may be half-written). */
  data: Record<string, unknown>;
  /** The whole new data object; called on every edit (the caller debounces saving and records undo). */
  onChange(data: Record<string, unknown>): void;
  /** Field path ("text", "intents.0.examples") → message, from the node's Zod schema. */
  errors: Record<string, string>;
  context: BuilderContext;
}
