"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorFields } from "@/components/settings/trpc-error-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { attributesToLines, linesToAttributes } from "./attribute-lines";

interface EditableContact {
  id: string;
  name: string | null;
  email: string | null;
  attributes: [string, string | number | boolean][];
}

/** Correct a contact's name, e-mail and attributes; says when it saved, and keeps what was typed on an error. */
export function ContactEditor({ contact }: { contact: EditableContact }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState(contact.name ?? "");
  const [email, setEmail] = useState(contact.email ?? "");
  const [attributes, setAttributes] = useState(attributesToLines(contact.attributes));
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.contacts.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
    }),
  );
  const { message, fields } = trpcErrorFields(save.error);
  return (
    <form
      aria-label="Edit contact"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        save.mutate({ contactId: contact.id, name, email, attributes: Object.fromEntries(linesToAttributes(attributes)) });
      }}
    >
      <Field label="Name" value={name} onChange={(event) => setName(event.target.value)} error={fields.name} />
      <Field label="E-mail" type="email" value={email} onChange={(event) => setEmail(event.target.value)} error={fields.email} />
      <div>
        <label htmlFor="contact-attributes" className="block text-sm font-medium text-slate-700">
          Attributes
        </label>
        <textarea
          id="contact-attributes"
          rows={5}
          value={attributes}
          onChange={(event) => setAttributes(event.target.value)}
          aria-describedby="contact-attributes-hint"
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
        />
        <p id="contact-attributes-hint" className="mt-1 text-xs text-slate-500">
          One a line, like <code>plan = pro</code>. Flows read them as {"{{customer.plan}}"}.
        </p>
      </div>
      {message && !fields.name && !fields.email ? <Alert tone="error">{message}</Alert> : null}
      {saved ? <Alert tone="success">Saved.</Alert> : null}
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save contact"}
      </Button>
    </form>
  );
}
