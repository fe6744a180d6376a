"use client";

import { CopyField } from "@/components/builder/panels/copy-field";
import { Button } from "@/components/ui/button";

/** A new API token, shown this once with a Copy button: Tandem keeps only its hash. */
export function ApiTokenSecretNotice({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  return (
    <section aria-label="Your new API token" className="space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-5">
      <h2 className="text-base font-semibold text-amber-900">Token “{name}” created — copy it now</h2>
      <p className="text-sm text-amber-900">
        You won&apos;t see this token again: Tandem stores only a hash of it, and the list shows just its first characters. Put it where your script
        reads its secrets. If you lose it, revoke it and create a new one.
      </p>
      <CopyField label="API token" value={secret} />
      <Button variant="secondary" onClick={onDone}>
        I&apos;ve copied it
      </Button>
    </section>
  );
}
