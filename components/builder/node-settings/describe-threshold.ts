/** "70% · balanced": the confidence threshold in words. */
export function describeThreshold(value: number): string {
  const percent = `${Math.round(value * 100)}%`;
  if (value >= 0.85) return `${percent} · strict`;
  if (value >= 0.55) return `${percent} · balanced`;
  return `${percent} · relaxed`;
}
