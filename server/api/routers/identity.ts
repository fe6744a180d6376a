import { loadIdentitySettingsView, rotateIdentitySecret, setIdentityVerification } from "../../contacts/identity-settings";
import { setIdentityVerificationInputSchema } from "../../contacts/identity-settings-schemas";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** Settings → Identity: identity verification for the widget and the session API. Admins only. */
export const identityRouter = createTRPCRouter({
  get: adminProcedure.query(({ ctx }) => loadIdentitySettingsView(ctx.db, ctx.viewer.workspaceId)),
  setEnabled: adminProcedure
    .input(setIdentityVerificationInputSchema)
    .mutation(({ ctx, input }) => setIdentityVerification(ctx.db, ctx.viewer.workspaceId, input)),
  rotateSecret: adminProcedure.mutation(({ ctx }) => rotateIdentitySecret(ctx.db, ctx.viewer.workspaceId)),
});
