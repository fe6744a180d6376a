import Link from "next/link";
import { conversationOutcome } from "./conversation-outcome";

export interface ContactHistoryRow {
  id: string;
  createdAt: Date;
  status: string;
  reason: string | null;
  outcome: string | null;
  rating: number | null;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A contact's conversations: date, why, how it ended, rating — each a link to its transcript on the contact's page. */
export function ContactHistory({ contactId, rows, label }: { contactId: string; rows: readonly ContactHistoryRow[]; label: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">No earlier conversations.</p>;
  return (
    <ol aria-label={label} className="space-y-2">
      {rows.map((row) => {
        const { reason, outcome } = conversationOutcome(row);
        return (
          <li key={row.id} className="rounded-md border border-slate-200 p-2 text-xs">
            <Link href={`/contacts/${contactId}?conversation=${row.id}`} className="font-medium text-brand-700 hover:underline">
              {dateFormat.format(new Date(row.createdAt))}
            </Link>
            <p className="text-slate-700">
              {reason} · {outcome}
              {row.rating ? ` · rated ${row.rating}/5` : ""}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
