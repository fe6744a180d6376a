import type { InboxConversation } from "./inbox-types";

/** Above the transcript of an e-mail follow-up: where replies go, whether one is still owed, and why none can go out when the server has no SMTP. */
export function EmailFollowUpBanner({ followUp }: { followUp: NonNullable<InboxConversation["emailFollowUp"]> }) {
  if (!followUp.available) {
    return (
      <p role="status" className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900" data-testid="email-follow-up-banner">
        The customer asked for a reply by e-mail at <strong>{followUp.to}</strong>, but this server cannot send e-mail (SMTP_URL is not set). Replies stay in
        the chat only — write to them from your own mail, or ask an admin to set up SMTP.
      </p>
    );
  }
  return (
    <p role="status" className="border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900" data-testid="email-follow-up-banner">
      {followUp.awaitingSince ? <strong>Awaiting e-mail reply. </strong> : null}
      The customer left this message for a reply by e-mail: your replies go to <strong>{followUp.to}</strong> and stay in this transcript.
    </p>
  );
}
