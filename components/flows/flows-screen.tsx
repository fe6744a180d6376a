"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { FlowsList } from "./flows-list";
import { ImportFlowDialog } from "./import-flow-dialog";
import { NewFlowDialog } from "./new-flow-dialog";

/** The flows page: the list of bots, and the dialogs that make new ones. */
export function FlowsScreen() {
  const [dialog, setDialog] = useState<"new" | "import" | null>(null);
  const close = () => setDialog(null);
  return (
    <>
      <PageHeader
        title="Flows"
        description="The bots your customers talk to — and when they hand over to a person."
        actions={
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => setDialog("import")}>
              Import flow
            </Button>
            <Button onClick={() => setDialog("new")}>New flow</Button>
          </div>
        }
      />
      <FlowsList onCreate={() => setDialog("new")} />
      <NewFlowDialog open={dialog === "new"} onClose={close} />
      <ImportFlowDialog open={dialog === "import"} onClose={close} />
    </>
  );
}
