"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorFields } from "./trpc-error-fields";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** An agent's capacity (conversations at once, 1–50), saved when the admin leaves the field or presses Enter. */
export function CapacityInput({ membershipId, name, maxConcurrent }: { membershipId: string; name: string; maxConcurrent: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [value, setValue] = useState(String(maxConcurrent));
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.teams.setCapacity.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await refreshQueries(queryClient, { queryKey: trpc.members.list.queryKey() });
      },
    }),
  );
  const { message, fields } = trpcErrorFields(save.error);
  const error = fields.maxConcurrent ?? message;
  const commit = () => {
    if (value.trim() === String(maxConcurrent) && !save.error) return;
    save.mutate({ membershipId, maxConcurrent: value.trim() === "" ? Number.NaN : Number(value) });
  };

  return (
    <form
      noValidate
      className="flex flex-col gap-1"
      onSubmit={(event) => {
        event.preventDefault();
        commit();
      }}
    >
      <div className="flex items-center gap-2">
        <input
          type="number"
          min={1}
          max={50}
          step={1}
          aria-label={`Max conversations for ${name}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={value}
          disabled={save.isPending}
          onChange={(event) => {
            setSaved(false);
            setValue(event.target.value);
          }}
          onBlur={commit}
          className={`w-16 rounded-md border px-2 py-1 text-sm ${error ? "border-red-400" : "border-slate-300"}`}
        />
        {save.isPending ? <span className="text-xs text-slate-500">Saving…</span> : null}
        {saved ? (
          <span role="status" className="text-xs text-emerald-700">
            Saved
          </span>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
