import { buildContextPackage } from "../build-context-package";
import { waitAt } from "../engine-state";
import type { TurnContext } from "../turn-context";
import type { Step } from "../turn-types";

/**
 * Shared by warm and cold handoffs: queue for the team when it is open and
 * someone is online — even when they are all at capacity, the queue then
 * waits up to the team's max wait for room — otherwise take the no_agent
 * exit (usually a callback).
 */
export async function enterHandoff(
  ctx: TurnContext,
  node: { id: string; data: { teamId: string; waitingText: string } },
  kind: "WARM" | "COLD",
  introduction: string | null,
): Promise<Step> {
  const teamId = node.data.teamId || ctx.state.teamId;
  if (!teamId) {
    ctx.ports.log("error", "handoff without a team", { nodeId: node.id });
    return { port: "no_agent" };
  }
  ctx.state.teamId = teamId;
  ctx.state.variables.team_name = ctx.teamName(teamId);
  const team = await ctx.ports.availability.team(teamId);
  if (!team || !team.open || team.agentsOnline === 0) {
    ctx.events.push({ type: "trigger", nodeId: node.id, data: { noAgent: team ? (team.open ? "nobody_online" : "closed") : "unknown_team" } });
    return { port: "no_agent" };
  }
  const reason = ctx.state.escalationReason ?? "flow";
  ctx.state.escalationReason = reason;
  ctx.say(node.data.waitingText, {}, node.id);
  ctx.effects.push({
    type: "handoff",
    kind,
    reason,
    teamId,
    nodeId: node.id,
    introduction: introduction === null ? null : introduction,
    context: await buildContextPackage(ctx, reason),
  });
  ctx.state.status = "human";
  return { wait: waitAt(node.id, "human") };
}
