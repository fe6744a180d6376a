import { describe, expect, it } from "vitest";
import { emptySnapshot, findInboxAlerts } from "@/components/inbox/find-inbox-alerts";
import type { InboxRow } from "@/components/inbox/inbox-types";

const row = (id: string, extra: Partial<InboxRow> = {}): InboxRow => ({
  id,
  status: "QUEUED",
  customerLabel: `Customer ${id}`,
  reason: "button",
  teamName: "Billing",
  priority: 0,
  queuedAt: new Date(0),
  assigneeName: null,
  lastMessage: null,
  unread: false,
  awaitingEmailReply: false,
  ...extra,
});
const said = (at: number, unread = true): Partial<InboxRow> => ({ unread, lastMessage: { author: "customer", text: `at ${at}`, at: new Date(at) } });
const callback = (id: string, remindedAt: Date | null) =>
  row(`c-${id}`, { callback: { id, phone: "+44 20 7946 0000", dueAt: new Date(0), status: "PENDING", remindedAt } });

describe("findInboxAlerts", () => {
  it("alerts nothing on each list's first load, then a new waiting conversation once", () => {
    const first = findInboxAlerts(emptySnapshot(), { unassigned: [row("a")], mine: [row("m")], callbacks: [callback("1", new Date(1))] }, new Set());
    expect(first.alerts).toEqual([]);
    const second = findInboxAlerts(first.seen, { unassigned: [row("a"), row("b")] }, new Set());
    expect(second.alerts).toEqual([
      { key: "waiting:b", conversationId: "b", kind: "waiting", customerLabel: "Customer b", detail: "Pressed Talk to a person", view: "unassigned" },
    ]);
    expect(findInboxAlerts(second.seen, { unassigned: [row("a"), row("b")] }, new Set()).alerts).toEqual([]);
  });

  it("a list that has not loaded yet does not count as empty: its first rows are not news", () => {
    const unassignedOnly = findInboxAlerts(emptySnapshot(), { unassigned: [] }, new Set());
    expect(findInboxAlerts(unassignedOnly.seen, { mine: [row("m")] }, new Set()).alerts).toEqual([]);
  });

  it("a conversation given to me is news; one I accepted in this tab is not", () => {
    const start = findInboxAlerts(emptySnapshot(), { mine: [] }, new Set()).seen;
    const found = findInboxAlerts(start, { mine: [row("given", { status: "ASSIGNED" }), row("accepted", { status: "ASSIGNED" })] }, new Set(["accepted"]));
    expect(found.alerts.map((alert) => [alert.kind, alert.conversationId, alert.view])).toEqual([["assigned", "given", "mine"]]);
  });

  it("a new unread customer message in one of mine comes back as a message, once; reading it and the bot's lines do not", () => {
    let seen = findInboxAlerts(emptySnapshot(), { mine: [row("m", said(100, false))] }, new Set()).seen;
    const found = findInboxAlerts(seen, { mine: [row("m", said(200))] }, new Set());
    expect(found.messages.map((r) => r.id)).toEqual(["m"]);
    expect(found.alerts).toEqual([]);
    seen = found.seen;
    expect(findInboxAlerts(seen, { mine: [row("m", said(200))] }, new Set()).messages).toEqual([]);
    seen = findInboxAlerts(seen, { mine: [row("m", said(200, false))] }, new Set()).seen;
    const botLine = { unread: true, lastMessage: { author: "bot" as const, text: "…", at: new Date(300) } };
    expect(findInboxAlerts(seen, { mine: [row("m", botLine)] }, new Set()).messages).toEqual([]);
  });

  it("a callback is news when its due-time reminder has gone out since the last look, once", () => {
    const start = findInboxAlerts(emptySnapshot(), { callbacks: [callback("1", null), callback("2", new Date(5))] }, new Set()).seen;
    const due = findInboxAlerts(start, { callbacks: [callback("1", new Date(10)), callback("2", new Date(5))] }, new Set());
    expect(due.alerts).toEqual([
      { key: "callback_due:1", conversationId: "c-1", kind: "callback_due", customerLabel: "Customer c-1", detail: "+44 20 7946 0000", view: "callbacks" },
    ]);
    expect(findInboxAlerts(due.seen, { callbacks: [callback("1", new Date(10))] }, new Set()).alerts).toEqual([]);
  });
});
