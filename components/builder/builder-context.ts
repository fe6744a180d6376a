/** What the builder knows about the workspace, for pickers in the settings panels. */
export interface BuilderContext {
  teams: { id: string; name: string }[];
  /** Every knowledge-base article; drafts are listed (marked) but the bot does not search them. */
  articles: { id: string; title: string; published: boolean }[];
  /** Variables usable in {{templates}}: built-in, declared and written by nodes. */
  variables: string[];
  /** Nodes an escalation trigger may lead to. */
  nodes: { id: string; label: string }[];
}
