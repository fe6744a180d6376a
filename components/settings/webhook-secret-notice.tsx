"use client";

import { CopyField } from "@/components/builder/panels/copy-field";
import { Button } from "@/components/ui/button";

/** The signing secret, shown this once (after creating an endpoint or rotating its secret) with a Copy button. */
export function WebhookSecretNotice({ url, secret, rotated, onDone }: { url: string; secret: string; rotated: boolean; onDone: () => void }) {
  return (
    <section aria-label="Signing secret" className="space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-5">
      <h2 className="text-base font-semibold text-amber-900">{rotated ? "New signing secret" : "Endpoint added"} — copy its secret now</h2>
      <p className="text-sm text-amber-900">
        Deliveries to <span className="font-mono break-all">{url}</span> are signed with this secret. It is shown only this once; if you lose it,
        rotate it.{rotated ? " The old secret no longer verifies, including for retries of earlier events." : ""}
      </p>
      <CopyField label="Signing secret" value={secret} />
      <Button variant="secondary" onClick={onDone}>
        I&apos;ve copied it
      </Button>
    </section>
  );
}
