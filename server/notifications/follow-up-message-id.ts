/** The domain of the sender's address ("Tandem <tandem@acme.test>" → acme.test), where this server's Message-IDs live; localhost without one. */
export function messageIdHost(from: string): string {
  const domain = /@([A-Za-z0-9.-]+)/.exec(from)?.[1];
  return domain ? domain.toLowerCase() : "localhost";
}

/** The Message-ID of the e-mail copy of a conversation's message: `<conversationId.seq@host>`, the same on every instance and every retry. */
export const followUpMessageId = (conversationId: string, seq: number, host: string) => `<${conversationId}.${seq}@${host}>`;
