"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TeamSummary as Team } from "@/server/workspace/list-teams";
import { NewTeamForm } from "./new-team-form";
import { TeamEditor } from "./team-editor";
import { TeamSummary } from "./team-summary";

/** Settings → Teams: every team at a glance, a form for a new one, and an editor per team. */
export function TeamsList({ initialTeams }: { initialTeams: Team[] }) {
  const trpc = useTRPC();
  const teams = useQuery({ ...trpc.teams.list.queryOptions(), initialData: initialTeams });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-slate-600">Teams take the conversations flows hand off to people, inside their business hours.</p>
        <Button
          aria-expanded={creating}
          onClick={() => {
            setNotice(null);
            setCreating((open) => !open);
          }}
        >
          New team
        </Button>
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {teams.isError ? <Alert tone="error">Couldn&apos;t refresh the teams: {teams.error.message}. Reload the page to try again.</Alert> : null}
      {creating ? (
        <NewTeamForm
          onCancel={() => setCreating(false)}
          onCreated={(team) => {
            setCreating(false);
            setEditing(team.teamId);
            setNotice(`${team.name} created. Choose its people, business hours and routing below.`);
          }}
        />
      ) : null}
      {teams.data.length === 0 ? <p className="text-sm text-slate-500">No teams yet. Create one, then hand off to it from a flow.</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {teams.data.map((team) => {
          const open = editing === team.id;
          return (
            <li key={team.id} className={`rounded-xl border border-slate-200 bg-white p-5 ${open ? "md:col-span-2" : ""}`} aria-label={`Team ${team.name}`}>
              <div className="flex items-start justify-between gap-2">
                <h2 className="text-base font-semibold">{team.name}</h2>
                <Button variant="secondary" aria-label={`Edit ${team.name}`} aria-expanded={open} onClick={() => setEditing(open ? null : team.id)}>
                  Edit
                </Button>
              </div>
              <TeamSummary team={team} />
              {open ? (
                <TeamEditor
                  team={team}
                  onClose={() => setEditing(null)}
                  onDeleted={(name) => {
                    setEditing(null);
                    setNotice(`${name} deleted.`);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
