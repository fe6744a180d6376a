import { createStore } from "zustand/vanilla";
import type { Clipboard } from "../document/clipboard";

export type SidePanel = "settings" | "flow" | "problems" | "preview" | "publish";

/** Ephemeral editor state: never saved, never undone. */
export interface BuilderUiState {
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  clipboard: Clipboard | null;
  panel: SidePanel;
  /** The node the preview conversation is at (highlighted on the canvas). */
  previewNodeId: string | null;
  /** Sizes React Flow measured, keyed by node id (a Map: ids are whatever an imported flow says, "__proto__" too), fed back so the controlled nodes keep them. */
  measured: ReadonlyMap<string, { width: number; height: number }>;
  select(nodeIds: string[], edgeIds?: string[]): void;
  setSelection(change: { nodeIds?: string[]; edgeIds?: string[] }): void;
  setClipboard(clipboard: Clipboard): void;
  setPanel(panel: SidePanel): void;
  setPreviewNode(nodeId: string | null): void;
  setMeasured(sizes: ReadonlyMap<string, { width: number; height: number }>): void;
}

export function createBuilderUiStore() {
  return createStore<BuilderUiState>()((set, get) => ({
    selectedNodeIds: [],
    selectedEdgeIds: [],
    clipboard: null,
    panel: "settings",
    previewNodeId: null,
    measured: new Map(),
    select: (nodeIds, edgeIds = []) => set({ selectedNodeIds: nodeIds, selectedEdgeIds: edgeIds }),
    setSelection: ({ nodeIds, edgeIds }) => set({ selectedNodeIds: nodeIds ?? get().selectedNodeIds, selectedEdgeIds: edgeIds ?? get().selectedEdgeIds }),
    setClipboard: (clipboard) => set({ clipboard }),
    setPanel: (panel) => set({ panel }),
    setPreviewNode: (previewNodeId) => set({ previewNodeId }),
    setMeasured: (sizes) => set({ measured: new Map([...get().measured, ...sizes]) }),
  }));
}

export type BuilderUiStore = ReturnType<typeof createBuilderUiStore>;
