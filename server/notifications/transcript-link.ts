import "server-only";
import { transcriptLinkSettings } from "./transcript-link-settings";
import { transcriptLinkSignature } from "./transcript-link-signature";

/** A signed link to a conversation's transcript, valid for TRANSCRIPT_LINK_DAYS from `now` (GET /api/v1/transcripts/{id}). */
export function transcriptLink(conversationId: string, now: Date): { mode: "link"; url: string; expiresAt: string } {
  const settings = transcriptLinkSettings();
  const expires = Math.floor(now.getTime() / 1000) + settings.days * 86_400;
  const sig = transcriptLinkSignature(settings.authSecret, conversationId, expires);
  const url = `${settings.appUrl}/api/v1/transcripts/${encodeURIComponent(conversationId)}?expires=${expires}&sig=${sig}`;
  return { mode: "link", url, expiresAt: new Date(expires * 1000).toISOString() };
}
