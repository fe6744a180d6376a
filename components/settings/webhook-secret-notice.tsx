"use client";

import { SecretNotice } from "./secret-notice";

/** The signing secret, shown this once (after creating an endpoint or rotating its secret) with a Copy button. */
export function WebhookSecretNotice({ url, secret, rotated, onDone }: { url: string; secret: string; rotated: boolean; onDone: () => void }) {
  return (
    <SecretNotice
      label="Signing secret"
      title={`${rotated ? "New signing secret" : "Endpoint added"} — copy its secret now`}
      secretLabel="Signing secret"
      secret={secret}
      onDone={onDone}
    >
      Deliveries to <span className="font-mono break-all">{url}</span> are signed with this secret. It is shown only this once; if you lose it, rotate it.
      {rotated ? " The old secret no longer verifies, including for retries of earlier events." : ""}
    </SecretNotice>
  );
}
