import { reasonLabel } from "@/server/engine/reason-label";
import type { InboxRow } from "./inbox-types";
import type { InboxView } from "./inbox-views";

/** Something the agent should hear about: a conversation waiting, one given to them, a callback due now. */
export interface InboxAlert {
  /** Unique per alert (a conversation can be waiting, then assigned). */
  key: string;
  conversationId: string;
  kind: "waiting" | "assigned" | "callback_due";
  customerLabel: string;
  /** The reason in words, or the phone number to call. */
  detail: string | null;
  /** Where opening it goes. */
  view: InboxView;
}

/** What the agent had already seen of each list; null until that list first loaded (a first load alerts nothing). */
export interface AlertSnapshot {
  unassigned: Set<string> | null;
  /** Each of my conversations, with the time of the customer's message it was last seen unread at (0: read). */
  mine: Map<string, number> | null;
  /** Callbacks whose due-time reminder was already seen. */
  reminded: Set<string> | null;
}

export const emptySnapshot = (): AlertSnapshot => ({ unassigned: null, mine: null, reminded: null });

const unreadAt = (row: InboxRow) => (row.unread && row.lastMessage?.author === "customer" ? row.lastMessage.at.getTime() : 0);

/**
 * Compares the inbox's lists with what was seen before. New in Unassigned:
 * a conversation waiting. New in Mine and not taken by this tab itself: one
 * given to the agent (auto-assignment, a transfer). A callback whose
 * reminder went out since: due now. A customer message in one of my
 * conversations, new and unread: returned in `messages` (a chime, no toast:
 * the row shows it). Pure.
 */
export function findInboxAlerts(
  seen: AlertSnapshot,
  lists: { unassigned?: InboxRow[]; mine?: InboxRow[]; callbacks?: InboxRow[] },
  takenHere: ReadonlySet<string>,
): { alerts: InboxAlert[]; messages: InboxRow[]; seen: AlertSnapshot } {
  const alerts: InboxAlert[] = [];
  const messages: InboxRow[] = [];
  const next: AlertSnapshot = { ...seen };
  if (lists.unassigned) {
    if (seen.unassigned) {
      for (const row of lists.unassigned) {
        if (!seen.unassigned.has(row.id)) alerts.push(alertOf(row, "waiting", reasonLabel(row.reason), "unassigned"));
      }
    }
    next.unassigned = new Set(lists.unassigned.map((row) => row.id));
  }
  if (lists.mine) {
    if (seen.mine) {
      for (const row of lists.mine) {
        const before = seen.mine.get(row.id);
        if (before === undefined) {
          if (!takenHere.has(row.id)) alerts.push(alertOf(row, "assigned", reasonLabel(row.reason), "mine"));
        } else if (unreadAt(row) > before) {
          messages.push(row);
        }
      }
    }
    next.mine = new Map(lists.mine.map((row) => [row.id, unreadAt(row)]));
  }
  if (lists.callbacks) {
    const reminded = lists.callbacks.filter((row) => row.callback?.remindedAt);
    if (seen.reminded) {
      for (const row of reminded) {
        if (!seen.reminded.has(row.callback!.id)) alerts.push(alertOf(row, "callback_due", row.callback!.phone, "callbacks"));
      }
    }
    next.reminded = new Set(reminded.map((row) => row.callback!.id));
  }
  return { alerts, messages, seen: next };
}

function alertOf(row: InboxRow, kind: InboxAlert["kind"], detail: string | null, view: InboxView): InboxAlert {
  return { key: `${kind}:${row.callback?.id ?? row.id}`, conversationId: row.id, kind, customerLabel: row.customerLabel, detail, view };
}
