"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorFields } from "@/components/settings/trpc-error-fields";
import { Button } from "@/components/ui/button";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** Inline rename in the flows list: Enter saves, Escape cancels; the chat link stays the same. */
export function RenameFlowForm({ flow, onDone }: { flow: { id: string; name: string }; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(flow.name);
  const rename = useMutation(
    trpc.flows.rename.mutationOptions({
      onSuccess: async () => {
        await refreshQueries(queryClient, { queryKey: trpc.flows.list.queryKey() });
        onDone();
      },
    }),
  );
  const { message, fields } = trpcErrorFields(rename.error);
  const error = fields.name ?? message;
  return (
    <form
      noValidate
      aria-label={`Rename ${flow.name}`}
      className="flex flex-wrap items-start gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        rename.mutate({ flowId: flow.id, name });
      }}
    >
      <div className="min-w-48 flex-1">
        <input
          autoFocus
          aria-label="Flow name"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `rename-${flow.id}-error` : undefined}
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") onDone();
          }}
          className={`block w-full rounded-md border px-2 py-1.5 text-sm focus:outline-none focus:ring-2 ${error ? "border-red-400 focus:ring-red-200" : "border-slate-300 focus:ring-brand-100"}`}
        />
        {error ? (
          <p id={`rename-${flow.id}-error`} className="mt-1 text-xs text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={rename.isPending} className="py-1.5">
        {rename.isPending ? "Saving…" : "Save name"}
      </Button>
      <Button variant="ghost" className="py-1.5" onClick={onDone}>
        Cancel
      </Button>
    </form>
  );
}
