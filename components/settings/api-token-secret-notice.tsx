"use client";

import { SecretNotice } from "./secret-notice";

/** A new API token, shown this once with a Copy button: Tandem keeps only its hash. */
export function ApiTokenSecretNotice({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  return (
    <SecretNotice label="Your new API token" title={`Token “${name}” created — copy it now`} secretLabel="API token" secret={secret} onDone={onDone}>
      You won&apos;t see this token again: Tandem stores only a hash of it, and the list shows just its first characters. Put it where your script reads its
      secrets. If you lose it, revoke it and create a new one.
    </SecretNotice>
  );
}
