import { cannedReplyIdInputSchema, createCannedReplyInputSchema, updateCannedReplyInputSchema } from "../../workspace/canned-reply-schemas";
import { createCannedReply } from "../../workspace/create-canned-reply";
import { deleteCannedReply } from "../../workspace/delete-canned-reply";
import { listCannedReplies } from "../../workspace/list-canned-replies";
import { updateCannedReply } from "../../workspace/update-canned-reply";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** Settings → Canned replies: what agents insert with "/" in the inbox. Admins only (agents read them through inbox.cannedReplies). */
export const cannedRepliesRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listCannedReplies(ctx.db, ctx.viewer.workspaceId)),
  create: adminProcedure.input(createCannedReplyInputSchema).mutation(({ ctx, input }) => createCannedReply(ctx.db, ctx.viewer.workspaceId, input)),
  update: adminProcedure.input(updateCannedReplyInputSchema).mutation(({ ctx, input }) => updateCannedReply(ctx.db, ctx.viewer.workspaceId, input)),
  delete: adminProcedure.input(cannedReplyIdInputSchema).mutation(({ ctx, input }) => deleteCannedReply(ctx.db, ctx.viewer.workspaceId, input)),
});
