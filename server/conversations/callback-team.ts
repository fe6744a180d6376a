import "server-only";
import { engineStateSchema } from "../engine/engine-state";
import { reachOf } from "../flow/flow-graph";
import type { BusinessHoursSpec } from "../handoff/business-hours";
import { hoursOf } from "../handoff/team-availability";
import { loadFlowVersion } from "./load-flow-version";
import type { DbClient } from "../db/db-client";

export interface CallbackTeam {
  id: string;
  name: string;
  hours: BusinessHoursSpec | null;
}

/**
 * The team that will make the call: the conversation's own (it was routed or
 * handed off), else the one the engine follows, else the team of the node
 * the bot waits at, else the flow's first callback or handoff node with a
 * team. Null when the flow names no team (then any time is "open").
 */
export async function callbackTeam(
  db: DbClient,
  conversation: { workspaceId: string; teamId: string | null; state: unknown; flowVersionId: string },
): Promise<CallbackTeam | null> {
  const state = engineStateSchema.safeParse(conversation.state);
  const candidates = [conversation.teamId, state.success ? state.data.teamId : null];
  const flow = await loadFlowVersion(db, conversation.flowVersionId);
  const waitingAt = state.success ? state.data.waiting?.nodeId : undefined;
  // Callback and handoff nodes each name one team (a route names many: its choice is already in the state).
  const teamNodes = flow.nodes.flatMap((node) => {
    const reach = reachOf(node);
    return reach && reach.via !== "route" ? [{ id: node.id, via: reach.via, team: reach.team(node.data) }] : [];
  });
  candidates.push(...teamNodes.filter((node) => node.id === waitingAt).map((node) => node.team));
  candidates.push(...teamNodes.filter((node) => node.via === "callback").map((node) => node.team));
  candidates.push(...teamNodes.filter((node) => node.via !== "callback").map((node) => node.team));
  const ids = [...new Set(candidates.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return null;
  const teams = await db.team.findMany({ where: { id: { in: ids }, workspaceId: conversation.workspaceId }, include: { businessHours: true } });
  const team = ids.map((id) => teams.find((row) => row.id === id)).find((row) => row !== undefined);
  return team ? { id: team.id, name: team.name, hours: hoursOf(team) } : null;
}
