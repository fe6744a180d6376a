"use client";

import { useSyncExternalStore } from "react";
import { CopyField } from "@/components/builder/panels/copy-field";

const subscribe = () => () => {};

const calls = [
  ["GET /api/v1/flows", "lists the flows"],
  ["POST /api/v1/flows", "imports a flow document as a draft"],
  ["GET /api/v1/flows/{id}", "exports a flow"],
  ["POST /api/v1/flows/{id}/publish", "validates and publishes it"],
  ["GET /api/v1/conversations", "lists the newest conversations"],
] as const;

const Code = ({ children }: { children: React.ReactNode }) => <code className="font-mono text-xs text-slate-800">{children}</code>;

/** How to call the workspace API with a token, against this very server (the browser's origin once it runs, the request's before). */
export function ApiTokenUsage({ serverOrigin }: { serverOrigin: string }) {
  const origin = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => serverOrigin,
  );
  const example = `export TANDEM_TOKEN=tdm_…   # the token you copied\ncurl -s ${origin}/api/v1/flows \\\n  -H "Authorization: Bearer $TANDEM_TOKEN"`;
  return (
    <section aria-label="How to use" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <h2 className="text-base font-semibold text-slate-900">How to use</h2>
      <p className="text-sm text-slate-600">
        Send the token as <Code>Authorization: Bearer tdm_…</Code> to the workspace API. Every call, its answer and its errors are described in{" "}
        <Code>docs/api.md</Code> in Tandem&apos;s source.
      </p>
      <ul className="grid gap-x-6 gap-y-1 text-sm text-slate-600 sm:grid-cols-2">
        {calls.map(([call, does]) => (
          <li key={call}>
            <Code>{call}</Code> {does}
          </li>
        ))}
      </ul>
      <CopyField label="Example request" value={example} rows={3} />
      <p className="text-sm text-slate-500">
        An unknown or revoked token gets <Code>401</Code>. On the server, an operator can also make one without the browser:{" "}
        <Code>npm run cli -- api-token create --email you@example.com --name &quot;deploy script&quot;</Code>.
      </p>
    </section>
  );
}
