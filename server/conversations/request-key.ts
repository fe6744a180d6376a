/** A customer request's idempotency key: the endpoint it was sent to, and the key the client chose. */
export interface RequestKey {
  kind: "message" | "handoff";
  key: string;
}

/** What an earlier request with a key wrote (ChatRequest): the seqs after and through which its messages are, and its handoff. */
export interface ChatRequestRecord {
  afterSeq: number;
  throughSeq: number;
  handoffId: string | null;
}

export const sameRequestKey = (a: RequestKey | null, b: RequestKey | null) => a?.kind === b?.kind && a?.key === b?.key;
