import { addMember } from "../../workspace/add-member";
import { changeMemberRole } from "../../workspace/change-member-role";
import { listMembers } from "../../workspace/list-members";
import { listSignInAlerts } from "../../workspace/list-sign-in-alerts";
import { addMemberInputSchema, changeMemberRoleInputSchema, removeMemberInputSchema } from "../../workspace/member-schemas";
import { removeMember } from "../../workspace/remove-member";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const membersRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listMembers(ctx.db, ctx.viewer.workspaceId)),
  /** Failed sign-ins as members in the last 24 h. */
  signInAlerts: adminProcedure.query(({ ctx }) => listSignInAlerts(ctx.db, ctx.viewer.workspaceId, new Date())),
  add: adminProcedure.input(addMemberInputSchema).mutation(({ ctx, input }) => addMember(ctx.db, ctx.viewer.workspaceId, input)),
  changeRole: adminProcedure.input(changeMemberRoleInputSchema).mutation(({ ctx, input }) => changeMemberRole(ctx.db, ctx.viewer.workspaceId, input)),
  remove: adminProcedure
    .input(removeMemberInputSchema)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.viewer.workspaceId, ctx.viewer.membershipId, input)),
});
