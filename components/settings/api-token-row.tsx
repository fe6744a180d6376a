"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ApiTokenView } from "@/server/workspace/api-token-view";
import { RelativeTime } from "./relative-time";

export interface ApiTokenRowProps {
  token: ApiTokenView;
  busy: boolean;
  onRevoke: () => void;
  onDelete: () => void;
}

/** One token in the list: what it is for, its prefix, who made it and when, its last use and whether it still works. */
export function ApiTokenRow({ token, busy, onRevoke, onDelete }: ApiTokenRowProps) {
  const revoked = token.revokedAt !== null;
  return (
    <tr aria-label={`API token ${token.name}`} className={revoked ? "text-slate-500" : undefined}>
      <td className="px-4 py-3 font-medium break-all text-slate-900">{token.name}</td>
      <td className="px-4 py-3 font-mono text-xs whitespace-nowrap">{token.prefix}…</td>
      <td className="px-4 py-3">{token.createdByName ?? <span className="italic">a deleted account</span>}</td>
      <td className="px-4 py-3 whitespace-nowrap">
        <RelativeTime date={token.createdAt} />
      </td>
      <td className="px-4 py-3 whitespace-nowrap">{token.lastUsedAt ? <RelativeTime date={token.lastUsedAt} /> : "Never"}</td>
      <td className="px-4 py-3 whitespace-nowrap">
        {token.revokedAt ? (
          <>
            <Badge>Revoked</Badge> <RelativeTime date={token.revokedAt} />
          </>
        ) : (
          <Badge tone="brand">Active</Badge>
        )}
      </td>
      <td className="px-4 py-3 text-right">
        {revoked ? (
          <Button variant="ghost" disabled={busy} aria-label={`Delete ${token.name}`} onClick={onDelete}>
            Delete
          </Button>
        ) : (
          <Button variant="danger" disabled={busy} aria-label={`Revoke ${token.name}`} onClick={onRevoke}>
            Revoke
          </Button>
        )}
      </td>
    </tr>
  );
}
