import { apiTokenIdInputSchema, createApiTokenInputSchema } from "../../workspace/api-token-schemas";
import { createApiToken } from "../../workspace/create-api-token";
import { deleteApiToken } from "../../workspace/delete-api-token";
import { listApiTokens } from "../../workspace/list-api-tokens";
import { revokeApiToken } from "../../workspace/revoke-api-token";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** Settings → API tokens: tokens for the workspace API (/api/v1/flows, /api/v1/conversations). Admins only. */
export const apiTokensRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.viewer.workspaceId)),
  create: adminProcedure
    .input(createApiTokenInputSchema)
    .mutation(({ ctx, input }) => createApiToken(ctx.db, ctx.viewer.workspaceId, ctx.viewer.userId, input)),
  revoke: adminProcedure.input(apiTokenIdInputSchema).mutation(({ ctx, input }) => revokeApiToken(ctx.db, ctx.viewer.workspaceId, input)),
  delete: adminProcedure.input(apiTokenIdInputSchema).mutation(({ ctx, input }) => deleteApiToken(ctx.db, ctx.viewer.workspaceId, input)),
});
