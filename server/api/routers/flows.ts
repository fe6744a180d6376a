import { flowTemplates } from "../../flow/templates/flow-templates";
import { createFlow } from "../../flows/create-flow";
import { deleteFlow } from "../../flows/delete-flow";
import { duplicateFlow } from "../../flows/duplicate-flow";
import { exportFlowFile } from "../../flows/export-flow-file";
import {
  createFlowInputSchema,
  flowIdInputSchema,
  importFlowDocumentInputSchema,
  previewFlowTurnInputSchema,
  renameFlowInputSchema,
  restoreFlowVersionInputSchema,
  saveFlowDraftInputSchema,
} from "../../flows/flow-editor-schemas";
import { importFlowDocument } from "../../flows/import-flow-document";
import { listFlowsForAdmin } from "../../flows/list-flows-for-admin";
import { loadFlowForEditor } from "../../flows/load-flow-for-editor";
import { previewFlowTurn } from "../../flows/preview-flow-turn";
import { publishFlowDraft } from "../../flows/publish-flow-draft";
import { renameFlow } from "../../flows/rename-flow";
import { restoreFlowVersion } from "../../flows/restore-flow-version";
import { saveFlowDraft } from "../../flows/save-flow-draft";
import { unpublishFlow } from "../../flows/unpublish-flow";
import { outboundPolicyOf } from "../../outbound/outbound-policy-of";
import { adminProcedure, adminRuntimeProcedure, createTRPCRouter } from "../trpc";

/** The builder: the flows list, the editor's load/save, publishing and the preview chat. */
export const flowsRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listFlowsForAdmin(ctx.db, ctx.viewer.workspaceId, new Date())),
  templates: adminProcedure.query(() => flowTemplates.map(({ id, name, description }) => ({ id, name, description }))),
  create: adminProcedure.input(createFlowInputSchema).mutation(({ ctx, input }) => createFlow(ctx.db, ctx.viewer.workspaceId, input, ctx.viewer.userId)),
  duplicate: adminProcedure
    .input(flowIdInputSchema)
    .mutation(({ ctx, input }) => duplicateFlow(ctx.db, ctx.viewer.workspaceId, input.flowId, ctx.viewer.userId)),
  rename: adminProcedure.input(renameFlowInputSchema).mutation(({ ctx, input }) => renameFlow(ctx.db, ctx.viewer.workspaceId, input, ctx.viewer.userId)),
  delete: adminProcedure.input(flowIdInputSchema).mutation(({ ctx, input }) => deleteFlow(ctx.db, ctx.viewer.workspaceId, input.flowId)),
  get: adminProcedure.input(flowIdInputSchema).query(({ ctx, input }) => loadFlowForEditor(ctx.db, ctx.viewer.workspaceId, input.flowId)),
  saveDraft: adminProcedure
    .input(saveFlowDraftInputSchema)
    .mutation(({ ctx, input }) => saveFlowDraft(ctx.db, ctx.viewer.workspaceId, input, ctx.viewer.userId)),
  publish: adminRuntimeProcedure.input(flowIdInputSchema).mutation(async ({ ctx, input }) => {
    const { runtime } = ctx;
    return publishFlowDraft(ctx.db, ctx.viewer.workspaceId, input.flowId, ctx.viewer.userId, (intents) => runtime.nlu.warm(intents), outboundPolicyOf(runtime));
  }),
  unpublish: adminProcedure.input(flowIdInputSchema).mutation(({ ctx, input }) => unpublishFlow(ctx.db, ctx.viewer.workspaceId, input.flowId)),
  restoreVersion: adminProcedure
    .input(restoreFlowVersionInputSchema)
    .mutation(({ ctx, input }) => restoreFlowVersion(ctx.db, ctx.viewer.workspaceId, input, ctx.viewer.userId)),
  importDocument: adminProcedure
    .input(importFlowDocumentInputSchema)
    .mutation(({ ctx, input }) => importFlowDocument(ctx.db, ctx.viewer.workspaceId, input, ctx.viewer.userId)),
  exportDocument: adminProcedure.input(flowIdInputSchema).query(({ ctx, input }) => exportFlowFile(ctx.db, ctx.viewer.workspaceId, input.flowId)),
  preview: adminRuntimeProcedure.input(previewFlowTurnInputSchema).mutation(({ ctx, input }) => previewFlowTurn(ctx.runtime, ctx.viewer.workspaceId, input)),
});
