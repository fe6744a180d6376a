/** How much of an article's body a Self-service step shows in the chat; the settings page tells admins to put the answer first. */
export const ARTICLE_EXCERPT_LENGTH = 280;

/** An article's body as the chat shows it: cut at ARTICLE_EXCERPT_LENGTH characters, with an ellipsis. */
export const articleExcerpt = (body: string) => (body.length > ARTICLE_EXCERPT_LENGTH ? `${body.slice(0, ARTICLE_EXCERPT_LENGTH).trimEnd()}…` : body);
