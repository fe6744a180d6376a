"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FlowSummary } from "./flow-row";
import { Modal } from "./modal";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** Confirms a delete, saying plainly whether the flow will be deleted or (having conversations) archived. */
export function DeleteFlowDialog({
  flow,
  onClose,
  onDone,
}: {
  flow: FlowSummary | null;
  onClose: () => void;
  onDone: (flow: FlowSummary, archived: boolean) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.flows.delete.mutationOptions({
      onSuccess: (result, input) => {
        if (flow && flow.id === input.flowId) onDone(flow, result.archived);
      },
      onSettled: () => refreshQueries(queryClient, { queryKey: trpc.flows.list.queryKey() }),
    }),
  );
  const archives = flow?.hasConversations ?? false;
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal open={flow !== null} onClose={close} title={archives ? `Archive “${flow?.name}”?` : `Delete “${flow?.name}”?`}>
      {flow ? (
        <div className="space-y-4 text-sm text-slate-700">
          {archives ? (
            <>
              <p>
                Customers have chatted with this flow, so it will be <strong>archived</strong> rather than deleted. Its chat link stops taking new chats
                straight away; its past conversations stay in the inbox and in analytics.
              </p>
              <p>The flow disappears from this list.</p>
            </>
          ) : (
            <p>
              Nobody has chatted with this flow yet, so it will be <strong>deleted permanently</strong>, with its published versions. This can&apos;t be undone
              — export it first if you might want it back.
            </p>
          )}
          {remove.error ? <Alert tone="error">{remove.error.message}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ flowId: flow.id })}>
              {remove.isPending ? (archives ? "Archiving…" : "Deleting…") : archives ? "Archive flow" : "Delete flow"}
            </Button>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
