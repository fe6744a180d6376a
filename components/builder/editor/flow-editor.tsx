"use client";

import { ReactFlowProvider } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import type { OutboundPolicy } from "@/server/flow/address/outbound-policy";
import type { FlowDraft } from "@/server/flow/draft-schema";
import { useState } from "react";
import { AnalyticsCanvas } from "../analytics/analytics-canvas";
import type { BuilderContext } from "../builder-context";
import { FlowCanvas } from "../canvas/flow-canvas";
import { NodePalette } from "../palette/node-palette";
import { ConflictDialog } from "./conflict-dialog";
import { EditorDataProvider } from "./editor-data";
import { EditorStoresProvider } from "./editor-stores";
import { EditorToolbar } from "./editor-toolbar";
import { SidePanel } from "./side-panel";
import { useAutosave } from "./use-autosave";
import { useEditorShortcuts } from "./use-editor-shortcuts";

export interface FlowEditorProps {
  flow: { id: string; name: string; slug: string; draft: FlowDraft; draftVersion: number };
  teams: BuilderContext["teams"];
  articles: BuilderContext["articles"];
  /** The server's outbound settings: HTTP request URLs are validated as publishing will. */
  outbound: OutboundPolicy;
}

/** The builder: palette, canvas and side panel around one document store, autosaved. */
export function FlowEditor({ flow, teams, articles, outbound }: FlowEditorProps) {
  return (
    <EditorStoresProvider initialDraft={flow.draft}>
      <EditorDataProvider teams={teams} articles={articles} outbound={outbound}>
        <ReactFlowProvider>
          <EditorFrame flow={flow} />
        </ReactFlowProvider>
      </EditorDataProvider>
    </EditorStoresProvider>
  );
}

function EditorFrame({ flow }: { flow: FlowEditorProps["flow"] }) {
  const autosave = useAutosave(flow.id, flow.draftVersion);
  // The measured canvas is read-only: the editing shortcuts rest while it shows.
  const [analytics, setAnalytics] = useState(false);
  useEditorShortcuts(!analytics);
  return (
    <div className="flex h-screen flex-col">
      <EditorToolbar name={flow.name} saveState={autosave.state} onRetry={autosave.retry} analytics={analytics} onAnalytics={setAnalytics} />
      <div className="flex min-h-0 flex-1">
        {analytics ? null : (
          <div className="w-52 shrink-0">
            <NodePalette />
          </div>
        )}
        <main className="min-w-0 flex-1">{analytics ? <AnalyticsCanvas flowId={flow.id} /> : <FlowCanvas />}</main>
        <SidePanel flowId={flow.id} slug={flow.slug} flush={autosave.flush} adopt={autosave.adopt} />
      </div>
      {autosave.state.kind === "conflict" ? (
        <ConflictDialog message={autosave.state.message} onReload={() => void autosave.reload()} onOverwrite={autosave.overwrite} />
      ) : null}
    </div>
  );
}
