"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ApiTokenList as ApiTokenListData } from "@/server/workspace/list-api-tokens";
import { ApiTokenForm } from "./api-token-form";
import { ApiTokenRow } from "./api-token-row";
import { ApiTokenSecretNotice } from "./api-token-secret-notice";
import { ApiTokenUsage } from "./api-token-usage";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshApiTokens } from "./use-refresh-api-tokens";

/** Settings → API tokens: create a token (shown once), the list with revoke and delete, and how to use one. */
export function ApiTokenList({ initialData, serverOrigin }: { initialData: ApiTokenListData; serverOrigin: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshApiTokens();
  const list = useQuery({ ...trpc.apiTokens.list.queryOptions(), initialData });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const create = useMutation(
    trpc.apiTokens.create.mutationOptions({
      onSuccess: async (result) => {
        setCreating(false);
        setCreated({ name: result.token.name, secret: result.secret });
        await refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.apiTokens.revoke.mutationOptions({
      onSuccess: async (token) => {
        setNotice(`Revoked “${token.name}”. Requests with it are refused from now on.`);
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.apiTokens.delete.mutationOptions({
      onSuccess: async () => {
        setNotice("Deleted the revoked token from the list.");
        await refresh();
      },
    }),
  );
  const { message, fields } = trpcErrorFields(create.error);
  const actionError = trpcErrorFields(revoke.error ?? remove.error).message;
  const { tokens, maxActive } = list.data;
  const active = tokens.filter((token) => token.revokedAt === null).length;
  // A new token stays on screen until "I've copied it" (or the next one): revoking the old one right after, as when rotating, must not hide it.
  const startAction = () => {
    setNotice(null);
    revoke.reset();
    remove.reset();
  };

  return (
    <div className="space-y-4">
      <div className="flex items-start justify-between gap-4">
        <p className="text-sm text-slate-600">
          API tokens let scripts and other systems use the workspace API: list, import, export and publish flows, and list conversations. A token acts for the
          whole workspace, so give each script its own and revoke it when the script is retired. Tokens are revoked by themselves when the admin who made them
          leaves the workspace or becomes an agent.
          <span className="mt-1 block text-xs text-slate-500">
            {active} of {maxActive} active tokens in use.
          </span>
        </p>
        <Button
          className="shrink-0"
          aria-expanded={creating}
          onClick={() => {
            startAction();
            create.reset();
            setCreating((open) => !open);
          }}
        >
          Create token
        </Button>
      </div>
      {created ? <ApiTokenSecretNotice {...created} onDone={() => setCreated(null)} /> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {actionError ? <Alert tone="error">{actionError}</Alert> : null}
      {list.isError ? <Alert tone="error">Couldn&apos;t refresh the tokens: {list.error.message}. Reload the page to try again.</Alert> : null}
      {creating ? (
        <>
          {active >= maxActive ? (
            <Alert tone="info">This workspace has {maxActive} active tokens, the most it can have: revoke one that is no longer used first.</Alert>
          ) : null}
          <ApiTokenForm
            pending={create.isPending}
            error={message}
            fields={fields}
            onSubmit={(values) => create.mutate(values)}
            onCancel={() => setCreating(false)}
          />
        </>
      ) : null}
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-500">No API tokens yet. Create one for each script or system that should use the API.</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">API tokens</caption>
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Name
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Token
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Created by
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Created
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Last used
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 text-slate-700">
              {tokens.map((token) => (
                <ApiTokenRow
                  key={token.id}
                  token={token}
                  busy={(revoke.isPending && revoke.variables.tokenId === token.id) || (remove.isPending && remove.variables.tokenId === token.id)}
                  onRevoke={() => {
                    if (
                      window.confirm(
                        `Revoke the API token “${token.name}” (${token.prefix}…)? Scripts using it get 401 from their next request on. This can't be undone.`,
                      )
                    ) {
                      startAction();
                      revoke.mutate({ tokenId: token.id });
                    }
                  }}
                  onDelete={() => {
                    if (
                      window.confirm(`Delete the revoked token “${token.name}” from the list? Its record of who made it and when it was last used goes too.`)
                    ) {
                      startAction();
                      remove.mutate({ tokenId: token.id });
                    }
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ApiTokenUsage serverOrigin={serverOrigin} />
    </div>
  );
}
