/** One line of the preview conversation. */
export interface PreviewLine {
  author: "bot" | "customer" | "system";
  text: string;
  choices?: { id: string; label: string }[];
}

/** The context package a handoff gives the agent, as the preview shows it. */
export interface PreviewHandoff {
  kind: string;
  reason: string;
  teamId: string;
  context: {
    summary: string;
    reason: string;
    intent: { name: string; confidence: number } | null;
    sentimentTrend: number[];
    tried: { articles: { id: string; title: string }[]; rephrases: number };
    variables: Record<string, unknown>;
  };
}
