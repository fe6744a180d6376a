import { reasonLabel } from "../engine/reason-label";

export interface WaitAlertFacts {
  customer: string;
  team: string;
  reason: string | null;
  waitSeconds: number;
  lastMessage: string | null;
  link: string;
}

const LAST_MESSAGE_CHARS = 500;

/** The alert e-mail: subject, plain text, and a simple HTML body in which every value is escaped. */
export function waitAlertEmail(facts: WaitAlertFacts) {
  const wait = formatWait(facts.waitSeconds);
  const reason = reasonLabel(facts.reason) ?? "Not recorded";
  const last = facts.lastMessage ? truncate(facts.lastMessage.replace(/\s+/g, " ").trim(), LAST_MESSAGE_CHARS) : null;
  const subject = oneLine(`${facts.customer} has waited ${wait} for ${facts.team}`);
  const rows: [string, string][] = [
    ["Customer", facts.customer],
    ["Team", facts.team],
    ["Reason", reason],
    ["Waiting", wait],
    ["Last message", last ?? "(no message yet)"],
  ];
  const text = [
    `${facts.customer} has been waiting ${wait} for someone from ${facts.team}, and nobody has accepted yet.`,
    "",
    ...rows.map(([label, value]) => `${label}: ${value}`),
    "",
    `Open the conversation: ${facts.link}`,
    "",
    "You get this because you are in this team. One e-mail per waiting conversation.",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">
<p><strong>${escapeHtml(facts.customer)}</strong> has been waiting <strong>${escapeHtml(wait)}</strong> for someone from ${escapeHtml(facts.team)}, and nobody has accepted yet.</p>
<table cellpadding="4" style="border-collapse:collapse">${rows
    .map(([label, value]) => `<tr><th align="left" style="color:#475569;font-weight:600">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("")}</table>
<p><a href="${escapeHtml(facts.link)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:8px 14px;border-radius:6px;text-decoration:none">Open the conversation</a></p>
<p style="color:#64748b;font-size:12px">You get this because you are in this team. One e-mail per waiting conversation.</p>
</body></html>`;
  return { subject, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}

/** 45 s, 2 min, 1 h 5 min. */
function formatWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** A customer's name goes into the subject: no line breaks that could add headers. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, " ").slice(0, 200);
}
