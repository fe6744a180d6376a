import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FlowEditor } from "@/components/builder/editor/flow-editor";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { DomainError } from "@/server/errors";
import { loadFlowForEditor } from "@/server/flows/load-flow-for-editor";

export const metadata: Metadata = { title: "Flow editor" };

/** /flows/[flowId] — the builder canvas for one flow's draft. */
export default async function FlowEditorPage({ params }: { params: Promise<{ flowId: string }> }) {
  const { flowId } = await params;
  const viewer = await requireAdmin(`/flows/${flowId}`);
  const editor = await loadFlowForEditor(await getDb(), viewer.workspaceId, flowId).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <FlowEditor flow={editor.flow} teams={editor.teams} articles={editor.articles} outbound={editor.outbound} />;
}
