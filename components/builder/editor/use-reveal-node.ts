"use client";

import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { DEFAULT_NODE_SIZE } from "../canvas/default-node-size";
import { useEditorStores } from "./editor-stores";

/** Pans the canvas (same zoom) so a node is in view, when it is not — the preview following the conversation. */
export function useRevealNode() {
  const { doc, ui } = useEditorStores();
  const { getViewport, setCenter } = useReactFlow();
  return useCallback(
    (nodeId: string) => {
      const node = doc.getState().draft.nodes.find((candidate) => candidate.id === nodeId);
      const canvas = document.querySelector("[data-testid=flow-canvas]")?.getBoundingClientRect();
      if (!node || !canvas) return;
      const size = ui.getState().measured.get(nodeId) ?? DEFAULT_NODE_SIZE;
      const { x, y, zoom } = getViewport();
      const left = node.position.x * zoom + x;
      const top = node.position.y * zoom + y;
      const visible = left >= 0 && top >= 0 && left + size.width * zoom <= canvas.width && top + size.height * zoom <= canvas.height;
      if (!visible) void setCenter(node.position.x + size.width / 2, node.position.y + size.height / 2, { zoom, duration: 300 });
    },
    [doc, ui, getViewport, setCenter],
  );
}
