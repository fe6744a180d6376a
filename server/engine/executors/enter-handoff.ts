import { buildContextPackage } from "../build-context-package";
import { waitAt } from "../engine-state";
import type { TurnContext } from "../turn-context";
import type { NoAgentCause, Step } from "../turn-types";

/**
 * Shared by warm and cold handoffs: queue for the team when it is open and
 * someone is online — even when they are all at capacity, the queue then
 * waits up to the team's max wait for room — otherwise take the no_agent
 * exit (usually a callback). A handoff that found nobody is still an
 * escalation: it is told as a `no_agent` effect (recorded as a handoff that
 * ended at once, for analytics and the contact's history).
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
    return noAgent(ctx, node.id, kind, null, "no_team");
  }
  ctx.state.teamId = teamId;
  ctx.state.variables.team_name = ctx.teamName(teamId);
  const team = await ctx.ports.availability.team(teamId);
  if (!team || !team.open || team.agentsOnline === 0) {
    return noAgent(ctx, node.id, kind, team ? teamId : null, team ? (team.open ? "nobody_online" : "closed") : "unknown_team");
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

/** The no_agent exit: the trigger event the canvas reads, and the effect that records the escalation that found nobody. */
async function noAgent(ctx: TurnContext, nodeId: string, kind: "WARM" | "COLD", teamId: string | null, cause: NoAgentCause): Promise<Step> {
  ctx.events.push({ type: "trigger", nodeId, data: { noAgent: cause } });
  const reason = ctx.state.escalationReason ?? "flow";
  ctx.effects.push({ type: "no_agent", kind, reason, teamId, nodeId, cause, context: await buildContextPackage(ctx, reason) });
  return { port: "no_agent" };
}
