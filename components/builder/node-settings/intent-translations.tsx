"use client";

import type { NodeData } from "@/server/flow/node-catalog";
import { LinesTextarea } from "./controls/lines-textarea";
import type { ErrorLookup } from "./node-form";

type Intent = NodeData<"understand">["intents"][number];

/** The languages the classifier has a stemmer for, besides English. */
const LANGUAGES = [
  ["es", "Spanish"],
  ["fr", "French"],
  ["de", "German"],
  ["pt", "Portuguese"],
] as const;

/** Example phrases of one intent in other languages: customers detected as writing in one are classified with these. */
export function IntentTranslations({ intent, path, onChange, error }: { intent: Intent; path: string; onChange(intent: Intent): void; error: ErrorLookup }) {
  const count = intent.translations.length;
  const setLanguage = (language: string, examples: string[]) => {
    const others = intent.translations.filter((translation) => translation.language !== language);
    onChange({ ...intent, translations: examples.length ? [...others, { language, examples }] : others });
  };
  return (
    <details className="rounded border border-slate-200 px-2 py-1" open={count > 0}>
      <summary className="cursor-pointer text-xs font-medium text-slate-600">Example phrases in other languages{count ? ` (${count})` : ""}</summary>
      <div className="mt-2 space-y-2">
        {LANGUAGES.map(([code, name]) => {
          const index = intent.translations.findIndex((translation) => translation.language === code);
          return (
            <LinesTextarea
              key={code}
              label={`In ${name} (${code})`}
              hint={code === "es" ? "For customers writing in this language; leave empty to use the phrases above." : undefined}
              value={index >= 0 ? intent.translations[index]!.examples : []}
              onChange={(examples) => setLanguage(code, examples)}
              error={index >= 0 ? error(`${path}.translations.${index}.examples`) : undefined}
              rows={2}
            />
          );
        })}
      </div>
    </details>
  );
}
