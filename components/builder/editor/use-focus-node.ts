"use client";

import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { DEFAULT_NODE_SIZE } from "../canvas/default-node-size";
import { useEditorStores } from "./editor-stores";

/** Selects a node, opens its settings and centres the canvas on it (problems list, search). */
export function useFocusNode() {
  const { doc, ui } = useEditorStores();
  const { setCenter, getZoom } = useReactFlow();
  return useCallback(
    (nodeId: string) => {
      const node = doc.getState().draft.nodes.find((candidate) => candidate.id === nodeId);
      if (!node) return;
      const size = ui.getState().measured.get(nodeId) ?? DEFAULT_NODE_SIZE;
      ui.getState().select([nodeId]);
      ui.getState().setPanel("settings");
      void setCenter(node.position.x + size.width / 2, node.position.y + size.height / 2, { zoom: Math.max(getZoom(), 0.9), duration: 300 });
    },
    [doc, ui, setCenter, getZoom],
  );
}
