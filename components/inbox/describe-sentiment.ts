function mood(score: number): string {
  if (score <= -0.5) return "Very negative";
  if (score < -0.1) return "Negative";
  if (score <= 0.1) return "Neutral";
  return "Positive";
}

/**
 * The customer's mood in words from the sentiment of their recent messages
 * (-1 … 1, oldest first): the latest mood and, with two or more, where it is
 * heading — "Negative, getting worse".
 */
export function describeSentiment(trend: readonly number[]): string {
  const last = trend.at(-1);
  if (last === undefined) return "No messages scored yet";
  const first = trend[0] ?? last;
  if (trend.length < 2) return mood(last);
  const change = last - first;
  const heading = change <= -0.2 ? "getting worse" : change >= 0.2 ? "improving" : "steady";
  return `${mood(last)}, ${heading}`;
}

/** The colour of one sentiment dot. */
export function sentimentTone(score: number): string {
  if (score <= -0.5) return "bg-red-500";
  if (score < -0.1) return "bg-amber-400";
  if (score <= 0.1) return "bg-slate-300";
  return "bg-emerald-500";
}
