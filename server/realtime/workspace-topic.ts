const PREFIX = "workspace.";

/**
 * The bus topic of workspace-wide changes that belong to no conversation
 * (agent presence). Published like a conversation id with seq 0; conversation
 * ids never contain a dot.
 */
export const workspaceTopic = (workspaceId: string) => `${PREFIX}${workspaceId}`;

/** The workspace id of a workspace topic, or null for a conversation id. */
export const workspaceOfTopic = (topic: string): string | null => (topic.startsWith(PREFIX) ? topic.slice(PREFIX.length) : null);
