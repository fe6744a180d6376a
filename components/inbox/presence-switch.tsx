"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import type { InboxPresence } from "./inbox-types";
import { refreshQueries } from "@/components/providers/refresh-queries";

const options: { value: InboxPresence; label: string; dot: string }[] = [
  { value: "ONLINE", label: "Online", dot: "bg-emerald-500" },
  { value: "AWAY", label: "Away", dot: "bg-amber-400" },
  { value: "OFFLINE", label: "Offline", dot: "bg-slate-400" },
];

/** The agent's presence as a segmented radio group ("Your status"); routing only offers conversations to Online agents. */
export function PresenceSwitch({ presence }: { presence: InboxPresence | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const meKey = trpc.inbox.me.queryKey();
  const setPresence = useMutation(
    trpc.inbox.setPresence.mutationOptions({
      // Show the new status at once rather than flicking back until the refetch lands.
      onSuccess: (_result, input) => queryClient.setQueryData(meKey, (me) => (me ? { ...me, presence: input.presence } : me)),
      onSettled: () => refreshQueries(queryClient, { queryKey: meKey }),
    }),
  );
  // Set in the click itself (a discrete event renders at once), so the radio never flicks back while the request runs.
  const [chosen, setChosen] = useState<InboxPresence | null>(null);
  const shown = chosen ?? (setPresence.isPending ? setPresence.variables.presence : presence);

  return (
    <div className="flex items-center gap-2">
      <div role="radiogroup" aria-label="Your status" className="inline-flex rounded-md bg-slate-100 p-0.5">
        {options.map((option) => (
          <label
            key={option.value}
            className={`relative flex cursor-pointer items-center gap-1.5 rounded px-2.5 py-1 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${
              shown === option.value ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"
            }`}
          >
            <input
              type="radio"
              name="inbox-presence"
              value={option.value}
              checked={shown === option.value}
              disabled={presence === undefined}
              onChange={() => {
                setChosen(option.value);
                setPresence.mutate({ presence: option.value }, { onSettled: () => setChosen(null) });
              }}
              className="absolute inset-0 cursor-pointer appearance-none rounded opacity-0"
            />
            <span aria-hidden className={`size-2 rounded-full ${option.dot}`} />
            {option.label}
          </label>
        ))}
      </div>
      {setPresence.isError ? (
        <p role="alert" className="text-xs text-red-700">
          Status not changed: {setPresence.error.message}
        </p>
      ) : null}
    </div>
  );
}
