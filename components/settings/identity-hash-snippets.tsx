"use client";

import { useState } from "react";
import { CopyField } from "@/components/builder/panels/copy-field";
import { IDENTIFY_CALL, IDENTITY_HASH_EXAMPLES } from "./identity-hash-examples";

/** Settings → Identity, "Sign on your server": the userHash in four server languages (one shown at a time), and the page's call. */
export function IdentityHashSnippets() {
  const [language, setLanguage] = useState(IDENTITY_HASH_EXAMPLES[0].language);
  const example = IDENTITY_HASH_EXAMPLES.find((candidate) => candidate.language === language) ?? IDENTITY_HASH_EXAMPLES[0];
  return (
    <section aria-label="Sign on your server" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <h2 className="text-base font-semibold text-slate-900">Sign on your server</h2>
      <p className="text-sm text-slate-600">
        Compute <code>userHash</code> where the customer signs in to your site, with the secret kept in your server&apos;s environment as{" "}
        <code>TANDEM_IDENTITY_SECRET</code>, and put it in the page with the same id.
      </p>
      <div role="radiogroup" aria-label="Server language" className="flex flex-wrap gap-1">
        {IDENTITY_HASH_EXAMPLES.map((candidate) => (
          <button
            key={candidate.language}
            type="button"
            role="radio"
            aria-checked={candidate.language === example.language}
            onClick={() => setLanguage(candidate.language)}
            className={
              candidate.language === example.language
                ? "rounded-md bg-brand-600 px-2.5 py-1 text-xs font-medium text-white"
                : "rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
            }
          >
            {candidate.language}
          </button>
        ))}
      </div>
      <CopyField label={`${example.language} example`} value={example.code} rows={example.code.split("\n").length} />
      <CopyField label="In the page" value={IDENTIFY_CALL} rows={2} />
    </section>
  );
}
