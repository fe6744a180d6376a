/** The domain of the sender's address ("Tandem <tandem@acme.test>" → acme.test), where this server's Message-IDs live; localhost without one. */
export function messageIdHost(from: string): string {
  const domain = /@([A-Za-z0-9.-]+)/.exec(from)?.[1];
  return domain ? domain.toLowerCase() : "localhost";
}

/** The Message-ID of the e-mail copy of a conversation's message: `<conversationId.seq@host>`, the same on every instance and every retry. */
export const followUpMessageId = (conversationId: string, seq: number, host: string) => `<${conversationId}.${seq}@${host}>`;

/** The conversation and message of a Message-ID made by followUpMessageId (any host), or null for any other id. */
export function parseFollowUpMessageId(messageId: string): { conversationId: string; seq: number } | null {
  const match = /^<([A-Za-z0-9_-]{1,64})\.(\d{1,9})@[^<>\s]+>$/.exec(messageId.trim());
  return match ? { conversationId: match[1]!, seq: Number(match[2]) } : null;
}
