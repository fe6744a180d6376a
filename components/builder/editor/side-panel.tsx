"use client";

import type { FlowDraft } from "@/server/flow/draft-schema";
import { FlowSettingsPanel } from "../flow-settings/flow-settings-panel";
import { NodeSettingsPanel } from "../panels/node-settings-panel";
import { PreviewPanel } from "../panels/preview-panel";
import { ProblemsPanel } from "../panels/problems-panel";
import { PublishPanel } from "../panels/publish-panel";
import type { SidePanel as Panel } from "../ui/builder-ui-store";
import { useEditorData } from "./editor-data";
import { useDoc, useEditorStores, useUi } from "./editor-stores";

interface SidePanelProps {
  flowId: string;
  slug: string;
  flush: () => Promise<void>;
  adopt: (draft: FlowDraft, draftVersion: number) => void;
}

/** The right-hand panel: step settings, flow settings, problems, preview and publish, as tabs. */
export function SidePanel(props: SidePanelProps) {
  const { doc, ui } = useEditorStores();
  const panel = useUi((state) => state.panel);
  const settings = useDoc((state) => state.draft.settings);
  const { context, validation } = useEditorData();
  const errors = validation.problems.filter((problem) => problem.severity === "error").length;
  const tabs: { id: Panel; label: string }[] = [
    { id: "settings", label: "Step" },
    { id: "flow", label: "Flow" },
    { id: "problems", label: errors ? `Problems (${errors})` : "Problems" },
    { id: "preview", label: "Preview" },
    { id: "publish", label: "Publish" },
  ];
  return (
    <aside className="flex h-full w-[22rem] shrink-0 flex-col border-l border-slate-200 bg-white" aria-label="Editor panel">
      <div role="tablist" aria-label="Editor panels" className="flex border-b border-slate-200 px-2">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={panel === tab.id}
            aria-controls="editor-tabpanel"
            onClick={() => ui.getState().setPanel(tab.id)}
            className={`-mb-px border-b-2 px-2 py-2 text-xs font-medium ${panel === tab.id ? "border-brand-600 text-brand-700" : "border-transparent text-slate-500 hover:text-slate-800"} ${tab.id === "problems" && errors ? "text-red-700" : ""}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id="editor-tabpanel" role="tabpanel" aria-labelledby={`tab-${panel}`} className="min-h-0 flex-1 overflow-y-auto">
        {panel === "settings" ? <NodeSettingsPanel /> : null}
        {panel === "flow" ? <FlowSettingsPanel settings={settings} context={context} onChange={(next) => doc.getState().updateSettings(next)} /> : null}
        {panel === "problems" ? <ProblemsPanel /> : null}
        {panel === "preview" ? <PreviewPanel /> : null}
        {panel === "publish" ? <PublishPanel {...props} /> : null}
      </div>
    </aside>
  );
}
