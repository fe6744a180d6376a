/** The sentiment threshold (−1 furious … 0 neutral) in words an admin recognises. */
export function describeSentiment(threshold: number): string {
  if (threshold <= -0.85) return "Furious";
  if (threshold <= -0.6) return "Very upset";
  if (threshold <= -0.35) return "Upset";
  if (threshold <= -0.15) return "Annoyed";
  return "Slightly unhappy";
}
