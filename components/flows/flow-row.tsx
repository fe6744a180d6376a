"use client";

import Link from "next/link";
import { useState } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { Button } from "@/components/ui/button";
import { FlowStatusBadge } from "./flow-status-badge";
import { formatRelativeTime } from "./format-relative-time";
import { RenameFlowForm } from "./rename-flow-form";

export type FlowSummary = inferRouterOutputs<AppRouter>["flows"]["list"][number];

/** One flow in the list: name (or the inline rename form), status, last edit, recent chats and actions. */
export function FlowRow({
  flow,
  busy,
  onDuplicate,
  onExport,
  onDelete,
}: {
  flow: FlowSummary;
  busy: boolean;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const editedBy = flow.updatedByName ? ` by ${flow.updatedByName}` : "";
  return (
    <tr data-testid="flow-row">
      <td className="px-4 py-3 align-top">
        {renaming ? (
          <RenameFlowForm flow={flow} onDone={() => setRenaming(false)} />
        ) : (
          <>
            <Link href={`/flows/${flow.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
              {flow.name}
            </Link>
            <p className="text-xs text-slate-500">
              /c/{flow.slug} · {flow.nodeCount} {flow.nodeCount === 1 ? "step" : "steps"}
            </p>
          </>
        )}
      </td>
      <td className="px-4 py-3 align-top">
        <FlowStatusBadge publishedVersion={flow.publishedVersion} hasUnpublishedChanges={flow.hasUnpublishedChanges} />
      </td>
      <td className="px-4 py-3 align-top text-slate-600">
        <time dateTime={flow.updatedAt.toISOString()} title={flow.updatedAt.toLocaleString()}>
          {formatRelativeTime(flow.updatedAt)}
        </time>
        {editedBy}
      </td>
      <td className="px-4 py-3 text-right align-top tabular-nums text-slate-700">{flow.conversationsLast7Days.toLocaleString()}</td>
      <td className="px-4 py-3 align-top">
        <div className="flex flex-wrap justify-end gap-1">
          <Link
            href={`/flows/${flow.id}`}
            aria-label={`Open ${flow.name}`}
            className="inline-flex items-center rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-brand-700"
          >
            Open
          </Link>
          <Button variant="ghost" aria-label={`Rename ${flow.name}`} disabled={renaming} onClick={() => setRenaming(true)}>
            Rename
          </Button>
          <Button variant="ghost" aria-label={`Duplicate ${flow.name}`} disabled={busy} onClick={onDuplicate}>
            {busy ? "Duplicating…" : "Duplicate"}
          </Button>
          <Button variant="ghost" aria-label={`Export ${flow.name}`} onClick={onExport}>
            Export
          </Button>
          <Button variant="ghost" aria-label={`Delete ${flow.name}`} className="text-red-700 hover:bg-red-50 hover:text-red-800" onClick={onDelete}>
            Delete
          </Button>
        </div>
      </td>
    </tr>
  );
}
