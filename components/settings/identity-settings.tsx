"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IdentityHashSnippets } from "./identity-hash-snippets";
import { SecretNotice } from "./secret-notice";
import { trpcErrorFields } from "./trpc-error-fields";

/** Settings → Identity: turn identity verification on or off, and rotate its secret (shown once). */
export function IdentitySettings({ initialData }: { initialData: { enabled: boolean; hasSecret: boolean } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery({ ...trpc.identity.get.queryOptions(), initialData });
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.identity.get.queryKey() });
  const toggle = useMutation(
    trpc.identity.setEnabled.mutationOptions({
      onSuccess: async (result) => {
        if (result.secret) setSecret(result.secret);
        setNotice(result.enabled ? "Identity verification is on: unsigned identities are refused from now on." : "Identity verification is off.");
        await refresh();
      },
    }),
  );
  const rotate = useMutation(
    trpc.identity.rotateSecret.mutationOptions({
      onSuccess: async (result) => {
        setSecret(result.secret);
        setNotice("New secret made. Signatures made with the old one are refused from now on: update your site's server.");
        await refresh();
      },
    }),
  );
  const error = trpcErrorFields(toggle.error ?? rotate.error).message;
  const { enabled, hasSecret } = settings.data;
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm text-slate-600">
        Your site can tell the chat who a signed-in customer is (docs/widget.md, “Identify your customers”). With identity verification on, an identity is
        accepted only with <code>userHash</code>, an HMAC-SHA256 of the customer&apos;s id made with this workspace&apos;s secret on your server: nobody can
        pose as one of your customers. Unsigned or wrongly signed identities are refused and the chat goes on anonymously.
      </p>
      {secret && (
        <SecretNotice
          label="New identity secret"
          title="Copy the identity secret now"
          secretLabel="Identity secret"
          secret={secret}
          onDone={() => setSecret(null)}
        >
          Tandem will not show it again. Keep it on your server only (never in the page); if it is lost or leaks, rotate it.
        </SecretNotice>
      )}
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      <section aria-label="Identity verification" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
        <h2 className="text-base font-semibold text-slate-900">Identity verification is {enabled ? "on" : "off"}</h2>
        <div className="flex flex-wrap gap-2">
          <Button variant={enabled ? "secondary" : "primary"} disabled={toggle.isPending} onClick={() => toggle.mutate({ enabled: !enabled })}>
            {enabled ? "Turn verification off" : "Turn verification on"}
          </Button>
          {hasSecret && (
            <Button variant="secondary" disabled={rotate.isPending} onClick={() => rotate.mutate()}>
              Rotate secret
            </Button>
          )}
        </div>
      </section>
      <IdentityHashSnippets />
    </div>
  );
}
