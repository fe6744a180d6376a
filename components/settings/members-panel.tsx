"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { AddMemberForm } from "./add-member-form";
import { CapacityInput } from "./capacity-input";
import { SignInAlertsPanel } from "./sign-in-alerts-panel";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** Settings → Members: who is in the workspace, their roles, and adding or removing people. */
export function MembersPanel({ currentMembershipId }: { currentMembershipId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.members.list.queryOptions());
  const signInAlerts = useQuery(trpc.members.signInAlerts.queryOptions());
  const failuresOf = (membershipId: string) => signInAlerts.data?.find((alert) => alert.membershipId === membershipId)?.failures ?? 0;
  const refresh = () => refreshQueries(queryClient, { queryKey: trpc.members.list.queryKey() });
  // What a change did beyond the row itself (tokens revoked), said once after it.
  const [notice, setNotice] = useState<string | null>(null);
  const nameOf = (membershipId: string) => members.data?.find((member) => member.membershipId === membershipId)?.name ?? "The member";
  const revokedWords = (name: string, count: number) =>
    count ? ` The ${count === 1 ? "API token" : `${count} API tokens`} ${name} made ${count === 1 ? "was" : "were"} revoked.` : "";
  const changeRole = useMutation(
    trpc.members.changeRole.mutationOptions({
      onMutate: () => setNotice(null),
      onSuccess: (result, input) => {
        const name = nameOf(input.membershipId);
        setNotice(`${name} is now ${input.role === "ADMIN" ? "an admin" : "an agent"}.${revokedWords(name, result.revokedTokens)}`);
      },
      onSettled: refresh,
    }),
  );
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onMutate: () => setNotice(null),
      onSuccess: (result, input) => {
        const name = nameOf(input.membershipId);
        setNotice(`${name} was removed from the workspace.${revokedWords(name, result.revokedTokens)}`);
      },
      onSettled: refresh,
    }),
  );
  const actionError = changeRole.error ?? remove.error;

  return (
    <div className="space-y-6">
      {actionError ? <Alert tone="error">{actionError.message}</Alert> : null}
      {notice && !actionError ? <Alert tone="success">{notice}</Alert> : null}
      <SignInAlertsPanel alerts={signInAlerts.data ?? []} />
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Workspace members</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="px-4 py-2 font-medium">Name</th>
              <th className="px-4 py-2 font-medium">Teams</th>
              <th className="px-4 py-2 font-medium">Role</th>
              <th className="px-4 py-2 font-medium" title="Most conversations routing gives them at once">
                Max chats
              </th>
              <th className="px-4 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.isPending ? (
              <tr>
                <td colSpan={5} className="px-4 py-6 text-center text-slate-500">
                  Loading members…
                </td>
              </tr>
            ) : members.isError ? (
              <tr>
                <td colSpan={5} className="px-4 py-6 text-center text-red-700">
                  Couldn&apos;t load members: {members.error.message}{" "}
                  <button className="underline" onClick={() => members.refetch()}>
                    Retry
                  </button>
                </td>
              </tr>
            ) : (
              members.data.map((member) => {
                const isYou = member.membershipId === currentMembershipId;
                const failures = failuresOf(member.membershipId);
                return (
                  <tr key={member.membershipId} data-testid="member-row">
                    <td className="px-4 py-3">
                      <p className="font-medium text-slate-900">
                        {member.name} {isYou ? <Badge tone="brand">you</Badge> : null}
                      </p>
                      <p className="text-slate-500">{member.email}</p>
                      {failures ? (
                        <p className="text-xs text-amber-800">
                          {failures} failed sign-in{failures === 1 ? "" : "s"} in 24 h
                        </p>
                      ) : null}
                    </td>
                    <td className="px-4 py-3 text-slate-600">{member.teams.map((team) => team.name).join(", ") || "—"}</td>
                    <td className="px-4 py-3">
                      <select
                        aria-label={`Role of ${member.name}`}
                        value={member.role}
                        disabled={changeRole.isPending}
                        onChange={(event) => changeRole.mutate({ membershipId: member.membershipId, role: event.target.value as "ADMIN" | "AGENT" })}
                        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
                      >
                        <option value="ADMIN">Admin</option>
                        <option value="AGENT">Agent</option>
                      </select>
                    </td>
                    <td className="px-4 py-3">
                      <CapacityInput membershipId={member.membershipId} name={member.name} maxConcurrent={member.maxConcurrent} />
                    </td>
                    <td className="px-4 py-3 text-right">
                      {isYou ? null : (
                        <Button
                          variant="danger"
                          aria-label={`Remove ${member.name}`}
                          disabled={remove.isPending}
                          onClick={() => {
                            if (
                              window.confirm(
                                `Remove ${member.name} from this workspace? Their past messages stay; their open conversations go back to the queue and any API tokens they made are revoked.`,
                              )
                            ) {
                              remove.mutate({ membershipId: member.membershipId });
                            }
                          }}
                        >
                          Remove
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      <AddMemberForm />
    </div>
  );
}
