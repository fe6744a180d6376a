import "server-only";
import type { Runtime } from "../runtime/runtime";
import { enginePortsFor } from "../conversations/engine-ports-for";
import { teamDirectory } from "../conversations/team-names";
import { engineStateSchema, initialEngineState, type EngineState } from "../engine/engine-state";
import { turn } from "../engine/turn";
import { validateDraft } from "../flow/validate-draft";
import { DomainError } from "../errors";
import { outboundPolicyOf } from "../outbound/outbound-policy-of";
import { checkDraftSize } from "./check-draft-size";
import type { PreviewFlowTurnInput } from "./flow-editor-schemas";

/**
 * One turn of the builder's preview chat on the unsaved draft, with the
 * workspace's real NLU, knowledge base and team availability — but nothing
 * is written: a preview never reaches the inbox or the analytics. The client
 * keeps the returned state and sends it back with the next input.
 */
export async function previewFlowTurn(runtime: Runtime, workspaceId: string, input: PreviewFlowTurnInput) {
  checkDraftSize(input.draft);
  const teams = await runtime.db.team.findMany({ where: { workspaceId }, select: { id: true } });
  const { document, problems } = validateDraft(input.draft, { teamIds: teams.map((team) => team.id), outbound: outboundPolicyOf(runtime) });
  const ports = enginePortsFor(runtime, workspaceId);
  if (input.agents !== "live") {
    const real = ports.availability.team;
    const available = input.agents === "available";
    ports.availability = {
      ...ports.availability,
      team: async (teamId) => {
        const team = await real(teamId);
        return team && { ...team, open: available, agentsOnline: available ? 1 : 0 };
      },
    };
  }
  const result = await turn(
    document,
    previousState(input.input.kind === "start" ? null : input.state),
    input.input,
    ports,
    await teamDirectory(runtime.db, runtime.cache, workspaceId),
  );
  return {
    state: result.state,
    messages: result.messages,
    effects: result.effects,
    waitingNodeId: result.state.waiting?.nodeId ?? null,
    visitedNodeIds: result.events.flatMap((event) => (event.type === "node_visit" && event.nodeId ? [event.nodeId] : [])),
    /** Why the bot escalated, offered a person or found no article: shown in the preview so admins can tune the triggers. */
    triggers: result.events.flatMap((event) => (event.type === "trigger" && event.data ? [event.data] : [])),
    problems,
  };
}

function previousState(raw: unknown): EngineState {
  if (raw === null || raw === undefined) return initialEngineState();
  const parsed = engineStateSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("BAD_REQUEST", "The preview lost track of this conversation. Restart the preview.");
  return parsed.data;
}
