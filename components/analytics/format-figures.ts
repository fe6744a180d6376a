/** How the dashboard writes its figures: "—" for nothing to show, never a misleading 0. */
export const formatCount = (n: number | null) => (n === null ? "—" : n.toLocaleString("en"));

export const formatPercent = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(share > 0 && share < 0.1 ? 1 : 0)}%`);

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(seconds / 3600)}h ${String(Math.floor((seconds % 3600) / 60)).padStart(2, "0")}m`;
}

export const formatRating = (average: number | null) => (average === null ? "—" : `${average.toFixed(2)} / 5`);

/** The change against the previous period, with whether it is good news (lower is better for waits, escalations, abandonment). */
export function formatChange(change: number | null, lowerIsBetter: boolean): { text: string; tone: "good" | "bad" | "flat" } {
  if (change === null) return { text: "no earlier data", tone: "flat" };
  if (Math.abs(change) < 0.005) return { text: "no change", tone: "flat" };
  const up = change > 0;
  return { text: `${up ? "▲" : "▼"} ${Math.abs(change * 100).toFixed(0)}% vs previous`, tone: up === !lowerIsBetter ? "good" : "bad" };
}
