"use client";

import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import type { NodeType } from "@/server/flow/node-catalog";
import { portsOfDraftNode } from "../document/ports-of-draft-node";
import { useEditorStores } from "../editor/editor-stores";

/**
 * Adds a node from the palette by click: after the selected node (connected
 * to its first free exit, placed to its right), or in the middle of the view.
 */
export function useAddNode() {
  const { doc, ui } = useEditorStores();
  const { screenToFlowPosition } = useReactFlow();
  return useCallback(
    (type: NodeType) => {
      const { draft } = doc.getState();
      const selectedId = ui.getState().selectedNodeIds.at(-1);
      const selected = draft.nodes.find((node) => node.id === selectedId);
      let id: string;
      if (selected) {
        const used = new Set(draft.edges.filter((edge) => edge.source === selected.id).map((edge) => edge.sourceHandle));
        const free = portsOfDraftNode(selected).find((port) => !used.has(port.id));
        const siblings = draft.edges.filter((edge) => edge.source === selected.id).length;
        const position = { x: selected.position.x + 336, y: selected.position.y + siblings * 128 };
        id = doc.getState().addNode(type, position, free ? { nodeId: selected.id, port: free.id } : undefined);
      } else {
        const canvas = document.querySelector("[data-testid=flow-canvas]")?.getBoundingClientRect();
        const center = canvas ? screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }) : { x: 0, y: 0 };
        id = doc.getState().addNode(type, { x: Math.round(center.x / 16) * 16, y: Math.round(center.y / 16) * 16 });
      }
      ui.getState().select([id]);
      ui.getState().setPanel("settings");
    },
    [doc, ui, screenToFlowPosition],
  );
}
