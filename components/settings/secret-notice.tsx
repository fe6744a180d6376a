"use client";

import { CopyField } from "@/components/builder/panels/copy-field";
import { Button } from "@/components/ui/button";

export interface SecretNoticeProps {
  /** The section's accessible name. */
  label: string;
  title: string;
  /** Why it is shown only once and what to do if it is lost. */
  children: React.ReactNode;
  secretLabel: string;
  secret: string;
  onDone: () => void;
}

/** A secret shown this once, with a Copy button and "I've copied it": Tandem keeps only what cannot give it back. */
export function SecretNotice({ label, title, children, secretLabel, secret, onDone }: SecretNoticeProps) {
  return (
    <section aria-label={label} className="space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-5">
      <h2 className="text-base font-semibold text-amber-900">{title}</h2>
      <p className="text-sm text-amber-900">{children}</p>
      <CopyField label={secretLabel} value={secret} />
      <Button variant="secondary" onClick={onDone}>
        I&apos;ve copied it
      </Button>
    </section>
  );
}
