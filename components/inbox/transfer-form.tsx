"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorFields } from "@/components/settings/trpc-error-fields";
import { Button } from "@/components/ui/button";
import type { InboxConversation } from "./inbox-types";
import { useRefreshInbox } from "./use-refresh-inbox";

const presenceWords = { ONLINE: "online", AWAY: "away", OFFLINE: "offline" } as const;

/** Moves the conversation to another team's queue or straight to an agent, with an optional note for them. */
export function TransferForm({ conversation, onDone }: { conversation: InboxConversation; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshInbox();
  const teams = useQuery(trpc.inbox.teams.queryOptions());
  const agents = useQuery(trpc.inbox.agents.queryOptions());
  const [target, setTarget] = useState<"team" | "agent">("team");
  const [teamId, setTeamId] = useState("");
  const [agentUserId, setAgentUserId] = useState("");
  const [note, setNote] = useState("");
  const id = useId();
  const transfer = useMutation(
    trpc.inbox.transfer.mutationOptions({
      onSuccess: (_result, input) => {
        const name = input.teamId
          ? teams.data?.find((team) => team.id === input.teamId)?.name
          : agents.data?.find((agent) => agent.userId === input.agentUserId)?.name;
        onDone(`Transferred to ${name ?? "the new owner"}.`);
      },
      onSettled: () => refresh(conversation.id),
    }),
  );
  const { message, fields } = trpcErrorFields(transfer.error);
  const choices = target === "team" ? teams : agents;
  const chosen = target === "team" ? teamId : agentUserId;

  return (
    <form
      aria-label="Transfer"
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = note.trim() || undefined;
        transfer.mutate(
          target === "team" ? { conversationId: conversation.id, teamId, note: trimmed } : { conversationId: conversation.id, agentUserId, note: trimmed },
        );
      }}
    >
      {message ? (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
      <div role="radiogroup" aria-label="Transfer to" className="flex gap-4 text-sm">
        {(["team", "agent"] as const).map((value) => (
          <label key={value} className="flex items-center gap-1.5">
            <input type="radio" name={`${id}-target`} checked={target === value} onChange={() => setTarget(value)} className="accent-brand-600" />
            {value === "team" ? "A team" : "An agent"}
          </label>
        ))}
      </div>
      <label htmlFor={`${id}-to`} className="block text-sm font-medium text-slate-700">
        {target === "team" ? "Team" : "Agent"}
      </label>
      <select
        id={`${id}-to`}
        value={chosen}
        onChange={(event) => (target === "team" ? setTeamId : setAgentUserId)(event.target.value)}
        aria-invalid={fields.teamId || fields.agentUserId ? true : undefined}
        className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
      >
        <option value="">{choices.isPending ? "Loading…" : choices.isError ? "Couldn't load — try again later" : "Choose…"}</option>
        {target === "team"
          ? teams.data?.map((team) => (
              <option key={team.id} value={team.id} disabled={team.id === conversation.team?.id}>
                {team.name} — {team.open ? "open" : "closed"}, {team.agentsOnline} online
              </option>
            ))
          : agents.data
              ?.filter((agent) => agent.userId !== conversation.assignee?.id)
              .map((agent) => (
                <option key={agent.userId} value={agent.userId}>
                  {agent.name} — {presenceWords[agent.presence]}, {agent.activeCount} of {agent.maxConcurrent}
                </option>
              ))}
      </select>
      {(fields.teamId ?? fields.agentUserId) ? <p className="text-xs text-red-700">{fields.teamId ?? fields.agentUserId}</p> : null}
      <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-700">
        Note for them <span className="font-normal text-slate-500">(optional)</span>
      </label>
      <textarea
        id={`${id}-note`}
        value={note}
        rows={2}
        onChange={(event) => setNote(event.target.value)}
        aria-invalid={fields.note ? true : undefined}
        className="block w-full resize-y rounded-md border border-slate-300 px-2 py-1.5 text-sm"
      />
      {fields.note ? <p className="text-xs text-red-700">{fields.note}</p> : null}
      <Button type="submit" variant="secondary" disabled={!chosen || transfer.isPending} className="w-full">
        {transfer.isPending ? "Transferring…" : "Transfer"}
      </Button>
    </form>
  );
}
