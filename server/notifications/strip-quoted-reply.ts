/** Lines where the quoted history of a reply begins: everything from the first one on is dropped. */
const HISTORY_STARTS = [
  /^On .+wrote:\s*$/i, // Gmail, Apple Mail, Thunderbird ("On Mon, 1 Dec 2026 at 10:00, Tandem <…> wrote:")
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i, // Outlook, older clients
  /^-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
  /^_{10,}\s*$/, // Outlook's rule above the quoted headers
  /^From:\s.+$/i, // Outlook's quoted header block (From: … Sent: …)
  /^—\s*$/, // the footer line of our own e-mails, when a client quotes without ">"
];

/**
 * The new part of an e-mail reply: the lines before the quoted history
 * (lines starting with ">", an "On … wrote:" line, an "Original Message" or
 * underscore separator, a quoted "From:" header, our own footer rule) and
 * before a signature ("-- "), trimmed. A reply that is only a quote reads
 * as empty. Deliberately simple — no per-client heuristics beyond these.
 */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (line === "-- " || line === "--") break;
    if (HISTORY_STARTS.some((pattern) => pattern.test(line.trim()))) break;
    // "On Mon, 1 Dec 2026 at 10:00, Tandem" / "<tandem@acme.test> wrote:" — a client that wrapped the line.
    if (/^On\s/i.test(line.trim()) && /wrote:\s*$/i.test(lines[index + 1]?.trim() ?? "")) break;
    if (line.trimStart().startsWith(">")) continue;
    kept.push(line);
  }
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
