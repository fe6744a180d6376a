import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { engineStateSchema } from "../engine/engine-state";
import type { BusinessHoursSpec } from "../handoff/business-hours";
import { hoursOf } from "../handoff/team-availability";
import { loadFlowVersion } from "./load-flow-version";

export interface CallbackTeam {
  id: string;
  name: string;
  hours: BusinessHoursSpec | null;
}

const TEAM_NODES = new Set(["callback", "handoff_warm", "handoff_cold"]);

/**
 * The team that will make the call: the conversation's own (it was routed or
 * handed off), else the one the engine follows, else the team of the node
 * the bot waits at, else the flow's first callback or handoff node with a
 * team. Null when the flow names no team (then any time is "open").
 */
export async function callbackTeam(
  db: PrismaClient,
  conversation: { workspaceId: string; teamId: string | null; state: unknown; flowVersionId: string },
): Promise<CallbackTeam | null> {
  const state = engineStateSchema.safeParse(conversation.state);
  const candidates = [conversation.teamId, state.success ? state.data.teamId : null];
  const flow = await loadFlowVersion(db, conversation.flowVersionId);
  const waitingAt = state.success ? state.data.waiting?.nodeId : undefined;
  const teamNodes = flow.nodes.filter((node) => TEAM_NODES.has(node.type));
  const teamOf = (node: (typeof teamNodes)[number]) => ("teamId" in node.data && typeof node.data.teamId === "string" ? node.data.teamId : "");
  candidates.push(...teamNodes.filter((node) => node.id === waitingAt).map(teamOf));
  candidates.push(...teamNodes.filter((node) => node.type === "callback").map(teamOf));
  candidates.push(...teamNodes.filter((node) => node.type !== "callback").map(teamOf));
  const ids = [...new Set(candidates.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return null;
  const teams = await db.team.findMany({ where: { id: { in: ids }, workspaceId: conversation.workspaceId }, include: { businessHours: true } });
  const team = ids.map((id) => teams.find((row) => row.id === id)).find((row) => row !== undefined);
  return team ? { id: team.id, name: team.name, hours: hoursOf(team) } : null;
}
