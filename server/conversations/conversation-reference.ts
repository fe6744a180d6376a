/** The short reference a customer and the agents quote for a conversation (e-mail subjects, the chat's confirmation): "#" and the id's last 8 characters. */
export const conversationReference = (conversationId: string) => `#${conversationId.slice(-8).toUpperCase()}`;
