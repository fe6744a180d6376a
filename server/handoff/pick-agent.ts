import type { AssignmentPolicy } from "../db/generated/client";

export interface Candidate {
  membershipId: string;
  userId: string;
  name: string;
  maxConcurrent: number;
  /** Conversations assigned to them now. */
  active: number;
}

/**
 * Whom a team's policy gives the next conversation, among its online agents
 * with room: LEAST_BUSY the one with the fewest conversations (ties by
 * membership order); ROUND_ROBIN the next after the last one assigned.
 * MANUAL (or nobody with room): nobody.
 */
export function pickAgent(policy: AssignmentPolicy, candidates: Candidate[], lastAssignedId: string | null): Candidate | null {
  const open = candidates.filter((c) => c.active < c.maxConcurrent).sort((a, b) => (a.membershipId < b.membershipId ? -1 : 1));
  if (policy === "MANUAL" || open.length === 0) return null;
  if (policy === "LEAST_BUSY") return open.reduce((best, c) => (c.active < best.active ? c : best));
  return open.find((c) => lastAssignedId !== null && c.membershipId > lastAssignedId) ?? open[0]!;
}
