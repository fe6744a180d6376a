"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { DeleteFlowDialog } from "./delete-flow-dialog";
import { downloadJson } from "./download-json";
import { FlowRow, type FlowSummary } from "./flow-row";
import { refreshQueries } from "@/components/providers/refresh-queries";

type Notice = { tone: "success" | "error"; text: string; link?: { href: string; label: string } };

/** Every flow of the workspace with its status and actions; loading, empty and error states included. */
export function FlowsList({ onCreate }: { onCreate: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const flows = useQuery(trpc.flows.list.queryOptions());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleting, setDeleting] = useState<FlowSummary | null>(null);
  const refresh = () => refreshQueries(queryClient, { queryKey: trpc.flows.list.queryKey() });
  const duplicate = useMutation(
    trpc.flows.duplicate.mutationOptions({
      onSuccess: (copy) => setNotice({ tone: "success", text: `Created “${copy.name}”.`, link: { href: `/flows/${copy.id}`, label: `Open ${copy.name}` } }),
      onError: (error) => setNotice({ tone: "error", text: `Couldn't duplicate the flow: ${error.message}` }),
      onSettled: refresh,
    }),
  );
  const exportFlow = async (flow: FlowSummary) => {
    try {
      const file = await queryClient.fetchQuery({ ...trpc.flows.exportDocument.queryOptions({ flowId: flow.id }), staleTime: 0 });
      downloadJson(file.fileName, file.document);
    } catch (error) {
      setNotice({ tone: "error", text: `Couldn't export “${flow.name}”: ${error instanceof Error ? error.message : "try again."}` });
    }
  };

  if (flows.isPending) {
    return (
      <p role="status" className="rounded-xl border border-slate-200 bg-white px-4 py-8 text-center text-sm text-slate-500">
        Loading flows…
      </p>
    );
  }
  if (flows.isError) {
    return (
      <Alert tone="error">
        Couldn&apos;t load your flows: {flows.error.message}{" "}
        <button className="font-medium underline" onClick={() => flows.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }
  return (
    <div className="space-y-4">
      {notice ? (
        <Alert tone={notice.tone}>
          {notice.text}{" "}
          {notice.link ? (
            <Link href={notice.link.href} className="font-medium underline">
              {notice.link.label}
            </Link>
          ) : null}
        </Alert>
      ) : null}
      {flows.data.length === 0 ? (
        <EmptyState title="No flows yet">
          <p>
            A flow is your bot, drawn step by step: greet the customer, understand the question, answer from your knowledge base, and hand over to your team
            when the bot can&apos;t help.
          </p>
          <p>Start from a template — it&apos;s ready to test in minutes — or import a flow you exported before.</p>
          <div className="pt-2">
            <Button onClick={onCreate}>Create your first flow</Button>
          </div>
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Flows</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">Name</th>
                <th className="px-4 py-2 font-medium">Status</th>
                <th className="px-4 py-2 font-medium">Last edited</th>
                <th className="px-4 py-2 text-right font-medium">Chats, last 7 days</th>
                <th className="px-4 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {flows.data.map((flow) => (
                <FlowRow
                  key={flow.id}
                  flow={flow}
                  busy={duplicate.isPending && duplicate.variables?.flowId === flow.id}
                  onDuplicate={() => {
                    setNotice(null);
                    duplicate.mutate({ flowId: flow.id });
                  }}
                  onExport={() => exportFlow(flow)}
                  onDelete={() => setDeleting(flow)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DeleteFlowDialog
        flow={deleting}
        onClose={() => setDeleting(null)}
        onDone={(flow, archived) => {
          setDeleting(null);
          setNotice({ tone: "success", text: archived ? `“${flow.name}” was archived: its chat link no longer starts chats.` : `“${flow.name}” was deleted.` });
        }}
      />
    </div>
  );
}
