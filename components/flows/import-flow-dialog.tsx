"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorFields } from "@/components/settings/trpc-error-fields";
import type { AppRouter } from "@/server/api/root";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Modal } from "./modal";
import { ProblemList } from "./problem-list";

const MAX_FILE_BYTES = 2.5 * 1024 * 1024;

/** "Import flow": a .json file exported from Tandem (or written by hand) becomes a new draft. */
export function ImportFlowDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal
      open={open}
      onClose={onClose}
      title="Import flow"
      description="Open a flow file (.json) exported from Tandem. It's added as a new draft; nothing is published."
    >
      <ImportFlowForm onCancel={onClose} />
    </Modal>
  );
}

function ImportFlowForm({ onCancel }: { onCancel: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const importFlow = useMutation(trpc.flows.importDocument.mutationOptions({ onSuccess: (flow) => router.push(`/flows/${flow.id}`) }));
  const { message, fields } = trpcErrorFields(importFlow.error);
  const problems = importFlow.error instanceof TRPCClientError ? ((importFlow.error as TRPCClientError<AppRouter>).data?.problems ?? []) : [];

  const choose = async (chosen: File | undefined) => {
    importFlow.reset();
    setFile(null);
    setFileError(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) return setFileError("This file is too large (the limit is 2.5 MB).");
    setFile({ name: chosen.name, text: await chosen.text() });
    if (!name.trim())
      setName(
        chosen.name
          .replace(/\.json$/i, "")
          .replace(/[-_]+/g, " ")
          .trim(),
      );
  };

  return (
    <form
      noValidate
      aria-label="Import flow"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) return setFileError("Choose a .json file to import.");
        importFlow.mutate({ name, text: file.text });
      }}
    >
      {message ? <Alert tone="error">{message}</Alert> : null}
      <ProblemList problems={problems} label="Problems in this file" />
      <Field
        label="Flow file (.json)"
        type="file"
        accept=".json,application/json"
        onChange={(event) => choose(event.target.files?.[0])}
        error={fileError ?? fields.text}
        hint="Use Export in the flows list to get such a file."
        className="[&_input]:cursor-pointer"
      />
      <Field label="Name" name="name" value={name} onChange={(event) => setName(event.target.value)} error={fields.name} autoComplete="off" />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={importFlow.isPending || importFlow.isSuccess}>
          {importFlow.isSuccess ? "Opening the editor…" : importFlow.isPending ? "Importing…" : "Import and open"}
        </Button>
      </div>
    </form>
  );
}
