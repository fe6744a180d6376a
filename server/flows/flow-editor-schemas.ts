import { z } from "zod";
import { flowDraftSchema } from "../flow/draft-schema";
import { flowTemplateIds } from "../flow/templates/flow-templates";

/** Input of the builder's procedures (server/api/routers/flows.ts), one schema per shape. */

const flowIdSchema = z.string().min(1, "Choose a flow.").max(64);
const flowNameSchema = z.string().trim().min(1, "Give the flow a name.").max(100, "Keep the name under 100 characters.");

/** An imported file is read as text up to this size (pretty-printed JSON is bigger than the 2 MB draft limit). */
export const MAX_IMPORT_TEXT_CHARS = 2.5 * 1024 * 1024;

export const flowIdInputSchema = z.object({ flowId: flowIdSchema });

export const createFlowInputSchema = z.object({
  name: flowNameSchema,
  templateId: z.enum(flowTemplateIds, "Choose a template."),
});
export type CreateFlowInput = z.infer<typeof createFlowInputSchema>;

export const renameFlowInputSchema = z.object({ flowId: flowIdSchema, name: flowNameSchema });
export type RenameFlowInput = z.infer<typeof renameFlowInputSchema>;

export const saveFlowDraftInputSchema = z.object({
  flowId: flowIdSchema,
  draft: flowDraftSchema,
  /** The draftVersion the editor loaded or last saved; a newer one on the server is a conflict. */
  expectedDraftVersion: z.number().int().min(0),
  /** Overwrite whatever is saved, after the admin chose to. */
  force: z.boolean().optional(),
});
export type SaveFlowDraftInput = z.infer<typeof saveFlowDraftInputSchema>;

export const restoreFlowVersionInputSchema = z.object({ flowId: flowIdSchema, versionId: z.string().min(1).max(64) });
export type RestoreFlowVersionInput = z.infer<typeof restoreFlowVersionInputSchema>;

export const importFlowDocumentInputSchema = z.object({
  name: flowNameSchema,
  text: z.string().min(1, "Choose a file.").max(MAX_IMPORT_TEXT_CHARS, "This file is too large (the limit is 2.5 MB)."),
});
export type ImportFlowDocumentInput = z.infer<typeof importFlowDocumentInputSchema>;

/** What happened in the preview chat since the last turn (the engine's TurnInput). */
export const turnInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("start") }),
  z.object({ kind: z.literal("message"), text: z.string().trim().min(1, "Type a message.").max(4000, "Keep messages under 4,000 characters.") }),
  z.object({ kind: z.literal("choice"), choiceId: z.string().min(1).max(64) }),
  z.object({ kind: z.literal("handoff_button") }),
  z.object({ kind: z.literal("human_finished"), outcome: z.enum(["resolved", "no_agent"]) }),
  z.object({ kind: z.literal("hand_back"), nodeId: z.string().min(1).max(64) }),
]);

export const previewFlowTurnInputSchema = z.object({
  draft: flowDraftSchema,
  /** The state the previous preview turn returned; null to start over. */
  state: z.unknown().nullable(),
  input: turnInputSchema,
  /**
   * Who can take a handoff in the preview: "available" pretends the team is
   * open with an agent free (to see the context package), "nobody" pretends
   * it is closed (to test the no_agent path), "live" asks the real inbox.
   */
  agents: z.enum(["available", "nobody", "live"]).default("available"),
});
export type PreviewFlowTurnInput = z.infer<typeof previewFlowTurnInputSchema>;
