"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import type { FlowTemplateId } from "@/server/flow/templates/flow-templates";
import { trpcErrorFields } from "@/components/settings/trpc-error-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Modal } from "./modal";
import { TemplatePicker } from "./template-picker";

/** "New flow": a name and a template, then straight into the editor. */
export function NewFlowDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} title="New flow" description="Name your bot and pick a starting point. You can change everything afterwards." wide>
      <NewFlowForm onCancel={onClose} />
    </Modal>
  );
}

function NewFlowForm({ onCancel }: { onCancel: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const templates = useQuery(trpc.flows.templates.queryOptions());
  const [name, setName] = useState("");
  const [templateId, setTemplateId] = useState<FlowTemplateId>("graduated_escalation");
  const create = useMutation(trpc.flows.create.mutationOptions({ onSuccess: (flow) => router.push(`/flows/${flow.id}`) }));
  const { message, fields } = trpcErrorFields(create.error);
  const creating = create.isPending || create.isSuccess;

  return (
    <form
      noValidate
      aria-label="New flow"
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({ name, templateId });
      }}
    >
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field
        label="Name"
        name="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fields.name}
        placeholder="e.g. Website support"
        hint="Only your team sees this name."
        autoComplete="off"
        autoFocus
      />
      {templates.isPending ? (
        <p role="status" className="text-sm text-slate-500">
          Loading templates…
        </p>
      ) : templates.isError ? (
        <Alert tone="error">
          Couldn&apos;t load the templates: {templates.error.message}{" "}
          <button type="button" className="font-medium underline" onClick={() => templates.refetch()}>
            Try again
          </button>
        </Alert>
      ) : (
        <TemplatePicker templates={templates.data} value={templateId} onChange={setTemplateId} error={fields.templateId} />
      )}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={creating || !templates.isSuccess}>
          {create.isSuccess ? "Opening the editor…" : create.isPending ? "Creating…" : "Create flow"}
        </Button>
      </div>
    </form>
  );
}
