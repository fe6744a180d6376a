import type { AnalyticsReport } from "@/server/analytics/load-analytics";
import { formatChange, formatCount, formatDuration, formatPercent, formatRating } from "./format-figures";

type Kpis = AnalyticsReport["kpis"];
type Figure = Kpis[keyof Kpis];

interface Card {
  key: keyof Kpis;
  label: string;
  format: (value: number | null) => string;
  lowerIsBetter: boolean;
  hint: string;
}

const CARDS: Card[] = [
  { key: "started", label: "Conversations", format: formatCount, lowerIsBetter: false, hint: "started in the period" },
  { key: "containmentRate", label: "Bot containment", format: formatPercent, lowerIsBetter: false, hint: "ended without a person" },
  { key: "escalationRate", label: "Escalation rate", format: formatPercent, lowerIsBetter: true, hint: "asked for or sent to a person" },
  { key: "waitP50Seconds", label: "Time to a person (p50)", format: formatDuration, lowerIsBetter: true, hint: "handoff to accept" },
  { key: "waitP90Seconds", label: "Time to a person (p90)", format: formatDuration, lowerIsBetter: true, hint: "9 in 10 waited less" },
  { key: "abandonedInQueue", label: "Abandoned in queue", format: formatCount, lowerIsBetter: true, hint: "left before anyone joined" },
  { key: "noAgent", label: "No agent", format: formatCount, lowerIsBetter: true, hint: "handoffs that found nobody" },
  { key: "firstReplyP50Seconds", label: "First human reply (p50)", format: formatDuration, lowerIsBetter: true, hint: "handoff to first agent message" },
  { key: "handleP50Seconds", label: "Handle time (p50)", format: formatDuration, lowerIsBetter: true, hint: "accept to finish" },
  { key: "resolutionRate", label: "Resolved after handoff", format: formatPercent, lowerIsBetter: false, hint: "of finished handoffs" },
  { key: "handedBack", label: "Handed back to the bot", format: formatCount, lowerIsBetter: false, hint: "agent returned the chat" },
  { key: "csat", label: "CSAT", format: formatRating, lowerIsBetter: false, hint: "average rating, 1–5" },
  { key: "repeatEscalations", label: "Repeat escalations", format: formatCount, lowerIsBetter: true, hint: "needed a person again within 7 days" },
];

const TONES = { good: "text-emerald-700", bad: "text-red-700", flat: "text-slate-500" } as const;

/** The headline figures, each with the previous period's and the change. */
export function KpiCards({ kpis }: { kpis: Kpis }) {
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-5" aria-label="Key figures">
      {CARDS.map((card) => {
        const figure: Figure = kpis[card.key];
        const change = formatChange(figure.change, card.lowerIsBetter);
        return (
          <li key={card.key} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`kpi-${card.key}`}>
            <p className="text-xs font-medium text-slate-500">{card.label}</p>
            <p className="mt-1 text-2xl font-semibold text-slate-900" data-testid="kpi-value">
              {card.format(figure.current)}
            </p>
            <p className={`mt-1 text-xs ${TONES[change.tone]}`}>
              {change.text}
              <span className="text-slate-400"> · before: {card.format(figure.previous)}</span>
            </p>
            <p className="mt-0.5 text-[11px] text-slate-400">{card.hint}</p>
          </li>
        );
      })}
    </ul>
  );
}
