"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UndoToast, type Toast } from "./undo-toast";
import { UnrecognisedGroupRow, type GroupView } from "./unrecognised-group-row";
import { DaysPicker, type Days } from "@/components/analytics/days-picker";

/**
 * Analytics → what the bot didn't understand: customer messages no intent
 * placed, grouped by wording; teach one to an intent of the flow's draft in
 * one click, or dismiss it — each with an Undo.
 */
export function UnrecognisedScreen({ initialFlowId = null }: { initialFlowId?: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [days, setDays] = useState<Days>(30);
  const [flowId, setFlowId] = useState<string | null>(initialFlowId);
  const [toast, setToast] = useState<Toast | null>(null);
  const list = useQuery(trpc.flowAnalytics.unrecognised.queryOptions({ flowId, days }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.flowAnalytics.unrecognised.queryKey() });
  const fail = (error: { message: string }) => setToast({ message: `${error.message}`, undo: null });
  const addExample = useMutation(trpc.flowAnalytics.addExample.mutationOptions({ onSettled: refresh, onError: fail }));
  const removeExample = useMutation(trpc.flowAnalytics.removeExample.mutationOptions({ onSettled: refresh, onError: fail }));
  const dismiss = useMutation(trpc.flowAnalytics.dismiss.mutationOptions({ onSettled: refresh, onError: fail }));
  const restore = useMutation(trpc.flowAnalytics.restore.mutationOptions({ onSettled: refresh, onError: fail }));
  const busy = addExample.isPending || removeExample.isPending || dismiss.isPending || restore.isPending;
  const targetsOf = (id: string) => list.data?.flows.find((flow) => flow.id === id)?.targets ?? [];

  const add = (group: GroupView, target: { nodeId: string; intentId: string; intentName: string }, text: string) => {
    const input = { flowId: group.flowId, nodeId: target.nodeId, intentId: target.intentId, text: text.slice(0, 300) };
    addExample.mutate(input, {
      onSuccess: (result) =>
        setToast({
          message: result.changed
            ? `Added “${text}” to ${result.intentName} in the draft of ${group.flowName}. Preview it, then publish.`
            : `“${text}” is already an example of ${result.intentName}.`,
          undo: result.changed
            ? () => removeExample.mutate(input, { onSuccess: () => setToast({ message: "Removed the example phrase again.", undo: null }) })
            : null,
          link: { href: `/flows/${group.flowId}`, label: "Open builder" },
        }),
    });
  };
  const dismissGroup = (group: GroupView) => {
    const input = { flowId: group.flowId, phraseKey: group.phraseKey };
    dismiss.mutate(input, {
      onSuccess: () =>
        setToast({
          message: `Dismissed “${group.samples[0]?.text ?? group.phraseKey}”.`,
          undo: () => restore.mutate(input, { onSuccess: () => setToast(null) }),
        }),
    });
  };

  return (
    <>
      <PageHeader
        title="What the bot didn't understand"
        description="Customer messages that no intent matched (low confidence, asked to rephrase), grouped by similar wording. Teach each one to an intent, or dismiss it."
        actions={
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <select
              aria-label="Flow"
              className="rounded-md border border-slate-300 px-2 py-1.5"
              value={flowId ?? ""}
              onChange={(event) => setFlowId(event.target.value || null)}
            >
              <option value="">All flows</option>
              {list.data?.flows.map((flow) => (
                <option key={flow.id} value={flow.id}>
                  {flow.name}
                </option>
              ))}
            </select>
            <DaysPicker days={days} onChange={setDays} />
          </div>
        }
      />
      {list.isError ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {list.error.message} Reload the page to try again.
        </p>
      ) : list.isPending ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : list.data.groups.length === 0 ? (
        <EmptyState title="Nothing misunderstood in this period">
          <p>When a customer writes something no intent matches, it shows here, grouped with similar wordings. Try a longer period, or another flow.</p>
        </EmptyState>
      ) : (
        <ul className="space-y-3" aria-label="Unrecognised messages">
          {list.data.groups.map((group) => (
            <UnrecognisedGroupRow
              key={`${group.flowId}:${group.phraseKey}`}
              group={group}
              targets={targetsOf(group.flowId)}
              busy={busy}
              onAdd={(target, text) => add(group, target, text)}
              onDismiss={() => dismissGroup(group)}
            />
          ))}
        </ul>
      )}
      <UndoToast toast={toast} onClose={() => setToast(null)} />
    </>
  );
}
