import { createTeam } from "../../workspace/create-team";
import { deleteTeam } from "../../workspace/delete-team";
import { listTeams } from "../../workspace/list-teams";
import { setAgentCapacity } from "../../workspace/set-agent-capacity";
import { setTeamHours } from "../../workspace/set-team-hours";
import { setTeamMembers } from "../../workspace/set-team-members";
import { setTeamHoursInputSchema } from "../../workspace/team-hours-schemas";
import {
  createTeamInputSchema,
  deleteTeamInputSchema,
  setAgentCapacityInputSchema,
  setTeamMembersInputSchema,
  updateTeamInputSchema,
} from "../../workspace/team-schemas";
import { updateTeam } from "../../workspace/update-team";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const teamsRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listTeams(ctx.db, ctx.viewer.workspaceId)),
  create: adminProcedure.input(createTeamInputSchema).mutation(({ ctx, input }) => createTeam(ctx.db, ctx.viewer.workspaceId, input)),
  update: adminProcedure.input(updateTeamInputSchema).mutation(({ ctx, input }) => updateTeam(ctx.db, ctx.viewer.workspaceId, input)),
  setMembers: adminProcedure.input(setTeamMembersInputSchema).mutation(({ ctx, input }) => setTeamMembers(ctx.db, ctx.viewer.workspaceId, input)),
  setHours: adminProcedure.input(setTeamHoursInputSchema).mutation(({ ctx, input }) => setTeamHours(ctx.db, ctx.viewer.workspaceId, input)),
  delete: adminProcedure.input(deleteTeamInputSchema).mutation(({ ctx, input }) => deleteTeam(ctx.db, ctx.viewer.workspaceId, input)),
  setCapacity: adminProcedure.input(setAgentCapacityInputSchema).mutation(({ ctx, input }) => setAgentCapacity(ctx.db, ctx.viewer.workspaceId, input)),
});
