"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { trpcErrorFields } from "./trpc-error-fields";
import { refreshQueries } from "@/components/providers/refresh-queries";

const empty = { name: "", email: "", password: "", role: "AGENT" as "ADMIN" | "AGENT" };

/** Adds a member with an initial password; keeps what was typed when the server says no. */
export function AddMemberForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(empty);
  const [saved, setSaved] = useState<string | null>(null);
  const add = useMutation(
    trpc.members.add.mutationOptions({
      onSuccess: async (result, input) => {
        setSaved(
          result.existingAccount
            ? `${input.email} already had a Tandem account; they sign in with their existing password.`
            : `${input.name} can now sign in as ${input.email}.`,
        );
        setValues(empty);
        await refreshQueries(queryClient, { queryKey: trpc.members.list.queryKey() });
      },
    }),
  );
  const { message, fields } = trpcErrorFields(add.error);
  const set = (key: keyof typeof empty) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  return (
    <form
      noValidate
      aria-label="Add a member"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(null);
        add.mutate(values);
      }}
    >
      <h2 className="text-base font-semibold">Add a member</h2>
      {message ? <Alert tone="error">{message}</Alert> : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" name="name" value={values.name} onChange={set("name")} error={fields.name} autoComplete="off" />
        <Field label="Email" name="email" type="email" value={values.email} onChange={set("email")} error={fields.email} autoComplete="off" />
        <Field
          label="Initial password"
          name="password"
          type="password"
          value={values.password}
          onChange={set("password")}
          error={fields.password}
          hint="At least 8 characters. Share it with them privately."
          autoComplete="new-password"
        />
        <div>
          <label htmlFor="new-member-role" className="block text-sm font-medium text-slate-700">
            Role
          </label>
          <select
            id="new-member-role"
            name="role"
            value={values.role}
            onChange={set("role")}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          >
            <option value="AGENT">Agent — works the inbox</option>
            <option value="ADMIN">Admin — everything, including flows and settings</option>
          </select>
        </div>
      </div>
      <Button type="submit" disabled={add.isPending}>
        {add.isPending ? "Adding…" : "Add member"}
      </Button>
    </form>
  );
}
