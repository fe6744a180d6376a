import { createStore } from "zustand/vanilla";
import type { FlowDraft } from "@/server/flow/draft-schema";
import type { FlowSettings } from "@/server/flow/schema";
import type { NodeType } from "@/server/flow/node-catalog";
import { copySelection, pasteClipboard, type Clipboard } from "./clipboard";
import { connectEdge, type Connection } from "./connect-edge";
import { newNode } from "./new-node";
import { removeElements } from "./remove-elements";

const HISTORY_LIMIT = 100;
/** Keystrokes in one node's settings within this window are one undo step. */
const COALESCE_MS = 1_000;

/**
 * How a change enters the undo history (excalidraw's CaptureUpdateAction as
 * data): `record` is one undo step; `skip` is never undone on its own (drag
 * frames — the gesture records once when it ends).
 */
export type Capture = "record" | "skip";

export interface FlowDocumentState {
  draft: FlowDraft;
  past: FlowDraft[];
  future: FlowDraft[];
  /** Increases on every edit (never on load): what autosave watches. */
  revision: number;
  load(draft: FlowDraft): void;
  apply(next: FlowDraft, capture: Capture, coalesceKey?: string): void;
  addNode(type: NodeType, position: { x: number; y: number }, after?: { nodeId: string; port: string }): string;
  updateNodeData(nodeId: string, data: Record<string, unknown>): void;
  moveNodes(positions: ReadonlyMap<string, { x: number; y: number }>, capture: Capture): void;
  beginGesture(): void;
  endGesture(): void;
  connect(connection: Connection): void;
  remove(nodeIds: string[], edgeIds: string[]): void;
  paste(clipboard: Clipboard, offset: { x: number; y: number }): string[];
  duplicate(nodeIds: string[]): string[];
  updateSettings(settings: FlowSettings): void;
  undo(): void;
  redo(): void;
}

export interface DocumentStoreOptions {
  makeId?: (prefix: string) => string;
  now?: () => number;
}

const randomId = (prefix: string) => `${prefix.replace(/_/g, "-")}-${crypto.randomUUID().slice(0, 8)}`;

/** The builder's document store: the draft, and an undo history with an explicit policy. */
export function createFlowDocumentStore(initial: FlowDraft, options: DocumentStoreOptions = {}) {
  const makeId = options.makeId ?? randomId;
  const now = options.now ?? Date.now;
  let lastCoalesce: { key: string; at: number } | null = null;
  let gestureBase: FlowDraft | null = null;

  return createStore<FlowDocumentState>()((set, get) => {
    const apply = (next: FlowDraft, capture: Capture, coalesceKey?: string) => {
      const { draft, past, revision } = get();
      if (next === draft) return;
      if (capture === "skip") {
        set({ draft: next, revision: revision + 1 });
        return;
      }
      const at = now();
      const coalesce = coalesceKey && lastCoalesce?.key === coalesceKey && at - lastCoalesce.at < COALESCE_MS;
      lastCoalesce = coalesceKey ? { key: coalesceKey, at } : null;
      set({ draft: next, past: coalesce ? past : [...past, draft].slice(-HISTORY_LIMIT), future: [], revision: revision + 1 });
    };
    const edit = (recipe: (draft: FlowDraft) => FlowDraft, coalesceKey?: string) => apply(recipe(get().draft), "record", coalesceKey);

    return {
      draft: initial,
      past: [],
      future: [],
      revision: 0,
      load: (draft) => {
        lastCoalesce = null;
        gestureBase = null;
        set({ draft, past: [], future: [] });
      },
      apply,
      addNode: (type, position, after) => {
        const id = makeId(type);
        edit((draft) => {
          const withNode = { ...draft, nodes: [...draft.nodes, newNode(type, id, position)] };
          if (!after) return withNode;
          return { ...withNode, edges: connectEdge(withNode.edges, { source: after.nodeId, sourceHandle: after.port, target: id }, makeId("edge")) };
        });
        return id;
      },
      updateNodeData: (nodeId, data) =>
        edit((draft) => ({ ...draft, nodes: draft.nodes.map((node) => (node.id === nodeId ? { ...node, data } : node)) }), `data:${nodeId}`),
      moveNodes: (positions, capture) => {
        const draft = get().draft;
        const nodes = draft.nodes.map((node) => {
          const position = positions.get(node.id);
          return position ? { ...node, position } : node;
        });
        apply({ ...draft, nodes }, capture);
      },
      beginGesture: () => {
        gestureBase = get().draft;
      },
      endGesture: () => {
        const base = gestureBase;
        gestureBase = null;
        const { draft, past } = get();
        if (!base || base === draft) return;
        lastCoalesce = null;
        set({ past: [...past, base].slice(-HISTORY_LIMIT), future: [] });
      },
      connect: (connection) => {
        if (connection.source === connection.target) return;
        edit((draft) => ({ ...draft, edges: connectEdge(draft.edges, connection, makeId("edge")) }));
      },
      remove: (nodeIds, edgeIds) => edit((draft) => removeElements(draft, nodeIds, edgeIds)),
      paste: (clipboard, offset) => {
        if (clipboard.nodes.length === 0) return [];
        const result = pasteClipboard(get().draft, clipboard, makeId, offset);
        apply(result.draft, "record");
        return result.nodeIds;
      },
      duplicate: (nodeIds) => get().paste(copySelection(get().draft, nodeIds), { x: 40, y: 40 }),
      updateSettings: (settings) => edit((draft) => ({ ...draft, settings }), "settings"),
      undo: () => {
        const { past, future, draft, revision } = get();
        const previous = past.at(-1);
        if (!previous) return;
        lastCoalesce = null;
        set({ draft: previous, past: past.slice(0, -1), future: [draft, ...future], revision: revision + 1 });
      },
      redo: () => {
        const { past, future, draft, revision } = get();
        const next = future[0];
        if (!next) return;
        lastCoalesce = null;
        set({ draft: next, past: [...past, draft], future: future.slice(1), revision: revision + 1 });
      },
    };
  });
}

export type FlowDocumentStore = ReturnType<typeof createFlowDocumentStore>;
