"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorFields } from "@/components/settings/trpc-error-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Deletes a contact with everything of theirs, after the admin types DELETE: there is no undo. */
export function DeleteContactButton({ contactId, conversations }: { contactId: string; conversations: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [confirm, setConfirm] = useState("");
  const remove = useMutation(trpc.contacts.delete.mutationOptions({ onSuccess: () => router.push("/contacts") }));
  const { message } = trpcErrorFields(remove.error);
  if (!open) {
    return (
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete contact…
      </Button>
    );
  }
  return (
    <section aria-label="Delete contact" className="max-w-md space-y-3 rounded-xl border border-red-200 bg-red-50 p-4">
      <p className="text-sm text-red-900">
        This deletes the contact and their {conversations} conversation{conversations === 1 ? "" : "s"} with every message, note and callback, for good. A
        record that you did it (without their details) is kept.
      </p>
      <Field label="Type DELETE to confirm" value={confirm} onChange={(event) => setConfirm(event.target.value)} autoComplete="off" />
      {message ? <Alert tone="error">{message}</Alert> : null}
      <div className="flex gap-2">
        <Button variant="danger" disabled={confirm !== "DELETE" || remove.isPending} onClick={() => remove.mutate({ contactId, confirm: "DELETE" })}>
          {remove.isPending ? "Deleting…" : "Delete for good"}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
