"use client";

import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { nodeCatalog } from "@/server/flow/node-catalog";
import { useEditorData } from "../editor/editor-data";
import { useDoc, useEditorStores, useUi } from "../editor/editor-stores";
import { nodeSettings } from "../node-settings/node-settings-registry";

/** The settings form of the selected node (its type's panel), with per-field errors from its schema. */
export function NodeSettingsPanel() {
  const { doc, ui } = useEditorStores();
  const selectedIds = useUi((state) => state.selectedNodeIds);
  // Id, type and data only: dragging the selected node must not re-render its form.
  const node = useDoc(
    useShallow((state) => {
      const found = selectedIds.length === 1 ? state.draft.nodes.find((candidate) => candidate.id === selectedIds[0]) : undefined;
      return found ? { id: found.id, type: found.type, data: found.data } : undefined;
    }),
  );
  const { context, validation } = useEditorData();
  const errors = useMemo(() => {
    const byField: Record<string, string> = Object.create(null);
    for (const problem of validation.problems) {
      if (problem.nodeId === node?.id && problem.field !== undefined) byField[problem.field] ??= problem.message.replace(/^"[^"]*" \([^)]*\): /, "");
    }
    return byField;
  }, [validation.problems, node?.id]);

  if (!node) {
    return (
      <div className="space-y-3 p-4 text-sm text-slate-600">
        <p>{selectedIds.length > 1 ? `${selectedIds.length} steps selected.` : "Select a step on the canvas to change its settings."}</p>
        <button type="button" className="font-medium text-brand-700 underline" onClick={() => ui.getState().setPanel("flow")}>
          Flow settings: escalation triggers, variables, appearance
        </button>
      </div>
    );
  }
  const definition = nodeCatalog[node.type];
  const Settings = nodeSettings[node.type];
  const nodeProblems = validation.problems.filter((problem) => problem.nodeId === node.id && problem.field === undefined);
  return (
    <div className="p-4" data-testid="node-settings">
      <h2 className="text-sm font-semibold text-slate-900">{definition.label}</h2>
      <p className="mt-0.5 text-xs text-slate-500">{definition.description}</p>
      {nodeProblems.length ? (
        <ul className="mt-3 space-y-1 rounded-md bg-red-50 p-2 text-xs text-red-800">
          {nodeProblems.map((problem, index) => (
            <li key={index}>{problem.message}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-4">
        <Settings
          key={node.id}
          nodeId={node.id}
          data={node.data}
          errors={errors}
          context={context}
          onChange={(data) => doc.getState().updateNodeData(node.id, data)}
        />
      </div>
    </div>
  );
}
