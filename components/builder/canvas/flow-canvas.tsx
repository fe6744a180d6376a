"use client";

import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
} from "@xyflow/react";
import { useCallback, useMemo, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { isEntry } from "@/server/flow/flow-graph";
import { isNodeType, nodeCatalog } from "@/server/flow/node-catalog";
import { groupColors } from "../node-looks/group-colors";
import { PALETTE_MIME } from "../palette/palette-drag";
import { useEditorData } from "../editor/editor-data";
import { useDoc, useEditorStores, useUi } from "../editor/editor-stores";
import { FlowNodeView } from "./flow-node-view";
import { createReactFlowMapper, type CanvasNode } from "./to-react-flow";

const nodeTypes = { flow: FlowNodeView };
const minimapColor = (node: CanvasNode) => groupColors[nodeCatalog[node.data.node.type].group].hex;
const SNAP: [number, number] = [16, 16];

/** The controlled React Flow canvas: the document store is the truth, React Flow only reports changes. */
export function FlowCanvas() {
  const { doc, ui } = useEditorStores();
  const { screenToFlowPosition } = useReactFlow();
  const draft = useDoc((state) => state.draft);
  const view = useUi(
    useShallow((state) => ({ nodeIds: state.selectedNodeIds, edgeIds: state.selectedEdgeIds, previewNodeId: state.previewNodeId, measured: state.measured })),
  );
  const { validation } = useEditorData();
  const [mapper] = useState(createReactFlowMapper);
  const dragging = useRef(false);

  const canvasView = useMemo(
    () => ({
      selectedNodeIds: new Set(view.nodeIds),
      selectedEdgeIds: new Set(view.edgeIds),
      problems: validation.problems,
      previewNodeId: view.previewNodeId,
      measured: view.measured,
    }),
    [view, validation.problems],
  );
  const nodes = useMemo(() => mapper.toNodes(draft, canvasView), [mapper, draft, canvasView]);
  const edges = useMemo(() => mapper.toEdges(draft, canvasView), [mapper, draft, canvasView]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const positions = new Map<string, { x: number; y: number }>();
      const sizes = new Map<string, { width: number; height: number }>();
      let selection: Set<string> | null = null;
      for (const change of changes) {
        if (change.type === "position" && change.position) positions.set(change.id, change.position);
        else if (change.type === "dimensions" && change.dimensions) sizes.set(change.id, change.dimensions);
        else if (change.type === "select") {
          selection ??= new Set(ui.getState().selectedNodeIds);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
      }
      if (positions.size) doc.getState().moveNodes(positions, dragging.current ? "skip" : "record");
      if (sizes.size) ui.getState().setMeasured(sizes);
      if (selection) ui.getState().setSelection({ nodeIds: [...selection] });
    },
    [doc, ui],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      let selection: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== "select") continue;
        selection ??= new Set(ui.getState().selectedEdgeIds);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
      if (selection) ui.getState().setSelection({ edgeIds: [...selection] });
    },
    [ui],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.sourceHandle) doc.getState().connect({ source: connection.source, sourceHandle: connection.sourceHandle, target: connection.target });
    },
    [doc],
  );
  const isValidConnection = useCallback<IsValidConnection>(
    (connection) => {
      const target = doc.getState().draft.nodes.find((node) => node.id === connection.target);
      return connection.source !== connection.target && !(target && isEntry(target));
    },
    [doc],
  );
  const onDrop = useCallback(
    (event: React.DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_MIME);
      if (!isNodeType(type)) return;
      event.preventDefault();
      const position = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const id = doc.getState().addNode(type, { x: Math.round(position.x / 16) * 16, y: Math.round(position.y / 16) * 16 });
      ui.getState().select([id]);
      ui.getState().setPanel("settings");
    },
    [doc, ui, screenToFlowPosition],
  );

  return (
    <div className="h-full w-full" data-testid="flow-canvas">
      <ReactFlow<CanvasNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onNodeDragStart={() => {
          dragging.current = true;
          doc.getState().beginGesture();
        }}
        onNodeDragStop={() => {
          dragging.current = false;
          doc.getState().endGesture();
        }}
        onSelectionDragStart={() => {
          dragging.current = true;
          doc.getState().beginGesture();
        }}
        onSelectionDragStop={() => {
          dragging.current = false;
          doc.getState().endGesture();
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = "move";
        }}
        onDrop={onDrop}
        onPaneClick={() => ui.getState().select([])}
        snapToGrid
        snapGrid={SNAP}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={["Meta", "Control", "Shift"]}
        minZoom={0.1}
        maxZoom={2}
        fitView
        fitViewOptions={{ maxZoom: 1, padding: 0.2 }}
        onlyRenderVisibleElements
        defaultEdgeOptions={{ interactionWidth: 16 }}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <Controls showInteractive={false} showFitView={false} />
        <MiniMap pannable zoomable ariaLabel="Overview of the flow" nodeColor={minimapColor} nodeStrokeWidth={0} />
      </ReactFlow>
    </div>
  );
}
