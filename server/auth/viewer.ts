import type { Role } from "../db/generated/enums";

/** The signed-in person as every server check sees them: always from the database, never from a stale token. */
export interface Viewer {
  userId: string;
  name: string;
  email: string;
  membershipId: string;
  role: Role;
  workspaceId: string;
  workspaceName: string;
}
