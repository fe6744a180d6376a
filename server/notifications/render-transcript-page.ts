import type { readWorkspaceConversation } from "../contacts/read-workspace-conversation";

type Conversation = Awaited<ReturnType<typeof readWorkspaceConversation>>;

const when = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

function lines(conversation: Conversation): { at: string; who: string; text: string }[] {
  return conversation.messages.map((message) => ({
    at: when(message.createdAt),
    who:
      message.author === "customer"
        ? (conversation.customer.name ?? conversation.contact?.name ?? "Customer")
        : message.author === "agent"
          ? (message.agentName ?? "Agent")
          : message.author === "bot"
            ? "Bot"
            : "",
    text: message.text,
  }));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * A transcript link's answer for people rather than programs: plain text
 * (Accept: text/plain) or a bare HTML page (a browser), times in UTC, the
 * customer's words as text — never markup.
 */
export function renderTranscriptPage(conversation: Conversation, format: "text" | "html"): string {
  const title = `Conversation ${conversation.id} — ${conversation.flow.name}`;
  const header = [title, `Started ${when(conversation.createdAt)} UTC · status ${conversation.status}`];
  const summary = (conversation.handoff?.context as { summary?: unknown } | null)?.summary;
  if (typeof summary === "string" && summary) header.push(`Summary: ${summary}`);
  if (format === "text") {
    const body = lines(conversation).map((line) => `[${line.at}] ${line.who ? `${line.who}: ` : ""}${line.text.replace(/\r?\n/g, "\n    ")}`);
    return `${[...header, "", ...body].join("\n")}\n`;
  }
  const items = lines(conversation)
    .map((line) => `<li><time>${line.at}</time> ${line.who ? `<b>${escapeHtml(line.who)}</b>: ` : ""}<span>${escapeHtml(line.text)}</span></li>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#111827}ol{list-style:none;padding:0}li{margin:.5rem 0;white-space:pre-wrap}time{color:#6b7280;font-size:12px}</style>
</head><body><h1>${escapeHtml(title)}</h1>
${header
  .slice(1)
  .map((line) => `<p>${escapeHtml(line)}</p>`)
  .join("\n")}
<ol>
${items}
</ol></body></html>
`;
}
