"use client";

import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { copySelection } from "../document/clipboard";
import { useEditorStores } from "./editor-stores";

/** Key combinations (mod = Ctrl or Cmd) → action names. Shift+1 is fit view, as in design tools. */
const bindings = new Map<string, Action>([
  ["mod+z", "undo"],
  ["mod+shift+z", "redo"],
  ["mod+y", "redo"],
  ["mod+c", "copy"],
  ["mod+v", "paste"],
  ["mod+d", "duplicate"],
  ["mod+a", "selectAll"],
  ["shift+!", "fit"],
  ["delete", "remove"],
  ["backspace", "remove"],
]);
type Action = "undo" | "redo" | "copy" | "paste" | "duplicate" | "selectAll" | "fit" | "remove";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The builder's keyboard: undo/redo, copy/paste, duplicate, select all, fit
 * view, delete. Never while typing in a field. (Delete is ours, not React
 * Flow's: its key-state hook misses a press shorter than a render.)
 */
export function useEditorShortcuts(enabled = true) {
  const { doc, ui } = useEditorStores();
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const mod = event.metaKey || event.ctrlKey;
      const key = event.key.toLowerCase();
      const actions: Record<Action, () => void> = {
        undo: () => doc.getState().undo(),
        redo: () => doc.getState().redo(),
        copy: () => ui.getState().setClipboard(copySelection(doc.getState().draft, ui.getState().selectedNodeIds)),
        paste: () => {
          const clipboard = ui.getState().clipboard;
          if (clipboard) ui.getState().select(doc.getState().paste(clipboard, { x: 48, y: 48 }));
        },
        duplicate: () => ui.getState().select(doc.getState().duplicate(ui.getState().selectedNodeIds)),
        selectAll: () =>
          ui.getState().select(
            doc.getState().draft.nodes.map((node) => node.id),
            doc.getState().draft.edges.map((edge) => edge.id),
          ),
        fit: () => void fitView({ duration: 300, padding: 0.15 }),
        remove: () => {
          const { selectedNodeIds, selectedEdgeIds } = ui.getState();
          doc.getState().remove(selectedNodeIds, selectedEdgeIds);
          ui.getState().select([]);
        },
      };
      const action = bindings.get(`${mod ? "mod+" : ""}${event.shiftKey ? "shift+" : ""}${key}`);
      if (!action) return;
      event.preventDefault();
      actions[action]();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [doc, ui, fitView, enabled]);
}
